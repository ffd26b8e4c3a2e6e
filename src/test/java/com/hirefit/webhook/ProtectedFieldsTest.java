package com.hirefit.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.ingest.ProtectedHeaders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The header tables of {@link ProtectedHeaders} as ATS custom fields (Greenhouse keys and names, Ashby titles) and
 * as the keys of a Standard Webhooks candidate, at the top and nested: what is, or may be, protected is never
 * carried; a real resume field is.
 */
class ProtectedFieldsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> FIELDS = ProtectedHeaders.allHeaders().subList(1, ProtectedHeaders.allHeaders().size());

    @Test
    void greenhouseCustomFieldsByKeyAndName() throws Exception {
        Map<String, Object> custom = new LinkedHashMap<>();
        for (String field : FIELDS) {
            custom.put(CustomFieldKeys.snake(field) + "_" + Integer.toHexString(field.hashCode()),
                    Map.of("name", field, "type", "short_text", "value", ProtectedHeaders.valueOf(field)));
        }
        carriesOnlyTheKept(greenhouse(custom));
    }

    @Test
    void greenhouseCustomFieldsByKeyAlone() throws Exception {
        Map<String, Object> custom = new LinkedHashMap<>();
        for (String field : FIELDS) {
            custom.put(field, Map.of("type", "short_text", "value", ProtectedHeaders.valueOf(field)));
        }
        carriesOnlyTheKept(greenhouse(custom));
    }

    @Test
    void ashbyCustomFieldTitles() throws Exception {
        List<Object> custom = new ArrayList<>();
        for (String field : FIELDS) {
            custom.add(Map.of("id", "cf-" + custom.size(), "title", field, "value", ProtectedHeaders.valueOf(field)));
        }
        String body = JSON.writeValueAsString(Map.of("webhookActionId", "w-1", "action", "applicationSubmit",
                "data", Map.of("application", Map.of("id", "a-1", "job", Map.of("id", "j-1"),
                        "candidate", Map.of("id", "c-1", "name", "Ada"), "customFields", custom))));

        carriesOnlyTheKept(AshbyPayloads.parse(Deliveries.of(body), CustomFieldKeys.defaults()));
    }

    @Test
    void standardWebhookCandidateKeysAtTheTopAndNested() throws Exception {
        Map<String, Object> candidate = new LinkedHashMap<>();
        Map<String, Object> nested = new LinkedHashMap<>();
        candidate.put("Candidate ID", "c-1");
        for (String field : FIELDS) {
            candidate.put(field, ProtectedHeaders.valueOf(field));
            nested.put(field, ProtectedHeaders.valueOf(field));
        }
        candidate.put("Screening Answers", nested);
        String body = JSON.writeValueAsString(Map.of("type", "application.created",
                "data", Map.of("applicationId", "a-1", "jobId", "j-1", "candidate", candidate)));

        carriesOnlyTheKept(StandardPayloads.parse(Deliveries.of(body, "webhook-id", "msg-1")));
    }

    private static AtsEvent greenhouse(Map<String, Object> customFields) throws Exception {
        String body = JSON.writeValueAsString(Map.of("action", "new_candidate_application", "payload", Map.of(
                "application", Map.of("id", 1, "jobs", List.of(Map.of("id", 2)),
                        "candidate", Map.of("id", 3, "first_name", "Ada", "custom_fields", customFields)))));
        return GreenhousePayloads.parse(Deliveries.of(body), CustomFieldKeys.defaults());
    }

    private static void carriesOnlyTheKept(AtsEvent event) throws Exception {
        String carried = JSON.writeValueAsString(event.candidate());
        for (String field : FIELDS) {
            boolean kept = ProtectedHeaders.KEPT.contains(field);
            assertThat(carried.contains(ProtectedHeaders.valueOf(field))).as("%s is %s", field, kept ? "carried" : "left out")
                    .isEqualTo(kept);
        }
    }
}
