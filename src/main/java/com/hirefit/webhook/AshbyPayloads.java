package com.hirefit.webhook;

import com.hirefit.ingest.Column;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Ashby webhooks, {@code {webhookActionId, action, data}}. {@code ping} is a ping; an event whose
 * {@code data.application} carries a candidate ({@code applicationSubmit}, {@code applicationUpdate},
 * {@code candidateStageChange}, {@code candidateHire}...) is an application; anything else is ignored.
 *
 * <p>The candidate: "ashby-" + candidate id, {@code candidate.name}, {@code candidate.primaryEmailAddress.value},
 * custom fields ({@code candidate.customFields[]}, then {@code application.customFields[]}, each
 * {@code {title, value}}) matched by {@link CustomFieldKeys} against the title in lower_snake_case. The phone
 * number is never carried. Ashby sends no resume URL. The dedupe key is {@code webhookActionId}, which Ashby
 * keeps across retries.
 */
public final class AshbyPayloads {

    static final String SOURCE = "ashby";

    private AshbyPayloads() {
    }

    public static AtsEvent parse(RawDelivery delivery, CustomFieldKeys keys) throws BadPayloadException {
        JsonNode body = Json.body(delivery);
        String dedupeKey = SOURCE + ":" + Json.requireText(body, "webhookActionId", "webhookActionId");
        String action = Json.requireText(body, "action", "action");
        if (action.equals("ping")) {
            return Events.ping(SOURCE, action, dedupeKey);
        }
        JsonNode data = Json.requireObject(body, "data", "data");
        JsonNode application = Json.object(data, "application", "data.application");
        JsonNode candidate = application == null ? null
                : Json.object(application, "candidate", "data.application.candidate");
        if (candidate == null) {
            return Events.ignored(SOURCE, action, dedupeKey);
        }
        String applicationId = Json.requireId(application, "id", "data.application.id");
        String jobId = Json.id(Json.object(application, "job", "data.application.job"), "id",
                "data.application.job.id");
        return Events.application(SOURCE, action, dedupeKey, applicationId,
                jobId == null ? List.of() : List.of(jobId), candidate(application, candidate, keys), null, null);
    }

    private static CandidateMap candidate(JsonNode application, JsonNode candidate, CustomFieldKeys keys)
            throws BadPayloadException {
        String path = "data.application.candidate";
        CandidateMap map = new CandidateMap()
                .put(Column.CANDIDATE_ID.label(), SOURCE + "-" + Json.requireId(candidate, "id", path + ".id"))
                .put(Column.NAME.label(), Json.text(candidate, "name"))
                .put(Column.EMAIL.label(), Json.text(Json.object(candidate, "primaryEmailAddress",
                        path + ".primaryEmailAddress"), "value"));
        customFields(candidate, path + ".customFields", keys, map);
        customFields(application, "data.application.customFields", keys, map);
        return map;
    }

    private static void customFields(JsonNode owner, String path, CustomFieldKeys keys, CandidateMap map)
            throws BadPayloadException {
        for (JsonNode field : Json.array(owner, "customFields", path)) {
            String title = Json.text(field, "title");
            if (title != null) {
                CustomFields.map(CustomFieldKeys.snake(title), title, field.get("value"), keys, map);
            }
        }
    }
}
