package com.hirefit.webhook;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * HireFit's own Standard Webhooks payload, for any other ATS or an in-house system (the format is described in
 * the {@linkplain com.hirefit.webhook package overview}): {@code {type, timestamp, data: {applicationId, jobId,
 * candidate}}}. {@code type} {@code ping} is a ping; any other type must carry {@code data.applicationId} and
 * {@code data.candidate}. The candidate is either an object keyed by HireFit's candidate columns or a JSON
 * Resume document (it has a {@code basics} object); either is passed on as sent, minus keys naming a protected
 * attribute or contact details (so a JSON Resume loses {@code basics.image}, {@code basics.phone} and the
 * postal parts of {@code basics.location}). The dedupe key is the {@code webhook-id} header, which Standard
 * Webhooks keeps across retries.
 */
public final class StandardPayloads {

    static final String SOURCE = "standard";

    private StandardPayloads() {
    }

    public static AtsEvent parse(RawDelivery delivery) throws BadPayloadException {
        String webhookId = delivery.header("webhook-id");
        if (webhookId == null || webhookId.isBlank()) {
            throw new BadPayloadException("the webhook-id header is missing");
        }
        String dedupeKey = SOURCE + ":" + webhookId.strip();
        JsonNode body = Json.body(delivery);
        String type = Json.requireText(body, "type", "type");
        if (type.equals("ping")) {
            return Events.ping(SOURCE, type, dedupeKey);
        }
        JsonNode data = Json.requireObject(body, "data", "data");
        String applicationId = Json.requireId(data, "applicationId", "data.applicationId");
        String jobId = Json.id(data, "jobId", "data.jobId");
        JsonNode candidate = Json.requireObject(data, "candidate", "data.candidate");
        DroppedFields.Collector dropped = new DroppedFields.Collector();
        @SuppressWarnings("unchecked")
        Map<String, Object> plain = (Map<String, Object>) JsonValues.plain(candidate, "", dropped);
        if (plain == null) {
            throw new BadPayloadException("data.candidate is empty");
        }
        return Events.application(SOURCE, type, dedupeKey, applicationId,
                jobId == null ? List.of() : List.of(jobId), plain, dropped.build(), null, null);
    }
}
