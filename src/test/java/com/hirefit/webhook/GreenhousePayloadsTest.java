package com.hirefit.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.hirefit.ingest.Column;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GreenhousePayloadsTest {

    /** A new_candidate_application as the Greenhouse webhook docs lay it out. */
    static final String NEW_APPLICATION = """
            {
              "action": "new_candidate_application",
              "payload": {
                "application": {
                  "id": 69306314,
                  "status": "active",
                  "prospect": false,
                  "applied_at": "2026-03-02T18:24:54Z",
                  "last_activity_at": "2026-03-02T18:24:54Z",
                  "source": {"id": 7, "public_name": "Jobs page on your website"},
                  "current_stage": {"id": 767358, "name": "Application Review", "interviews": []},
                  "rejection_reason": null,
                  "jobs": [{"id": 87752, "name": "Senior ML Engineer", "requisition_id": "ML-12", "status": "open",
                            "departments": [{"id": 1, "name": "Engineering"}], "offices": []}],
                  "custom_fields": {
                    "expected_salary": {"name": "Expected Salary", "type": "currency",
                                        "value": {"amount": 185000, "unit": "USD"}},
                    "how_did_you_hear": {"name": "How did you hear about us?", "type": "short_text",
                                         "value": "NeurIPS booth"},
                    "eeo_race": {"name": "EEO Race", "type": "single_select", "value": "Prefer not to say"}
                  },
                  "candidate": {
                    "id": 60304594,
                    "first_name": "Ada",
                    "last_name": "Okafor",
                    "title": "Machine Learning Engineer",
                    "company": "Acme Analytics",
                    "external_id": null,
                    "url": "https://app.greenhouse.io/people/60304594",
                    "photo_url": "https://cdn.example.com/photos/ada.jpg",
                    "is_private": false,
                    "can_email": true,
                    "created_at": "2026-03-02T18:24:54Z",
                    "email_addresses": [{"value": "ada.okafor@example.com", "type": "personal"},
                                        {"value": "ada@acme.example", "type": "work"}],
                    "phone_numbers": [{"value": "+1 415 555 0100", "type": "mobile"}],
                    "addresses": [{"value": "1 Market St, San Francisco, CA 94105", "type": "home"}],
                    "website_addresses": [{"value": "https://github.com/adaokafor", "type": "personal"}],
                    "social_media_addresses": [{"value": "https://www.linkedin.com/in/adaokafor"}],
                    "educations": [{"school_name": "Carnegie Mellon University", "degree": "Master's Degree",
                                    "discipline": "Machine Learning", "start_date": "09/01/2014",
                                    "end_date": "05/31/2016"}],
                    "employments": [{"company_name": "Acme Analytics", "title": "Machine Learning Engineer",
                                     "start_date": "06/01/2019", "end_date": null}],
                    "recruiter": {"id": 92120, "email": "recruiter@hirefit.example", "name": "Rae Cruiter",
                                  "employee_id": "E-17"},
                    "coordinator": null,
                    "tags": ["PyTorch", "RAG"],
                    "attachments": [
                      {"filename": "cover.pdf", "url": "https://grnhse.s3.example/cover.pdf?X-Amz-Expires=604800",
                       "type": "cover_letter"},
                      {"filename": "Ada_Okafor_Resume.pdf",
                       "url": "https://grnhse.s3.example/resume.pdf?X-Amz-Expires=604800", "type": "resume"}
                    ],
                    "custom_fields": {
                      "years_experience": {"name": "Years Experience", "type": "number", "value": 7},
                      "years_llm_experience": {"name": "Years LLM Experience", "type": "number", "value": "2.5"},
                      "skills": {"name": "Skills", "type": "multi_select", "value": ["LangChain", "Kubernetes"]},
                      "highlights": {"name": "Highlights", "type": "long_text",
                                     "value": "Shipped a RAG assistant to 40k users"},
                      "market": {"name": "Market", "type": "single_select", "value": "US"},
                      "gender": {"name": "Gender", "type": "single_select", "value": "Female"},
                      "date_of_birth": {"name": "Date of Birth", "type": "date", "value": "1990-01-01"},
                      "referral_source": {"name": "Referral Source", "type": "short_text", "value": "Conference"},
                      "referrer": {"name": "Referrer", "type": "user",
                                   "value": {"user_id": 4, "name": "Sam Lee", "email": "sam@hirefit.example",
                                             "employee_id": "E-4"}},
                      "languages_spoken": {"name": "Languages Spoken", "type": "multi_select", "value": []},
                      "notes": {"name": "Notes", "type": "long_text", "value": null}
                    }
                  }
                }
              }
            }
            """;

    private static AtsEvent parse(String body, String... headers) throws BadPayloadException {
        return GreenhousePayloads.parse(Deliveries.of(body, headers), CustomFieldKeys.defaults());
    }

    @Test
    void applicationMapsIdsJobAndResume() throws Exception {
        AtsEvent event = parse(NEW_APPLICATION, "Greenhouse-Event-ID", "a1b2c3");
        assertThat(event.source()).isEqualTo("greenhouse");
        assertThat(event.action()).isEqualTo("new_candidate_application");
        assertThat(event.ping()).isFalse();
        assertThat(event.applicationId()).isEqualTo("69306314");
        assertThat(event.atsJobIds()).containsExactly("87752");
        assertThat(event.resumeUrl()).isEqualTo("https://grnhse.s3.example/resume.pdf?X-Amz-Expires=604800");
        assertThat(event.dedupeKey()).isEqualTo("greenhouse:a1b2c3");
        assertThat(event.note()).isNull();
    }

    @Test
    void candidateHasCanonicalColumnsAndExtras() throws Exception {
        assertThat(parse(NEW_APPLICATION).candidate()).containsExactly(
                entry("Candidate ID", "greenhouse-60304594"),
                entry("Name", "Ada Okafor"),
                entry("Email", "ada.okafor@example.com"),
                entry("Current Title", "Machine Learning Engineer"),
                entry("Years Experience", 7),
                entry("Years LLM Experience", "2.5"),
                entry("Market", "US"),
                entry("Expected Salary", 185000),
                entry("Skills", List.of("PyTorch", "RAG", "LangChain", "Kubernetes")),
                entry("Education", List.of("Master's Degree Machine Learning, Carnegie Mellon University")),
                entry("Highlights", List.of("Machine Learning Engineer, Acme Analytics",
                        "Shipped a RAG assistant to 40k users")),
                entry("Portfolio", List.of("https://github.com/adaokafor", "https://www.linkedin.com/in/adaokafor")),
                entry("Current Company", "Acme Analytics"),
                entry("Referral Source", "Conference"),
                entry("Referrer", "Sam Lee"),
                entry("How did you hear about us?", "NeurIPS booth"));
    }

    @Test
    void protectedFieldsPhotoPhonesAndAddressesAreNeverCarried() throws Exception {
        AtsEvent event = parse(NEW_APPLICATION);
        assertThat(event.candidate().keySet())
                .doesNotContain("Gender", "gender", "Date of Birth", "date_of_birth", "EEO Race", "eeo_race", "photo_url");
        String everything = event.candidate().toString();
        assertThat(everything).doesNotContain("Female", "1990-01-01", "Prefer not to say", "photos/ada.jpg",
                "555 0100", "Market St", "recruiter@", "sam@hirefit.example");
    }

    @Test
    void customFieldKeysAreConfigurable() throws Exception {
        String body = NEW_APPLICATION.replace("\"years_experience\": {\"name\": \"Years Experience\"",
                "\"total_yoe\": {\"name\": \"Total YOE (self-reported)\"");
        CustomFieldKeys keys = new CustomFieldKeys("total_yoe", null, null, null, null, null);
        assertThat(GreenhousePayloads.parse(Deliveries.of(body), keys).candidate())
                .containsEntry("Years Experience", 7)
                .doesNotContainKey("Total YOE (self-reported)");
        // Unconfigured, the field is kept under its name, and matched by key only, never by name.
        assertThat(parse(body).candidate())
                .doesNotContainKey("Years Experience")
                .containsEntry("Total YOE (self-reported)", 7);
    }

    @Test
    void salaryRangeTakesItsMidpoint() throws Exception {
        String body = NEW_APPLICATION.replace("{\"amount\": 185000, \"unit\": \"USD\"}",
                "{\"min_value\": \"150000.0\", \"max_value\": \"190000.0\", \"unit\": \"USD\"}");
        assertThat(parse(body).candidate()).containsEntry("Expected Salary", 170000L);
    }

    @Test
    void withoutEventIdTheKeyHashesTheBody() throws Exception {
        String expectedHash = Hmac.sha256Hex(NEW_APPLICATION.getBytes(StandardCharsets.UTF_8));
        assertThat(parse(NEW_APPLICATION).dedupeKey())
                .isEqualTo("greenhouse:new_candidate_application:69306314:" + expectedHash);
        assertThat(parse(NEW_APPLICATION.replace("\"status\": \"active\"", "\"status\": \"hired\"")).dedupeKey())
                .isNotEqualTo(parse(NEW_APPLICATION).dedupeKey());
    }

    @Test
    void otherApplicationEventsAreMappedToo() throws Exception {
        AtsEvent stageChange = parse(NEW_APPLICATION.replace("new_candidate_application", "candidate_stage_change"));
        assertThat(stageChange.action()).isEqualTo("candidate_stage_change");
        assertThat(stageChange.candidate()).containsEntry("Candidate ID", "greenhouse-60304594");
    }

    @Test
    void prospectWithoutJobsHasNoJobIds() throws Exception {
        String body = NEW_APPLICATION.replaceFirst("(?s)\"jobs\": \\[.*?\"offices\": \\[\\]}\\],", "\"jobs\": [],");
        assertThat(parse(body).atsJobIds()).isEmpty();
    }

    @Test
    void pingIsAPing() throws Exception {
        AtsEvent event = parse("""
                {"action":"ping","payload":{"web_hook_id":9590,"name":"HireFit","endpoint_url":"https://hirefit.example/webhooks/greenhouse",
                 "content-type":"application/json","event":"Candidate has been hired","active":true,
                 "created_at":"2026-03-01T10:00:00Z","updated_at":"2026-03-01T10:00:00Z"}}
                """, "Greenhouse-Event-ID", "ping-1");
        assertThat(event.ping()).isTrue();
        assertThat(event.candidate()).isNull();
        assertThat(event.applicationId()).isNull();
        assertThat(event.atsJobIds()).isEmpty();
        assertThat(event.dedupeKey()).isEqualTo("greenhouse:ping-1");
        assertThat(parse("{\"action\":\"ping\"}").ping()).isTrue();
    }

    @Test
    void nonApplicationEventsAreIgnored() throws Exception {
        for (String body : List.of(
                "{\"action\":\"job_created\",\"payload\":{\"job\":{\"id\":87752,\"name\":\"Senior ML Engineer\"}}}",
                "{\"action\":\"offer_created\",\"payload\":{\"id\":1,\"application_id\":69306314,\"job_id\":87752}}",
                "{\"action\":\"delete_application\",\"payload\":{\"application\":{\"id\":69306314,\"candidate_id\":60304594,\"job_id\":87752}}}",
                "{\"action\":\"update_candidate\",\"payload\":{\"candidate\":{\"id\":60304594,\"first_name\":\"Ada\"}}}",
                "{\"action\":\"candidate_anonymized\",\"payload\":{\"candidate_id\":60304594,\"anonymized_fields\":[\"full_name\"]}}")) {
            AtsEvent event = parse(body);
            assertThat(event.ping()).isFalse();
            assertThat(event.candidate()).isNull();
            assertThat(event.note()).isEqualTo("not an application event; ignored");
            assertThat(event.dedupeKey()).startsWith("greenhouse:");
        }
    }

    @Test
    void deletionsNeverLeadToAScreeningEvenWithAFullApplication() throws Exception {
        AtsEvent event = parse(NEW_APPLICATION.replace("new_candidate_application", "delete_candidate"));
        assertThat(event.candidate()).isNull();
    }

    @Test
    void malformedBodiesNameTheField() {
        assertBad("not json", "the body is not valid JSON");
        assertBad("", "the body is not a JSON object");
        assertBad("[1, 2]", "the body is not a JSON object");
        assertBad("{\"payload\":{}}", "action is missing");
        assertBad("{\"action\":7,\"payload\":{}}", "action is not a string");
        assertBad("{\"action\":\"new_candidate_application\"}", "payload is missing");
        assertBad("{\"action\":\"new_candidate_application\",\"payload\":[]}", "payload is not an object");
        assertBad("{\"action\":\"new_candidate_application\",\"payload\":{\"application\":\"x\"}}",
                "payload.application is not an object");
        assertBad(NEW_APPLICATION.replace("\"id\": 69306314,", ""), "payload.application.id is missing");
        assertBad(NEW_APPLICATION.replace("\"id\": 60304594,", ""), "payload.application.candidate.id is missing");
        assertBad(NEW_APPLICATION.replace("\"tags\": [\"PyTorch\", \"RAG\"]", "\"tags\": \"PyTorch\""),
                "payload.application.candidate.tags is not an array");
        assertBad("{\"action\":\"ping\",\"action\":\"new_candidate_application\",\"payload\":{}}",
                "the body is not valid JSON");
        // found by WebhookPayloadsFuzzTest: Jackson let a NumberFormatException through
        assertBad("{\"action\":\"ping\",\"payload\":{\"web_hook_id\":1e2147483648}}",
                "the body is not valid JSON (a number's exponent is out of range)");
    }

    private static void assertBad(String body, String message) {
        assertThatThrownBy(() -> parse(body)).isInstanceOf(BadPayloadException.class).hasMessageStartingWith(message);
    }
}
