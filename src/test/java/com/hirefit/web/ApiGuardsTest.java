package com.hirefit.web;

import static com.hirefit.web.ApiHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Credentials, open endpoints, and problem details that name what is at fault. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:hirefit-flow;DB_CLOSE_DELAY=-1", "hirefit.api.keys=" + ApiHttp.KEY})
class ApiGuardsTest {

    @LocalServerPort
    int port;

    ApiHttp api;

    @BeforeEach
    void setUp() {
        api = new ApiHttp(port);
    }

    @Test
    void theApiNeedsAnApiKeyAndAnswersAProblemWithoutOne() {
        var response = api.withoutKey().get("/api/jobs");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(body(response).get("status").asInt()).isEqualTo(401);
        assertThat(new ApiHttp(port, "wrong-key").get("/api/jobs").statusCode()).isEqualTo(401);
        assertThat(api.withoutKey().get("/actuator/prometheus").statusCode()).isEqualTo(401);
    }

    @Test
    void httpBasicWithTheKeyAsPasswordIsAccepted() {
        String basic = "Basic " + Base64.getEncoder().encodeToString("recruiter:test-key".getBytes(StandardCharsets.UTF_8));
        var response = api.withoutKey().send("GET", "/api/rules", java.net.http.HttpRequest.BodyPublishers.noBody(), null,
                Map.of("Authorization", basic));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).get("ruleCount").asInt()).isGreaterThan(100);
    }

    @Test
    void healthInfoAndTheApiDocsAreOpen() {
        ApiHttp open = api.withoutKey();
        assertThat(body(open.get("/actuator/health")).get("status").asString()).isEqualTo("UP");
        assertThat(open.get("/actuator/info").statusCode()).isEqualTo(200);
        assertThat(ApiHttp.text(open.get("/v3/api-docs"))).contains("/api/screenings", "/api/jobs/{jobId}");
    }

    @Test
    void metricsAndPrometheusAnswerWithAKey() {
        assertThat(api.get("/actuator/metrics").statusCode()).isEqualTo(200);
        assertThat(ApiHttp.text(api.get("/actuator/prometheus"))).contains("jvm_memory_used_bytes");
    }

    @Test
    void anInvalidJobNamesEveryFieldAtFault() {
        var response = api.json("PUT", "/api/jobs/J-BAD", """
                {"jobTitle": "X", "aiPhase": 7, "workShape": ["NOPE"], "trainingData": "NONE", "dataMaturity": "MESSY",
                 "atsJobIds": {"workday": ["1"]}}""");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = body(response);
        assertThat(problem.get("errors").toString()).contains("aiPhase: must be 1, 2 or 3", "workShape: unknown value \\\"NOPE\\\"",
                "atsJobIds.workday: unknown source");
    }

    @Test
    void aBodyJobIdThatDiffersFromThePathIsRefused() {
        var response = api.json("PUT", "/api/jobs/J-PATH", """
                {"jobId": "J-BODY", "jobTitle": "X", "aiPhase": 2, "workShape": ["UNSTRUCTURED_TEXT"], "trainingData": "NONE",
                 "dataMaturity": "ADEQUATE"}""");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiHttp.text(response)).contains("differs from the path's job id");
    }

    @Test
    void anUploadWithoutAFileOrJobIsABadRequestNamingThePart() {
        var noJob = api.upload("/api/screenings", "c.csv", "Candidate ID\nA\n".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(noJob.statusCode()).isEqualTo(400);
        assertThat(ApiHttp.text(noJob)).contains("jobId: required");
        var unknownJob = api.upload("/api/screenings", "c.csv", "Candidate ID\nA\n".getBytes(StandardCharsets.UTF_8),
                Map.of("jobId", "NO-SUCH-JOB"));
        assertThat(unknownJob.statusCode()).isEqualTo(422);
        assertThat(ApiHttp.text(unknownJob)).contains("PUT /api/jobs/NO-SUCH-JOB");
    }

    @Test
    void anUnreadableUploadIsRefusedNamingTheFileAndTheScreeningIsRecordedAsFailed() {
        api.json("PUT", "/api/jobs/J-UNREADABLE", """
                {"jobTitle": "LLM Engineer", "aiPhase": 2, "workShape": ["UNSTRUCTURED_TEXT"], "trainingData": "NONE", "dataMaturity": "ADEQUATE"}""");
        var response = api.upload("/api/screenings", "random.xlsx", new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, Map.of("jobId", "J-UNREADABLE"));
        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = body(response);
        assertThat(problem.get("detail").asString()).contains("random.xlsx");
        String id = problem.get("screeningId").asString();
        JsonNode stored = body(api.get("/api/screenings/" + id));
        assertThat(stored.get("screening").get("status").asString()).isEqualTo("FAILED");
        assertThat(stored.get("results").isNull()).isTrue();
        assertThat(api.get("/api/screenings/" + id + "/results.xlsx").statusCode()).isEqualTo(409);
    }

    @Test
    void badRowsInAnUploadBecomeRowErrorsAndTheRestIsScreened() {
        api.json("PUT", "/api/jobs/J-ROWS", """
                {"jobTitle": "LLM Engineer", "aiPhase": 2, "workShape": ["UNSTRUCTURED_TEXT"], "trainingData": "NONE", "dataMaturity": "ADEQUATE"}""");
        String csv = "Candidate ID,Years Experience,Highlights\nA1,5,Built a RAG pipeline with evals\n,3,no id\nA3,ten,bad years\n";
        JsonNode results = body(api.upload("/api/screenings", "rows.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of("jobId", "J-ROWS")))
                .get("results");
        assertThat(results.get("candidates").size()).isEqualTo(1);
        assertThat(results.get("errors").toString()).contains("\"row\":3", "\"column\":\"Candidate ID\"", "\"row\":4", "Years Experience");
    }

    @Test
    void unknownThingsAreNotFoundProblems() {
        assertThat(api.get("/api/jobs/NOPE").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/screenings/NOPE").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/assessments/NOPE").statusCode()).isEqualTo(404);
        assertThat(body(api.get("/api/applications/greenhouse/NOPE")).get("detail").asString()).contains("greenhouse application NOPE");
    }

    @Test
    void anInvalidCandidateNamesTheField() {
        var response = api.json("POST", "/api/assessments", """
                {"job": {"jobId": "J", "jobTitle": "X", "aiPhase": 2, "workShape": ["UNSTRUCTURED_TEXT"], "trainingData": "NONE", "dataMaturity": "ADEQUATE"},
                 "candidate": {"candidateId": "C", "yearsExperience": "ten"}}""");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiHttp.text(response)).contains("candidate.Years Experience");
    }

    @Test
    void aWebhookWhoseSecretIsNotConfiguredDoesNotExist() {
        var response = api.withoutKey().json("POST", "/webhooks/greenhouse", "{\"action\":\"ping\",\"payload\":{}}");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(api.withoutKey().json("POST", "/webhooks/workday", "{}").statusCode()).isEqualTo(404);
    }
}
