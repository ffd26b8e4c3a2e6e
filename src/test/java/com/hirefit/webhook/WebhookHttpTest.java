package com.hirefit.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each ATS webhook over real HTTP: signatures right, wrong, missing and stale; pings; duplicates; unmapped jobs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:hirefit-webhooks;DB_CLOSE_DELAY=-1", "hirefit.api.keys=test-key",
        "hirefit.webhooks.greenhouse.secret=gh_test_secret", "hirefit.webhooks.lever.signature-token=lever_sig_token",
        "hirefit.webhooks.ashby.secret=ashby_test_secret", "hirefit.webhooks.standard.secret=whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"})
class WebhookHttpTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LLM_HIGHLIGHTS = "Shipped an LLM support assistant to 20,000 customers: RAG pipeline with pgvector, "
            + "LLM-as-judge evals, guardrails and a FastAPI backend.";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private String atsJob;

    @BeforeEach
    void mapAJob() throws Exception {
        atsJob = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
        String jobId = "JOB-" + atsJob;
        HttpResponse<String> put = send("PUT", "/api/jobs/" + jobId, """
                {"jobTitle": "LLM Engineer", "aiPhase": 2, "workShape": ["UNSTRUCTURED_TEXT"], "trainingData": "NONE",
                 "dataMaturity": "ADEQUATE", "atsJobIds": {"greenhouse": ["%1$s"], "lever": ["%1$s"], "ashby": ["%1$s"], "standard": ["%1$s"]}}
                """.formatted(atsJob), Map.of("X-API-Key", "test-key", "Content-Type", "application/json"));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
    }

    // ---- Greenhouse

    private String greenhouseApplication(String appId, String jobId, String tags) {
        return """
                {"action": "new_candidate_application", "payload": {"application": {"id": %s, "status": "active",
                  "jobs": [{"id": %s, "name": "LLM Engineer"}],
                  "candidate": {"id": 9%s, "first_name": "Nadia", "last_name": "Okafor", "title": "Senior LLM Engineer",
                    "photo_url": "https://example.com/photo.jpg",
                    "email_addresses": [{"value": "nadia@example.com", "type": "personal"}], "tags": [%s],
                    "attachments": [{"filename": "cv.pdf", "url": "https://example.com/cv.pdf", "type": "resume"}],
                    "custom_fields": {"years_experience": {"name": "Years experience", "type": "number", "value": 8},
                      "highlights": {"name": "Highlights", "type": "long_text", "value": "%s"},
                      "gender": {"name": "Gender", "type": "single_select", "value": "Female"}}}}}}
                """.formatted(appId, jobId, appId, tags, LLM_HIGHLIGHTS);
    }

    private HttpResponse<String> greenhouse(String body, String eventId, String secret) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>(Map.of("Content-Type", "application/json", "Greenhouse-Event-ID", eventId));
        if (secret != null) {
            headers.put("Signature", "sha256 " + hex(hmac(secret.getBytes(StandardCharsets.UTF_8), body)));
        }
        return send("POST", "/webhooks/greenhouse", body, headers);
    }

    @Test
    void greenhouseApplicationsAreScreenedOnceAndRescreenedWhenTheyChange() throws Exception {
        String appId = atsJob + "1";
        String body = greenhouseApplication(appId, atsJob, "\"LangChain\", \"RAG\"");
        JsonNode first = json(greenhouse(body, UUID.randomUUID().toString(), "gh_test_secret"), 200);
        assertThat(first.get("status").asString()).isEqualTo("SCREENED");
        assertThat(first.get("recommendedRole").asString()).isEqualTo("LLM_ENGINEER");

        String sameEvent = UUID.randomUUID().toString();
        assertThat(json(greenhouse(body, sameEvent, "gh_test_secret"), 200).get("status").asString()).isEqualTo("DUPLICATE");
        assertThat(json(greenhouse(body, sameEvent, "gh_test_secret"), 200).get("status").asString()).isEqualTo("DUPLICATE");

        JsonNode application = json(send("GET", "/api/applications/greenhouse/" + appId, null, Map.of("X-API-Key", "test-key")), 200);
        assertThat(application.get("assessmentCount").asInt()).isEqualTo(1);
        assertThat(application.get("verdict").asString()).isEqualTo(first.get("verdict").asString());
        assertThat(application.get("recommendedRole").asString()).isEqualTo("LLM_ENGINEER");
        assertThat(application.get("resumeUrl").asString()).isEqualTo("https://example.com/cv.pdf");
        assertThat(application.get("latestAssessment").get("source").asString()).isEqualTo("webhook:greenhouse");
        assertThat(application.get("latestAssessment").get("name").asString()).isEqualTo("Nadia Okafor");
        assertThat(application.toString()).doesNotContain("Female", "photo.jpg");

        String changed = greenhouseApplication(appId, atsJob, "\"LangChain\", \"RAG\", \"vLLM\"").replace("new_candidate_application",
                "application_updated");
        assertThat(json(greenhouse(changed, UUID.randomUUID().toString(), "gh_test_secret"), 200).get("status").asString())
                .isEqualTo("SCREENED");
        assertThat(json(send("GET", "/api/applications/greenhouse/" + appId, null, Map.of("X-API-Key", "test-key")), 200)
                .get("assessmentCount").asInt()).isEqualTo(2);
    }

    @Test
    void greenhouseRefusesWrongAndMissingSignaturesWithoutSayingWhy() throws Exception {
        String body = greenhouseApplication(atsJob + "2", atsJob, "");
        HttpResponse<String> wrong = greenhouse(body, "e1", "not_the_secret");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(wrong.body()).has("detail")).isFalse();
        assertThat(greenhouse(body, "e2", null).statusCode()).isEqualTo(401);
        String tampered = greenhouseApplication(atsJob + "2", atsJob, "");
        HttpResponse<String> signedThenChanged = send("POST", "/webhooks/greenhouse", tampered.replace("Nadia", "Nadja"),
                Map.of("Content-Type", "application/json", "Signature", "sha256 " + hex(hmac("gh_test_secret".getBytes(), tampered))));
        assertThat(signedThenChanged.statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/applications/greenhouse/" + atsJob + "2", null, Map.of("X-API-Key", "test-key")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void greenhousePingsAreAnsweredAndAnUnmappedJobIsStoredNotDropped() throws Exception {
        assertThat(json(greenhouse("{\"action\":\"ping\",\"payload\":{\"web_hook_id\":1}}", "p1", "gh_test_secret"), 200)
                .get("status").asString()).isEqualTo("PING");
        String appId = atsJob + "3";
        JsonNode unmapped = json(greenhouse(greenhouseApplication(appId, "777" + atsJob, ""), "u1", "gh_test_secret"), 200);
        assertThat(unmapped.get("status").asString()).isEqualTo("UNMAPPED_JOB");
        JsonNode stored = json(send("GET", "/api/applications/greenhouse/" + appId, null, Map.of("X-API-Key", "test-key")), 200);
        assertThat(stored.get("status").asString()).isEqualTo("UNMAPPED_JOB");
        assertThat(stored.get("assessmentCount").asInt()).isZero();
        assertThat(stored.get("note").asString()).contains("no HireFit job maps");
    }

    @Test
    void theReferenceVectorsSignatureIsAccepted() throws Exception {
        String body = "{\"action\":\"ping\",\"payload\":{\"web_hook_id\":1}}";
        HttpResponse<String> response = send("POST", "/webhooks/greenhouse", body, Map.of("Content-Type", "application/json",
                "Signature", "sha256 c797a01fc4673cc800fa8995618832a7a2367ea5bc58dd8cc4ce3f1c9634ba9b"));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    // ---- Lever

    private HttpResponse<String> lever(String event, String data, long triggeredAt, String token) throws Exception {
        String signature = hex(hmac("lever_sig_token".getBytes(StandardCharsets.UTF_8), token + triggeredAt));
        String body = """
                {"id": "%s", "event": "%s", "triggeredAt": %d, "token": "%s", "signature": "%s", "data": %s}
                """.formatted(UUID.randomUUID(), event, triggeredAt, token, signature, data);
        return send("POST", "/webhooks/lever", body, Map.of("Content-Type", "application/json"));
    }

    @Test
    void leverEventsAreVerifiedOnTokenAndTimeAndScreenedOnWhatTheyCarry() throws Exception {
        String token = UUID.randomUUID().toString().replace("-", "");
        String data = "{\"opportunityId\": \"opp-" + atsJob + "\", \"postingId\": \"" + atsJob + "\", \"applicationId\": \"a1\"}";
        JsonNode screened = json(lever("applicationCreated", data, System.currentTimeMillis(), token), 200);
        assertThat(screened.get("status").asString()).isEqualTo("SCREENED");
        assertThat(screened.get("message").asString()).contains("Lever's API");
        assertThat(json(lever("applicationCreated", data, System.currentTimeMillis(), token), 200).get("status").asString())
                .isEqualTo("DUPLICATE");
        assertThat(lever("applicationCreated", data, System.currentTimeMillis() - 3_600_000, "stale" + token).statusCode()).isEqualTo(401);
        assertThat(json(lever("candidateHired", "{}", System.currentTimeMillis(), "t" + token), 200).get("status").asString())
                .isEqualTo("PING");
    }

    // ---- Ashby

    private HttpResponse<String> ashby(String body, String secret) throws Exception {
        return send("POST", "/webhooks/ashby", body, Map.of("Content-Type", "application/json",
                "Ashby-Signature", "sha256=" + hex(hmac(secret.getBytes(StandardCharsets.UTF_8), body))));
    }

    @Test
    void ashbyApplicationsAreScreenedAndTheActionIdDedupesRetries() throws Exception {
        String actionId = UUID.randomUUID().toString();
        String body = """
                {"webhookActionId": "%s", "action": "applicationSubmit", "data": {"application": {"id": "app-%s", "status": "Active",
                  "candidate": {"id": "cand-%s", "name": "Ren Ito", "primaryEmailAddress": {"value": "ren@example.com"}},
                  "job": {"id": "%s", "title": "LLM Engineer"},
                  "customFields": [{"title": "Highlights", "value": "%s"}, {"title": "Years Experience", "value": 6}]}}}
                """.formatted(actionId, atsJob, atsJob, atsJob, LLM_HIGHLIGHTS);
        assertThat(json(ashby(body, "ashby_test_secret"), 200).get("status").asString()).isEqualTo("SCREENED");
        assertThat(json(ashby(body, "ashby_test_secret"), 200).get("status").asString()).isEqualTo("DUPLICATE");
        assertThat(ashby(body, "wrong").statusCode()).isEqualTo(401);
        assertThat(json(ashby("{\"webhookActionId\":\"" + UUID.randomUUID() + "\",\"action\":\"ping\",\"data\":{}}", "ashby_test_secret"), 200)
                .get("status").asString()).isEqualTo("PING");
    }

    // ---- Standard Webhooks

    private HttpResponse<String> standard(String id, long timestamp, String body, String signedBody) throws Exception {
        byte[] key = Base64.getDecoder().decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        String signature = Base64.getEncoder().encodeToString(hmac(key, id + "." + timestamp + "." + signedBody));
        return send("POST", "/webhooks/standard", body, Map.of("Content-Type", "application/json", "webhook-id", id,
                "webhook-timestamp", Long.toString(timestamp), "webhook-signature", "v1,bm90LXRoaXMtb25l v1," + signature));
    }

    @Test
    void standardWebhooksCheckTheSignatureTheTimestampAndTheMessageId() throws Exception {
        String body = """
                {"type": "application.created", "timestamp": "2026-11-23T10:00:00Z", "data": {"applicationId": "std-%s",
                 "jobId": "%s", "candidate": {"Candidate ID": "STD-%s", "Name": "Sam Doe", "Highlights": "%s"}}}
                """.formatted(atsJob, atsJob, atsJob, LLM_HIGHLIGHTS);
        long now = System.currentTimeMillis() / 1000;
        String id = "msg_" + UUID.randomUUID();
        assertThat(json(standard(id, now, body, body), 200).get("status").asString()).isEqualTo("SCREENED");
        assertThat(json(standard(id, now, body, body), 200).get("status").asString()).isEqualTo("DUPLICATE");
        assertThat(standard("msg_" + UUID.randomUUID(), now - 600, body, body).statusCode()).isEqualTo(401);
        assertThat(standard("msg_" + UUID.randomUUID(), now, body.replace("Sam", "Pam"), body).statusCode()).isEqualTo(401);
    }

    // ---- plumbing

    private HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static byte[] hmac(byte[] key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
