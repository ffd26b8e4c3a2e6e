package com.hirefit.web;

import static com.hirefit.web.ApiHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Values longer than the store keeps, over real HTTP: every row still ends as a result or a row error naming the
 * column and the limit, the screening completes, webhooks answer 200 REJECTED or 400, a job field too long is a 400
 * naming the field; and the value appears in no answer, log line, stored failure or database file. Every long value
 * starts with a marker, since a database error quotes the start of the value it could not store. Run on H2 (in files,
 * so its trace file can be searched) and on PostgreSQL by the subclasses.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class LongFieldsTest {
    static final String SECRET = "gh_long_fields_secret";
    static final String PROPERTIES = "hirefit.api.keys=" + ApiHttp.KEY;

    @LocalServerPort
    int port;

    ApiHttp api;
    String marker;
    String jobId;

    /** The database's own files (H2's data and trace files); none for a server database. */
    abstract List<Path> databaseFiles() throws Exception;

    @BeforeEach
    void setUp() {
        api = new ApiHttp(port);
        marker = "LEAK" + UUID.randomUUID().toString().replace("-", "");
        jobId = "J-" + UUID.randomUUID();
        var created = api.json("PUT", "/api/jobs/" + jobId, """
                {"jobTitle": "LLM Engineer", "aiPhase": 2, "workShape": ["UNSTRUCTURED_TEXT"], "trainingData": "NONE",
                 "dataMaturity": "ADEQUATE", "atsJobIds": {"greenhouse": ["%s"]}}""".formatted(jobId));
        assertThat(created.statusCode()).as(ApiHttp.text(created)).isEqualTo(201);
    }

    /** A value of exactly {@code length} characters that starts with the marker. */
    private String longValue(int length) {
        return marker + "x".repeat(length - marker.length());
    }

    private void nowhere(CapturedOutput output, String... answers) throws Exception {
        for (String answer : answers) {
            assertThat(answer).doesNotContain(marker);
        }
        assertThat(output.getAll()).as("log output").doesNotContain(marker);
        assertThat(ApiHttp.text(api.get("/api/screenings?page=0&size=200"))).as("stored screenings and failures").doesNotContain(marker);
        for (Path file : databaseFiles()) {
            assertThat(new String(java.nio.file.Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                    .doesNotContain(marker);
        }
    }

    @Test
    void overLongIdNameAndEmailAreRowErrorsNamingColumnAndLimitAndTheScreeningCompletes(CapturedOutput output) throws Exception {
        String csv = "Candidate ID,Name,Email,Highlights\n"
                + "OK-1,Ada,ada@example.com,Shipped an LLM assistant with RAG and evals\n"
                + longValue(201) + ",Bob,bob@example.com,Built a RAG pipeline\n"
                + "OK-3," + longValue(1_001) + ",cy@example.com,Built a RAG pipeline\n"
                + "OK-4,Dee," + longValue(1_001) + ",Built a RAG pipeline\n"
                + "OK-5,Eve,eve@example.com,Fine-tuned Llama models\n";
        var upload = api.upload("/api/screenings", "long.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of("jobId", jobId));
        assertThat(upload.statusCode()).as(ApiHttp.text(upload)).isEqualTo(201);
        JsonNode created = body(upload);
        assertThat(created.get("screening").get("status").asString()).isEqualTo("COMPLETED");
        assertThat(created.get("screening").get("screened").asInt()).isEqualTo(2);
        assertThat(created.get("screening").get("errors").asInt()).isEqualTo(3);
        JsonNode results = created.get("results");
        assertThat(results.get("candidates").valueStream().map(c -> c.get("candidateId").asString())).containsExactly("OK-1", "OK-5");
        List<String> errors = new ArrayList<>();
        results.get("errors").forEach(e -> errors.add(e.get("row").asInt() + " " + e.get("column").asString() + " " + e.get("message").asString()));
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).startsWith("3 Candidate ID Candidate ID: longer than 200 characters");
        assertThat(errors.get(1)).startsWith("4 Name Name: longer than 1000 characters");
        assertThat(errors.get(2)).startsWith("5 Email Email: longer than 1000 characters");
        String id = created.get("screening").get("screeningId").asString();
        nowhere(output, ApiHttp.text(upload), ApiHttp.text(api.get("/api/screenings/" + id)));
    }

    @Test
    void aHugeHeaderAndThousandsOfColumnsAreListedShortAndTheScreeningCompletes() {
        StringBuilder header = new StringBuilder("Candidate ID,").append("h".repeat(15_000));
        StringBuilder row = new StringBuilder("C-1,").append("v");
        for (int i = 1; i <= 2_000; i++) {
            header.append(",Extra ").append(i);
            row.append(",x");
        }
        String csv = header + "\n" + row + "\n";
        var upload = api.upload("/api/screenings", "wide.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of("jobId", jobId));
        assertThat(upload.statusCode()).as(ApiHttp.text(upload)).isEqualTo(201);
        JsonNode screening = body(upload).get("screening");
        assertThat(screening.get("status").asString()).isEqualTo("COMPLETED");
        JsonNode extra = screening.get("extraColumns");
        assertThat(extra.size()).isEqualTo(101);
        assertThat(extra.get(0).asString()).hasSize(200).startsWith("hhh").endsWith("\u2026");
        assertThat(extra.get(100).asString()).isEqualTo("(and 1901 more)");
    }

    @Test
    void aJobTitleAtsJobIdOrJobIdTooLongIsAProblemNamingTheFieldAndLimit(CapturedOutput output) throws Exception {
        var title = api.json("PUT", "/api/jobs/J-TITLE", """
                {"jobTitle": "%s", "aiPhase": 2, "workShape": ["UNSTRUCTURED_TEXT"], "trainingData": "NONE", "dataMaturity": "ADEQUATE"}"""
                .formatted(longValue(100_000)));
        assertThat(title.statusCode()).as(ApiHttp.text(title)).isEqualTo(400);
        assertThat(body(title).get("errors").toString()).contains("jobTitle: longer than 500 characters");
        var atsId = api.json("PUT", "/api/jobs/J-ATS", """
                {"jobTitle": "X", "aiPhase": 2, "workShape": ["UNSTRUCTURED_TEXT"], "trainingData": "NONE", "dataMaturity": "ADEQUATE",
                 "atsJobIds": {"greenhouse": ["%s"]}}""".formatted(longValue(201)));
        assertThat(atsId.statusCode()).as(ApiHttp.text(atsId)).isEqualTo(400);
        assertThat(body(atsId).get("errors").toString()).contains("atsJobIds.greenhouse: a job id is longer than 200 characters");
        var pathId = api.json("PUT", "/api/jobs/" + longValue(201), """
                {"jobTitle": "X", "aiPhase": 2, "workShape": ["UNSTRUCTURED_TEXT"], "trainingData": "NONE", "dataMaturity": "ADEQUATE"}""");
        assertThat(pathId.statusCode()).as(ApiHttp.text(pathId)).isEqualTo(400);
        assertThat(body(pathId).get("errors").toString()).contains("jobId: at most 200 characters");
        var bodyId = api.json("POST", "/api/assessments", """
                {"jobId": "%s", "candidate": {"candidateId": "C-1"}}""".formatted(longValue(5_000)));
        assertThat(bodyId.statusCode()).as(ApiHttp.text(bodyId)).isEqualTo(400);
        assertThat(body(bodyId).get("errors").toString()).contains("jobId: at most 200 characters");
        nowhere(output, ApiHttp.text(title), ApiHttp.text(atsId), ApiHttp.text(pathId), ApiHttp.text(bodyId));
    }

    @Test
    void webhookValuesTooLongToStoreAnswerRejectedOr400NeverA500(CapturedOutput output) throws Exception {
        String application = "app-" + UUID.randomUUID();
        var longCandidateId = greenhouse(application, jobId, longValue(200), "Nadia");
        assertThat(longCandidateId.statusCode()).as(ApiHttp.text(longCandidateId)).isEqualTo(200);
        assertThat(body(longCandidateId).get("status").asString()).isEqualTo("REJECTED");
        assertThat(body(longCandidateId).get("message").asString()).contains("Candidate ID: longer than 200 characters");
        var longName = greenhouse(application + "-2", jobId, "77", longValue(1_001));
        assertThat(body(longName).get("status").asString()).isEqualTo("REJECTED");
        assertThat(body(longName).get("message").asString()).contains("Name: longer than 1000 characters");
        var longApplication = greenhouse(longValue(201), jobId, "78", "Nadia");
        assertThat(longApplication.statusCode()).as(ApiHttp.text(longApplication)).isEqualTo(400);
        assertThat(body(longApplication).get("detail").asString()).contains("applicationId: longer than 200 characters");
        var longJob = greenhouse("app-3", longValue(201), "79", "Nadia");
        assertThat(longJob.statusCode()).as(ApiHttp.text(longJob)).isEqualTo(400);
        assertThat(body(longJob).get("detail").asString()).contains("job ids: at most 50 of at most 200 characters each");
        assertThat(body(api.get("/api/applications/greenhouse/" + application)).get("status").asString()).isEqualTo("REJECTED");
        nowhere(output, ApiHttp.text(longCandidateId), ApiHttp.text(longName), ApiHttp.text(longApplication), ApiHttp.text(longJob),
                ApiHttp.text(api.get("/api/applications/greenhouse/" + application)));
    }

    /** A signed Greenhouse application delivery (ids as strings, as Greenhouse may send them). */
    private HttpResponse<byte[]> greenhouse(String applicationId, String atsJobId, String candidateId, String firstName) throws Exception {
        String body = """
                {"action": "new_candidate_application", "payload": {"application": {"id": "%s", "jobs": [{"id": "%s"}],
                  "candidate": {"id": "%s", "first_name": "%s", "last_name": "Okafor", "title": "LLM Engineer",
                    "email_addresses": [{"value": "nadia@example.com"}]}}}}""".formatted(applicationId, atsJobId, candidateId, firstName);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "sha256 " + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        return api.withoutKey().send("POST", "/webhooks/greenhouse", HttpRequest.BodyPublishers.ofString(body), "application/json",
                Map.of("Signature", signature, "Greenhouse-Event-ID", UUID.randomUUID().toString()));
    }
}
