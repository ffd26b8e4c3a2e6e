package com.hirefit.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;

class AshbyPayloadsTest {

    /** An applicationSubmit with the fields Ashby's common payload data documents. */
    static final String SUBMIT = """
            {
              "webhookActionId": "0f1c5a1e-9d4b-4b8e-a3c2-7e6f5d4c3b2a",
              "action": "applicationSubmit",
              "data": {
                "application": {
                  "id": "7f0e2d6a-1c3b-4a5d-9e8f-0a1b2c3d4e5f",
                  "createdAt": "2026-03-02T18:24:54.123Z",
                  "updatedAt": "2026-03-02T18:24:54.123Z",
                  "status": "Active",
                  "candidate": {
                    "id": "3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d",
                    "name": "Ravi Menon",
                    "primaryEmailAddress": {"value": "ravi.menon@example.com", "type": "Personal", "isPrimary": true},
                    "primaryPhoneNumber": {"value": "+44 20 7946 0958", "type": "Mobile", "isPrimary": true}
                  },
                  "currentInterviewStage": {"id": "e1d2c3b4", "title": "Application Review", "type": "PreInterviewScreen"},
                  "job": {"id": "5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d", "title": "LLM Engineer"},
                  "customFields": [
                    {"id": "cf1", "title": "Years Experience", "value": 9},
                    {"id": "cf2", "title": "Years LLM Experience", "value": 3},
                    {"id": "cf3", "title": "Skills", "value": ["Python", "vLLM", "Evals"]},
                    {"id": "cf4", "title": "Expected Salary", "value": {"currencyCode": "GBP", "value": 120000}},
                    {"id": "cf5", "title": "Market", "value": "UK"},
                    {"id": "cf6", "title": "Gender", "value": "Male"},
                    {"id": "cf7", "title": "EEO Race", "value": "Asian"},
                    {"id": "cf8", "title": "Date of Birth", "value": "1988-04-01"},
                    {"id": "cf9", "title": "Phone Number", "value": "+44 20 7946 0000"},
                    {"id": "cf10", "title": "How did you hear about us?", "value": "Hacker News"},
                    {"id": "cf11", "title": "Open to relocation", "value": true},
                    {"id": "cf12", "title": "Portfolio", "value": null}
                  ]
                }
              }
            }
            """;

    private static AtsEvent parse(String body) throws BadPayloadException {
        return AshbyPayloads.parse(Deliveries.of(body), CustomFieldKeys.defaults());
    }

    @Test
    void applicationMapsIdsJobAndCandidate() throws Exception {
        AtsEvent event = parse(SUBMIT);
        assertThat(event.source()).isEqualTo("ashby");
        assertThat(event.action()).isEqualTo("applicationSubmit");
        assertThat(event.applicationId()).isEqualTo("7f0e2d6a-1c3b-4a5d-9e8f-0a1b2c3d4e5f");
        assertThat(event.atsJobIds()).containsExactly("5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d");
        assertThat(event.dedupeKey()).isEqualTo("ashby:0f1c5a1e-9d4b-4b8e-a3c2-7e6f5d4c3b2a");
        assertThat(event.resumeUrl()).isNull();
        assertThat(event.candidate()).containsExactly(
                entry("Candidate ID", "ashby-3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d"),
                entry("Name", "Ravi Menon"),
                entry("Email", "ravi.menon@example.com"),
                entry("Years Experience", 9),
                entry("Years LLM Experience", 3),
                entry("Expected Salary", 120000),
                entry("Market", "UK"),
                entry("Skills", List.of("Python", "vLLM", "Evals")),
                entry("How did you hear about us?", "Hacker News"),
                entry("Open to relocation", true));
    }

    @Test
    void protectedFieldsAndPhonesAreNeverCarried() throws Exception {
        String everything = parse(SUBMIT).candidate().toString();
        assertThat(everything).doesNotContain("Gender", "Male", "EEO", "Asian", "Birth", "1988", "Phone", "7946");
    }

    @Test
    void customFieldsMatchConfiguredKeysByTitleInSnakeCase() throws Exception {
        String body = SUBMIT.replace("\"title\": \"Years Experience\"", "\"title\": \"Total Years (Industry)\"");
        CustomFieldKeys keys = new CustomFieldKeys("total_years_industry", null, null, null, null, null);
        assertThat(AshbyPayloads.parse(Deliveries.of(body), keys).candidate()).containsEntry("Years Experience", 9);
        assertThat(parse(body).candidate()).containsEntry("Total Years (Industry)", 9);
    }

    @Test
    void pingIsAPing() throws Exception {
        AtsEvent event = parse(AshbySignatureTest.BODY);
        assertThat(event.ping()).isTrue();
        assertThat(event.candidate()).isNull();
        assertThat(event.dedupeKey()).isEqualTo("ashby:75395d87-4044-4dc4-bc29-0cec185e5f06");
    }

    @Test
    void eventsWithoutAnApplicationAreIgnored() throws Exception {
        for (String body : List.of(
                "{\"webhookActionId\":\"w1\",\"action\":\"jobCreate\",\"data\":{\"job\":{\"id\":\"j1\",\"title\":\"LLM Engineer\"}}}",
                "{\"webhookActionId\":\"w2\",\"action\":\"candidateDelete\",\"data\":{\"candidate\":{\"id\":\"c1\"}}}",
                "{\"webhookActionId\":\"w3\",\"action\":\"offerCreate\",\"data\":{\"offer\":{\"id\":\"o1\",\"applicationId\":\"a1\"}}}")) {
            AtsEvent event = parse(body);
            assertThat(event.ping()).isFalse();
            assertThat(event.candidate()).isNull();
            assertThat(event.note()).isEqualTo("not an application event; ignored");
        }
    }

    @Test
    void malformedBodiesNameTheField() {
        assertBad("<xml/>", "the body is not valid JSON");
        assertBad("{\"action\":\"ping\",\"data\":{}}", "webhookActionId is missing");
        assertBad("{\"webhookActionId\":\"w1\",\"data\":{}}", "action is missing");
        assertBad("{\"webhookActionId\":\"w1\",\"action\":\"applicationSubmit\"}", "data is missing");
        assertBad(SUBMIT.replace("\"id\": \"7f0e2d6a-1c3b-4a5d-9e8f-0a1b2c3d4e5f\",", ""),
                "data.application.id is missing");
        assertBad(SUBMIT.replace("\"id\": \"3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d\",", ""),
                "data.application.candidate.id is missing");
        assertBad(SUBMIT.replace("\"customFields\": [", "\"customFields\": {\"x\": [").replace("]\n    }\n  }\n}", "]}\n    }\n  }\n}"),
                "data.application.customFields is not an array");
    }

    private static void assertBad(String body, String message) {
        assertThatThrownBy(() -> parse(body)).isInstanceOf(BadPayloadException.class).hasMessageStartingWith(message);
    }
}
