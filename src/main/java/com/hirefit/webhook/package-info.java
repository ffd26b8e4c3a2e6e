/**
 * Signed ATS webhooks: verified over the raw request bytes, then mapped to HireFit's candidate format.
 *
 * <h2>Pieces</h2>
 * <ul>
 *   <li>{@link com.hirefit.webhook.RawDelivery}: the request as received (raw body, headers by lower-cased
 *       name).</li>
 *   <li>Signature checks, one per vendor, each a {@link com.hirefit.webhook.SignatureCheck}:
 *       {@link com.hirefit.webhook.GreenhouseSignature} ({@code Signature: sha256 <hex>} over the body),
 *       {@link com.hirefit.webhook.LeverSignature} (HMAC of {@code token + triggeredAt} from the body, within a
 *       time window), {@link com.hirefit.webhook.AshbySignature} ({@code Ashby-Signature: sha256=<hex>} over the
 *       body), {@link com.hirefit.webhook.StandardWebhookSignature} (Standard Webhooks {@code v1}). All use
 *       HMAC-SHA256 and constant-time comparison, and answer false, never throw, on malformed input.</li>
 *   <li>Payload mappings, one per vendor ({@code GreenhousePayloads}, {@code LeverPayloads},
 *       {@code AshbyPayloads}, {@code StandardPayloads}), each turning a verified delivery into an
 *       {@link com.hirefit.webhook.AtsEvent} or a {@link com.hirefit.webhook.BadPayloadException} naming the
 *       field at fault. Custom fields feed canonical columns by {@link com.hirefit.webhook.CustomFieldKeys}.</li>
 *   <li>{@link com.hirefit.webhook.WebhookReceiver}: verify, map, hand to
 *       {@link com.hirefit.webhook.AtsIntake}; the HTTP layer only translates its outcome.</li>
 * </ul>
 *
 * <h2>The candidate map</h2>
 * {@link com.hirefit.webhook.AtsEvent#candidate()} is keyed by the canonical columns of HireFit's candidates
 * file ("Candidate ID", "Name", "Email", "Current Title", "Years Experience", "Years LLM Experience",
 * "Skills", "Highlights", "Education", "Publications", "Portfolio", "Domains", "Languages", "Expected
 * Salary", "Market"), values as the ATS gave them; ingest reads and validates them as it reads a row of a file. Custom fields
 * without a column are kept under their ATS name. Keys naming a protected attribute (age, gender, race,
 * photo... as {@link com.hirefit.ingest.ProtectedAttributes} defines them) and contact details (phone numbers,
 * postal addresses) are never carried, nor are photos. Candidate ids are prefixed with the source
 * ("greenhouse-123", "lever-&lt;opportunity&gt;", "ashby-&lt;uuid&gt;") so ids from two ATSs cannot collide.
 *
 * <h2>HireFit's Standard Webhooks format</h2>
 * For an ATS without a dedicated mapping, or an in-house system. Transport and signing follow the
 * <a href="https://www.standardwebhooks.com">Standard Webhooks</a> specification: a POST with headers
 * {@code webhook-id} (unique per message, the same on every retry; HireFit dedupes on it),
 * {@code webhook-timestamp} (Unix seconds of this attempt; refused when more than 5 minutes off, either way)
 * and {@code webhook-signature} ({@code v1,<base64 HMAC-SHA256 of id.timestamp.body>}, several
 * space-separated entries while rotating secrets), with the endpoint's secret {@code whsec_<base64>}. The body:
 * <pre>{@code
 * {
 *   "type": "application.created",          // free text, except "ping"
 *   "timestamp": "2026-03-01T12:00:00Z",    // informative; the header's timestamp is the one checked
 *   "data": {
 *     "applicationId": "app-981",           // required (string or integer)
 *     "jobId": "req-42",                     // the ATS job id, mapped to a HireFit job by the service
 *     "candidate": {                         // required: HireFit candidate columns ...
 *       "Candidate ID": "c-77",
 *       "Name": "Ada Lovelace",
 *       "Current Title": "ML Engineer",
 *       "Years Experience": 7,
 *       "Skills": ["Python", "PyTorch"],
 *       "Highlights": "Shipped a RAG assistant to 40k users",
 *       "Expected Salary": 185000,
 *       "Market": "US"
 *     }
 *   }
 * }
 * }</pre>
 * {@code data.candidate} may instead be a <a href="https://jsonresume.org/schema">JSON Resume</a> document (an
 * object with {@code basics}); it is passed on whole, minus protected and contact keys. A ping is
 * {@code {"type": "ping"}} and is answered 200 without screening. A body without {@code type},
 * {@code data.applicationId} or {@code data.candidate} is answered 400 naming the field.
 */
package com.hirefit.webhook;
