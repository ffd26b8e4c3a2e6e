package com.hirefit.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LeverPayloadsTest {

    static final String TOKEN = "be58f711f349c7780e4579cd7c63341ac6f881e4dccc3154";

    static String body(String event, String data) {
        return Deliveries.leverBody("lever_sig_token", event, TOKEN, 1431454330072L, data);
    }

    private static AtsEvent parse(String body) throws BadPayloadException {
        return LeverPayloads.parse(Deliveries.of(body));
    }

    @Test
    void stageChangeMapsTheOpportunity() throws Exception {
        AtsEvent event = parse(body("candidateStageChange", """
                {"opportunityId":"250d8f03-738a-4bba-a671-8a3d73477145",
                 "candidateId":"250d8f03-738a-4bba-a671-8a3d73477145",
                 "contactId":"7f23e772-9ab6-4a8a-8fd9-6b8c3f6c1d0e",
                 "toStageId":"offer","fromStageId":"onsite"}"""));
        assertThat(event.source()).isEqualTo("lever");
        assertThat(event.action()).isEqualTo("candidateStageChange");
        assertThat(event.ping()).isFalse();
        assertThat(event.applicationId()).isEqualTo("250d8f03-738a-4bba-a671-8a3d73477145");
        assertThat(event.atsJobIds()).isEmpty();
        assertThat(event.candidate()).isEqualTo(Map.of("Candidate ID", "lever-250d8f03-738a-4bba-a671-8a3d73477145"));
        assertThat(event.resumeUrl()).isNull();
        assertThat(event.note()).isEqualTo("Lever webhooks carry no resume or contact details; fetching the"
                + " opportunity from Lever's API is not part of this service, so it was screened only on what the"
                + " event carries.");
        assertThat(event.dedupeKey()).isEqualTo("lever:" + TOKEN);
    }

    @Test
    void applicationCreatedCarriesThePosting() throws Exception {
        AtsEvent event = parse(body("applicationCreated", """
                {"opportunityId":"9a1d7d4c-2f5e-4c1b-8b7e-0b0c7a1e5f11",
                 "applicationId":"c2b4f1a0-3e8d-4e55-9a4b-1f2e3d4c5b6a",
                 "postingId":"f3e9a7b2-6c1d-4e8f-a0b9-8c7d6e5f4a3b"}"""));
        assertThat(event.applicationId()).isEqualTo("9a1d7d4c-2f5e-4c1b-8b7e-0b0c7a1e5f11");
        assertThat(event.atsJobIds()).containsExactly("f3e9a7b2-6c1d-4e8f-a0b9-8c7d6e5f4a3b");
    }

    @Test
    void settingsPageTestIsAPing() throws Exception {
        AtsEvent event = parse(body("candidateHired", "{}"));
        assertThat(event.ping()).isTrue();
        assertThat(event.candidate()).isNull();
        assertThat(event.dedupeKey()).isEqualTo("lever:" + TOKEN);
    }

    @Test
    void eventsWithoutAnOpportunityOrDeletionsAreIgnored() throws Exception {
        AtsEvent contact = parse(body("contactCreated", "{\"contactId\":\"7f23e772-9ab6-4a8a-8fd9-6b8c3f6c1d0e\"}"));
        assertThat(contact.candidate()).isNull();
        assertThat(contact.ping()).isFalse();
        assertThat(contact.note()).isEqualTo("not an application event; ignored");
        AtsEvent deleted = parse(body("candidateDeleted", "{\"opportunityId\":\"250d8f03\",\"deletedBy\":\"u1\"}"));
        assertThat(deleted.candidate()).isNull();
    }

    @Test
    void malformedBodiesNameTheField() {
        String good = body("candidateStageChange", "{\"opportunityId\":\"o1\"}");
        assertBad("{", "the body is not valid JSON");
        assertBad(good.replace("\"event\":\"candidateStageChange\",", ""), "event is missing");
        assertBad(good.replace(",\"token\":\"" + TOKEN + "\"", ""), "token is missing");
        assertBad(good.replace(",\"data\":{\"opportunityId\":\"o1\"}", ""), "data is missing");
        assertBad(good.replace("{\"opportunityId\":\"o1\"}", "[]"), "data is not an object");
        assertBad(good.replace("\"o1\"", "{\"id\":\"o1\"}"), "data.opportunityId is not a string or an integer");
    }

    private static void assertBad(String body, String message) {
        assertThatThrownBy(() -> parse(body)).isInstanceOf(BadPayloadException.class).hasMessageStartingWith(message);
    }
}
