package com.hirefit.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.job.JobDocument;
import com.hirefit.job.JobStore;
import com.hirefit.user.Role;
import com.hirefit.user.UserAccounts;
import com.hirefit.webhook.Deliveries;
import com.hirefit.webhook.RawDelivery;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signed webhook delivery over real HTTP whose candidate carries protected, possibly protected and contact fields:
 * they are left out unread, and named (never their values) in the webhook's answer, on the stored application
 * ({@code GET /api/applications/...}) and on the Integrations page, as an upload names its dropped columns.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:dropped-webhook-fields;DB_CLOSE_DELAY=-1", "hirefit.rules.watch=false",
        "hirefit.api.keys=test-key", "hirefit.webhooks.greenhouse.secret=gh_test_secret"})
class DroppedWebhookFieldsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JobStore jobs;

    @Autowired
    UserAccounts accounts;

    private final HttpClient http = HttpClient.newHttpClient();

    private String delivery(String appId) {
        return """
                {"action": "new_candidate_application", "payload": {"application": {"id": %s,
                  "jobs": [{"id": 4242, "name": "Contract review"}],
                  "candidate": {"id": 9%s, "first_name": "Nadia", "last_name": "Okafor", "title": "Senior LLM Engineer",
                    "custom_fields": {"years_experience": {"name": "Years experience", "type": "number", "value": 8},
                      "gender": {"name": "Gender", "type": "single_select", "value": "Female"},
                      "grad_year": {"name": "Graduation Year", "type": "number", "value": 1987},
                      "mobile": {"name": "Mobile number", "type": "short_text", "value": "+44 7700 900123"},
                      "notes": {"name": "Notes", "type": "short_text", "value": {"lang": "en", "date_of_birth": "1960-02-01"}}}},
                  "custom_fields": {"eeo_race": {"name": "EEO Race", "type": "single_select", "value": "Asian"}}}}}
                """.formatted(appId, appId);
    }

    private HttpResponse<String> post(String body) throws Exception {
        RawDelivery signed = Deliveries.greenhouse("gh_test_secret", body, "Greenhouse-Event-ID", UUID.randomUUID().toString());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/greenhouse"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(signed.body())).header("Content-Type", "application/json");
        signed.headers().forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theAnswerTheApplicationAndTheIntegrationsPageNameTheFieldsLeftOutNeverTheirValues() throws Exception {
        jobs.put(new JobDocument(JobFilesForTests.contractReview("WH-DROP"), Map.of("greenhouse", List.of("4242"))));
        HttpResponse<String> answer = post(delivery("501"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode result = JSON.readTree(answer.body());
        assertThat(result.get("status").asString()).isEqualTo("SCREENED");
        assertThat(strings(result.get("droppedFields")))
                .containsExactlyInAnyOrder("Gender", "Graduation Year", "Mobile number", "Notes.date_of_birth", "EEO Race");
        assertThat(result.get("uncertainFields")).hasSize(1);
        assertThat(result.get("uncertainFields").get(0).get("column").asString()).isEqualTo("Graduation Year");
        assertThat(result.get("uncertainFields").get(0).get("mayReveal").asString()).contains("age");
        assertThat(withoutIdsAndTimes(answer.body())).doesNotContain("Female", "1987", "7700", "1960", "Asian");

        HttpResponse<String> application = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/applications/greenhouse/501")).header("X-API-Key", "test-key").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(application.statusCode()).isEqualTo(200);
        assertThat(strings(JSON.readTree(application.body()).get("droppedFields"))).contains("Gender", "EEO Race");
        assertThat(withoutIdsAndTimes(application.body())).doesNotContain("Female", "1987", "Asian");

        WorkspaceClient admin = WorkspaceClient.as(Role.ADMIN, port, accounts);
        String page = withoutIdsAndTimes(admin.get("/integrations").body());
        assertThat(page).contains("Fields left out unread", "Gender, Graduation Year, Mobile number, Notes.date_of_birth, EEO Race")
                .doesNotContain("Female", "1987", "Asian", "Nadia");
    }

    @Test
    void aDeliveryWithNothingToLeaveOutSaysSo() throws Exception {
        jobs.put(new JobDocument(JobFilesForTests.contractReview("WH-KEEP"), Map.of("greenhouse", List.of("4343"))));
        String plain = """
                {"action": "new_candidate_application", "payload": {"application": {"id": 777, "jobs": [{"id": 4343}],
                  "candidate": {"id": 9777, "first_name": "Ren", "last_name": "Ito",
                    "custom_fields": {"years_experience": {"name": "Years experience", "type": "number", "value": 5}}}}}}
                """;
        JsonNode result = JSON.readTree(post(plain).body());
        assertThat(result.get("status").asString()).isEqualTo("SCREENED");
        assertThat(result.get("droppedFields")).isEmpty();
        assertThat(result.get("uncertainFields")).isEmpty();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    /**
     * The answer without its random ids and its clock's times, whose digits may spell a dropped number by chance
     * (an assessment id ending in ...4611987b22ad once did): what is left must not hold a dropped value.
     */
    private static String withoutIdsAndTimes(String body) {
        return body.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "ID")
                .replaceAll("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?", "TIME");
    }
}
