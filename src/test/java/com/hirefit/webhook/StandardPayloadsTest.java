package com.hirefit.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandardPayloadsTest {

    static final String CANONICAL = """
            {
              "type": "application.created",
              "timestamp": "2026-03-01T12:00:00Z",
              "data": {
                "applicationId": "app-981",
                "jobId": "req-42",
                "candidate": {
                  "Candidate ID": "c-77",
                  "Name": "Ada Lovelace",
                  "Email": "ada@example.com",
                  "Current Title": "ML Engineer",
                  "Years Experience": 7,
                  "Skills": ["Python", "PyTorch"],
                  "Highlights": "Shipped a RAG assistant to 40k users",
                  "Expected Salary": 185000,
                  "Market": "US",
                  "Gender": "F",
                  "Photo URL": "https://cdn.example.com/ada.jpg",
                  "Phone": "+1 415 555 0100",
                  "Home Address": "1 Market St",
                  "Demographics": {"ethnicity": "x"},
                  "Social": {"github": "https://github.com/ada", "dateOfBirth": "1990-01-01"}
                }
              }
            }
            """;

    static final String RESUME = """
            {
              "type": "application.created",
              "timestamp": "2026-03-01T12:00:00Z",
              "data": {
                "applicationId": 981,
                "jobId": 42,
                "candidate": {
                  "basics": {
                    "name": "Richard Hendriks",
                    "label": "Programmer",
                    "image": "https://cdn.example.com/richard.jpg",
                    "email": "richard.hendriks@mail.com",
                    "phone": "(912) 555-4321",
                    "url": "http://richardhendricks.example.com",
                    "summary": "Richard hails from Tulsa.",
                    "location": {"address": "2712 Broadway St", "postalCode": "CA 94115", "city": "San Francisco",
                                 "countryCode": "US", "region": "California"},
                    "profiles": [{"network": "Twitter", "username": "neutralthoughts", "url": ""}]
                  },
                  "work": [{"name": "Pied Piper", "position": "CEO/President", "startDate": "2013-12-01",
                            "endDate": "2014-12-01", "highlights": ["Built an algorithm"]}],
                  "skills": [{"name": "Web Development", "level": "Master", "keywords": ["HTML", "CSS"]}],
                  "meta": {"expectedSalary": 185000, "market": "US"}
                }
              }
            }
            """;

    private static AtsEvent parse(String body, String webhookId) throws BadPayloadException {
        return StandardPayloads.parse(Deliveries.of(body, "webhook-id", webhookId));
    }

    @Test
    void canonicalCandidatePassesThroughMinusProtectedAndContactKeys() throws Exception {
        AtsEvent event = parse(CANONICAL, "msg_2a");
        assertThat(event.source()).isEqualTo("standard");
        assertThat(event.action()).isEqualTo("application.created");
        assertThat(event.applicationId()).isEqualTo("app-981");
        assertThat(event.atsJobIds()).containsExactly("req-42");
        assertThat(event.dedupeKey()).isEqualTo("standard:msg_2a");
        assertThat(event.candidate()).containsExactly(
                entry("Candidate ID", "c-77"),
                entry("Name", "Ada Lovelace"),
                entry("Email", "ada@example.com"),
                entry("Current Title", "ML Engineer"),
                entry("Years Experience", 7),
                entry("Skills", List.of("Python", "PyTorch")),
                entry("Highlights", "Shipped a RAG assistant to 40k users"),
                entry("Expected Salary", 185000),
                entry("Market", "US"),
                entry("Social", Map.of("github", "https://github.com/ada")));
    }

    @Test
    void jsonResumePassesThroughWithoutPhotoPhoneOrAddress() throws Exception {
        AtsEvent event = parse(RESUME, "msg_2b");
        assertThat(event.applicationId()).isEqualTo("981");
        assertThat(event.atsJobIds()).containsExactly("42");
        Map<String, Object> candidate = event.candidate();
        assertThat(candidate).containsOnlyKeys("basics", "work", "skills", "meta");
        @SuppressWarnings("unchecked")
        Map<String, Object> basics = (Map<String, Object>) candidate.get("basics");
        assertThat(basics).containsOnlyKeys("name", "label", "email", "url", "summary", "location", "profiles");
        assertThat(basics.get("location")).isEqualTo(Map.of("city", "San Francisco", "countryCode", "US",
                "region", "California"));
        assertThat(candidate.toString()).doesNotContain("richard.jpg", "555-4321", "Broadway", "94115");
        assertThat(candidate.get("work")).isEqualTo(List.of(Map.of("name", "Pied Piper", "position", "CEO/President",
                "startDate", "2013-12-01", "endDate", "2014-12-01", "highlights", List.of("Built an algorithm"))));
    }

    @Test
    void pingIsAPing() throws Exception {
        AtsEvent event = parse("{\"type\":\"ping\",\"timestamp\":\"2026-03-01T12:00:00Z\"}", "msg_ping");
        assertThat(event.ping()).isTrue();
        assertThat(event.candidate()).isNull();
        assertThat(event.dedupeKey()).isEqualTo("standard:msg_ping");
    }

    @Test
    void jobIsOptional() throws Exception {
        assertThat(parse(CANONICAL.replace("\"jobId\": \"req-42\",", ""), "m").atsJobIds()).isEmpty();
    }

    @Test
    void malformedBodiesNameTheField() {
        assertBad(CANONICAL, null, "the webhook-id header is missing");
        assertBad("{\"type\": ", "m", "the body is not valid JSON");
        assertBad("{\"data\":{}}", "m", "type is missing");
        assertBad("{\"type\":\"application.created\"}", "m", "data is missing");
        assertBad(CANONICAL.replace("\"applicationId\": \"app-981\",", ""), "m", "data.applicationId is missing");
        assertBad(CANONICAL.replace("\"applicationId\": \"app-981\"", "\"applicationId\": 1.5"), "m",
                "data.applicationId is not a string or an integer");
        assertBad("{\"type\":\"x\",\"data\":{\"applicationId\":\"a\"}}", "m", "data.candidate is missing");
        assertBad("{\"type\":\"x\",\"data\":{\"applicationId\":\"a\",\"candidate\":[]}}", "m",
                "data.candidate is not an object");
        assertBad("{\"type\":\"x\",\"data\":{\"applicationId\":\"a\",\"candidate\":{\"gender\":\"f\"}}}", "m",
                "data.candidate is empty");
    }

    private static void assertBad(String body, String webhookId, String message) {
        RawDelivery delivery = webhookId == null ? Deliveries.of(body) : Deliveries.of(body, "webhook-id", webhookId);
        assertThatThrownBy(() -> StandardPayloads.parse(delivery))
                .isInstanceOf(BadPayloadException.class).hasMessageStartingWith(message);
    }
}
