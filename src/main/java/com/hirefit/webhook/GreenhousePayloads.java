package com.hirefit.webhook;

import com.hirefit.ingest.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Greenhouse Harvest webhooks, {@code {action, payload}}. An event whose {@code payload.application} carries a
 * candidate ({@code new_candidate_application}, {@code application_updated}, {@code candidate_stage_change},
 * {@code hire_candidate}...) is an application; {@code ping} is a ping; anything else (jobs, offers, deletions,
 * {@code update_candidate}, which has no application) is ignored.
 *
 * <p>The candidate: "greenhouse-" + candidate id, first and last name, the first email, title, tags and the
 * skills custom field as Skills, "degree discipline, school" per education, "title, company" per employment
 * as Highlights, website and social-media addresses as Portfolio, custom fields (candidate's, then the
 * application's) by {@link CustomFieldKeys}. Never carried: photo, phone numbers, addresses, recruiter and
 * coordinator. The resume is the URL of the first attachment of type "resume" (Greenhouse expires it after 7
 * days).
 */
public final class GreenhousePayloads {

    static final String SOURCE = "greenhouse";

    /** Events that carry an application but must never lead to a screening. */
    private static final Set<String> NEVER_SCREENED = Set.of("delete_application", "delete_candidate",
            "candidate_anonymized", "merge_candidate");

    private GreenhousePayloads() {
    }

    public static AtsEvent parse(RawDelivery delivery, CustomFieldKeys keys) throws BadPayloadException {
        JsonNode body = Json.body(delivery);
        String action = Json.requireText(body, "action", "action");
        if (action.equals("ping")) {
            // Answered whatever its payload: a failed ping leaves the webhook disabled in Greenhouse.
            return Events.ping(SOURCE, action, dedupeKey(delivery, action, null));
        }
        JsonNode payload = Json.requireObject(body, "payload", "payload");
        JsonNode application = Json.object(payload, "application", "payload.application");
        JsonNode candidate = application == null ? null
                : Json.object(application, "candidate", "payload.application.candidate");
        String applicationId = candidate == null ? null : Json.requireId(application, "id", "payload.application.id");
        String dedupeKey = dedupeKey(delivery, action, applicationId);
        if (candidate == null || NEVER_SCREENED.contains(action)) {
            return Events.ignored(SOURCE, action, dedupeKey);
        }
        return Events.application(SOURCE, action, dedupeKey, applicationId, jobIds(application),
                candidate(application, candidate, keys), resumeUrl(candidate), null);
    }

    /**
     * The {@code Greenhouse-Event-ID} header when present; otherwise action, application id and a hash of the
     * body, so that only a byte-identical retry is a duplicate.
     */
    private static String dedupeKey(RawDelivery delivery, String action, String applicationId) {
        String eventId = delivery.header("Greenhouse-Event-ID");
        if (eventId != null && !eventId.isBlank()) {
            return SOURCE + ":" + eventId.strip();
        }
        return SOURCE + ":" + action + ":" + (applicationId == null ? "" : applicationId) + ":"
                + Hmac.sha256Hex(delivery.bodyBytes());
    }

    /** {@code application.jobs[].id}; the deprecated {@code application.job.id} when there is no jobs array. */
    private static List<String> jobIds(JsonNode application) throws BadPayloadException {
        List<String> ids = new ArrayList<>();
        int i = 0;
        for (JsonNode job : Json.array(application, "jobs", "payload.application.jobs")) {
            String id = Json.id(job, "id", "payload.application.jobs[" + i++ + "].id");
            if (id != null) {
                ids.add(id);
            }
        }
        if (Json.field(application, "jobs") == null) {
            String id = Json.id(Json.object(application, "job", "payload.application.job"), "id",
                    "payload.application.job.id");
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static CandidateMap candidate(JsonNode application, JsonNode candidate, CustomFieldKeys keys)
            throws BadPayloadException {
        String path = "payload.application.candidate";
        CandidateMap map = new CandidateMap()
                .put(Column.CANDIDATE_ID.label(), SOURCE + "-" + Json.requireId(candidate, "id", path + ".id"))
                .put(Column.NAME.label(), join(" ", Json.text(candidate, "first_name"), Json.text(candidate, "last_name")))
                .put(Column.EMAIL.label(), firstValue(candidate, "email_addresses", path));
        map.put(Column.CURRENT_TITLE.label(), Json.text(candidate, "title"));
        map.extra("Current Company", Json.text(candidate, "company"));
        for (JsonNode tag : Json.array(candidate, "tags", path + ".tags")) {
            map.put(Column.SKILLS.label(), tag.isContainer() ? null : tag.asString());
        }
        for (JsonNode education : Json.array(candidate, "educations", path + ".educations")) {
            map.put(Column.EDUCATION.label(), join(", ", join(" ", Json.text(education, "degree"),
                    Json.text(education, "discipline")), Json.text(education, "school_name")));
        }
        for (JsonNode employment : Json.array(candidate, "employments", path + ".employments")) {
            map.put(Column.HIGHLIGHTS.label(), join(", ", Json.text(employment, "title"),
                    Json.text(employment, "company_name")));
        }
        for (String addresses : List.of("website_addresses", "social_media_addresses")) {
            for (JsonNode address : Json.array(candidate, addresses, path + "." + addresses)) {
                map.put(Column.PORTFOLIO.label(), Json.text(address, "value"));
            }
        }
        customFields(Json.object(candidate, "custom_fields", path + ".custom_fields"), keys, map);
        customFields(Json.object(application, "custom_fields", "payload.application.custom_fields"), keys, map);
        return map;
    }

    /** A map of slug to {@code {name, type, value}}; a bare value is taken as the value. */
    private static void customFields(JsonNode fields, CustomFieldKeys keys, CandidateMap map) {
        if (fields == null) {
            return;
        }
        for (Map.Entry<String, JsonNode> field : fields.properties()) {
            JsonNode entry = field.getValue();
            boolean described = entry.isObject() && entry.has("value");
            CustomFields.map(field.getKey(), described ? Json.text(entry, "name") : null,
                    described ? entry.get("value") : entry, keys, map);
        }
    }

    private static String resumeUrl(JsonNode candidate) throws BadPayloadException {
        for (JsonNode attachment : Json.array(candidate, "attachments", "payload.application.candidate.attachments")) {
            String url = Json.text(attachment, "url");
            if ("resume".equals(Json.text(attachment, "type")) && url != null) {
                return url;
            }
        }
        return null;
    }

    private static String firstValue(JsonNode parent, String array, String path) throws BadPayloadException {
        for (JsonNode item : Json.array(parent, array, path + "." + array)) {
            String value = Json.text(item, "value");
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String join(String separator, String... parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                kept.add(part.strip());
            }
        }
        return kept.isEmpty() ? null : String.join(separator, kept);
    }
}
