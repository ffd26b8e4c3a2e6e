package com.hirefit.web;

import static com.hirefit.web.ApiHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The service's persistence flows over real HTTP: jobs, uploads, results, single assessments and erasure.
 * Run once on H2 and once on PostgreSQL by the subclasses.
 */
abstract class ServiceFlowTest {

    @LocalServerPort
    int port;

    ApiHttp api;
    String jobId;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiHttp(port);
        jobId = "JOB-" + UUID.randomUUID();
        var created = api.json("PUT", "/api/jobs/" + jobId, jobBody(jobId, "gh-" + jobId));
        assertThat(created.statusCode()).as(ApiHttp.text(created)).isEqualTo(201);
    }

    static String jobBody(String jobId, String greenhouseJobId) {
        return """
                {"jobId": "%s", "jobTitle": "Senior LLM Engineer", "aiPhase": 2, "workShape": ["UNSTRUCTURED_TEXT"],
                 "trainingData": "NONE", "dataMaturity": "ADEQUATE", "market": "US", "salaryBudgetMax": 260000,
                 "targetSeniority": "SENIOR", "atsJobIds": {"greenhouse": ["%s"], "standard": ["%s"]}}
                """.formatted(jobId, greenhouseJobId, greenhouseJobId);
    }

    @Test
    void aJobIsStoredWithItsAtsIdsAndReplacedByASecondPut() {
        JsonNode job = body(api.get("/api/jobs/" + jobId));
        assertThat(job.get("job").get("jobTitle").asString()).isEqualTo("Senior LLM Engineer");
        assertThat(job.get("atsJobIds").get("greenhouse").get(0).asString()).isEqualTo("gh-" + jobId);
        assertThat(api.json("PUT", "/api/jobs/" + jobId, jobBody(jobId, "gh2-" + jobId)).statusCode()).isEqualTo(200);
        assertThat(body(api.get("/api/jobs/" + jobId)).get("atsJobIds").get("greenhouse").get(0).asString()).isEqualTo("gh2-" + jobId);
        assertThat(body(api.get("/api/jobs"))).anySatisfy(j -> assertThat(j.get("job").get("jobId").asString()).isEqualTo(jobId));
    }

    @Test
    void anAtsJobIdCanStandForOnlyOneJob() {
        String other = "JOB-" + UUID.randomUUID();
        var conflict = api.json("PUT", "/api/jobs/" + other, jobBody(other, "gh-" + jobId));
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(ApiHttp.text(conflict)).contains("already maps to job " + jobId);
    }

    @Test
    void anUploadIsScreenedStoredAndServedAgainAsJsonAndAsAWorkbook() throws Exception {
        var upload = api.upload("/api/screenings", "candidates.xlsx", Files.readAllBytes(Path.of("samples/candidates.xlsx")),
                Map.of("jobId", jobId));
        assertThat(upload.statusCode()).as(ApiHttp.text(upload)).isEqualTo(201);
        JsonNode created = body(upload);
        String id = created.get("screening").get("screeningId").asString();
        assertThat(upload.headers().firstValue("Location")).contains("/api/screenings/" + id);
        assertThat(created.get("screening").get("status").asString()).isEqualTo("COMPLETED");
        assertThat(created.get("screening").get("inputHash").asString()).hasSize(64);
        assertThat(created.get("screening").get("droppedColumns").get(0).asString()).isEqualTo("EEO Gender (self-identified)");
        JsonNode results = created.get("results");
        assertThat(results.get("candidates").size() + results.get("errors").size()).isEqualTo(27);
        assertThat(results.get("candidates").get(0).get("name").asString()).isEqualTo("Nadia Okafor");
        assertThat(results.get("candidates").get(0).get("firedRules").size()).isGreaterThan(5);

        JsonNode again = body(api.get("/api/screenings/" + id));
        assertThat(again.get("results")).isEqualTo(results);
        assertThat(ApiHttp.text(api.get("/api/screenings/" + id))).doesNotContain("Decline to state");

        var workbook = api.get("/api/screenings/" + id + "/results.xlsx");
        assertThat(workbook.statusCode()).isEqualTo(200);
        int conclusionRows;
        try (var book = new XSSFWorkbook(new java.io.ByteArrayInputStream(workbook.body()))) {
            assertThat(book.getSheet("Results").getLastRowNum()).isEqualTo(25);
            assertThat(book.getSheet("Errors").getRow(1).getCell(0).getNumericCellValue()).isEqualTo(13);
            assertThat(book.getSheet("Explanations").getRow(0).getCell(2).getStringCellValue()).isEqualTo("Conclusion");
            conclusionRows = book.getSheet("Explanations").getLastRowNum();
        }
        var fullTrace = api.get("/api/screenings/" + id + "/results.xlsx?trace=full");
        assertThat(fullTrace.statusCode()).isEqualTo(200);
        try (var book = new XSSFWorkbook(new java.io.ByteArrayInputStream(fullTrace.body()))) {
            assertThat(book.getSheet("Explanations").getRow(0).getCell(2).getStringCellValue()).isEqualTo("Rule");
            int fired = results.get("job").get("firedRules").size();
            for (JsonNode candidate : results.get("candidates")) {
                fired += candidate.get("firedRules").size();
            }
            assertThat(book.getSheet("Explanations").getLastRowNum()).isEqualTo(fired).isGreaterThan(conclusionRows);
        }
        assertThat(api.get("/api/screenings/" + id + "/results.xlsx?trace=everything").statusCode()).isEqualTo(400);
        assertThat(body(api.get("/api/screenings?page=0&size=200")).get("items"))
                .anySatisfy(item -> assertThat(item.get("screeningId").asString()).isEqualTo(id));
    }

    @Test
    void oneCandidateIsAssessedStoredAndTheirNameErasedOnRequestWhileTheDecisionStays() {
        String candidateId = "API-" + UUID.randomUUID();
        var created = api.json("POST", "/api/assessments", """
                {"jobId": "%s", "candidate": {"candidateId": "%s", "name": "Ada Test", "email": "ada@example.com",
                 "yearsExperience": 7, "yearsLlmExperience": 4,
                 "highlights": "Shipped an LLM contract assistant to 400 lawyers: RAG pipeline with hybrid search, LLM-as-judge evals, guardrails for PII and a FastAPI backend."}}
                """.formatted(jobId, candidateId));
        assertThat(created.statusCode()).as(ApiHttp.text(created)).isEqualTo(201);
        JsonNode assessment = body(created);
        String id = assessment.get("assessmentId").asString();
        assertThat(assessment.get("verdict").asString()).isEqualTo("STRONG_FIT");
        assertThat(assessment.get("recommendedRole").asString()).isEqualTo("LLM_ENGINEER");
        assertThat(assessment.get("source").asString()).isEqualTo("api");
        assertThat(assessment.get("rulesVersion").asString()).isNotBlank();
        assertThat(assessment.get("assessment").get("firedRules").size()).isGreaterThan(5);

        assertThat(body(api.get("/api/assessments/" + id)).get("name").asString()).isEqualTo("Ada Test");
        assertThat(resumesOf(candidateId)).as("the resume facts are kept with the person").isEqualTo(1);
        var erased = api.delete("/api/candidates/" + candidateId);
        assertThat(body(erased).get("erasedRecords").asInt()).isEqualTo(1);
        JsonNode after = body(api.get("/api/assessments/" + id));
        assertThat(after.get("name").isNull()).isTrue();
        assertThat(after.get("verdict").asString()).isEqualTo("STRONG_FIT");
        assertThat(ApiHttp.text(api.get("/api/assessments/" + id))).doesNotContain("ada@example.com", "Ada Test");
        assertThat(api.delete("/api/candidates/" + candidateId).statusCode()).isEqualTo(404);
        assertThat(resumesOf(candidateId)).as("the resume facts are erased with the person").isZero();
    }

    @Autowired
    JdbcClient db;

    private long resumesOf(String candidateId) {
        return db.sql("SELECT COUNT(*) FROM person_resume WHERE facts LIKE ?").param("%" + candidateId + "%").query(Long.class).single();
    }

    @Test
    void aJsonResumeCanBeAssessedWithAnInlineJob() {
        var created = api.json("POST", "/api/assessments", """
                {"job": {"jobId": "INLINE", "jobTitle": "ML Engineer", "aiPhase": 2, "workShape": ["PREDICTION_RANKING"],
                         "trainingData": "PROPRIETARY", "dataMaturity": "MATURE"},
                 "candidate": {"meta": {"id": "JR-%s"}, "basics": {"name": "Ren Ito", "label": "ML Engineer",
                   "summary": "Shipped XGBoost fraud models serving 2M predictions a day with drift monitoring and a FastAPI service."}}}
                """.formatted(UUID.randomUUID()));
        assertThat(created.statusCode()).as(ApiHttp.text(created)).isEqualTo(201);
        assertThat(body(created).get("recommendedRole").asString()).isEqualTo("ML_ENGINEER");
    }
}
