package com.hirefit.web;

import static com.hirefit.web.ApiHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.ingest.ProtectedHeaders;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10's eight headers, and headers that only may be protected, over real HTTP. Each holds a sentence that would
 * make LLM-engineer evidence if it were read, so reading one shows in the verdict. In an upload (csv, xlsx, JSON)
 * they are dropped unread and listed, the uncertain ones with what they may reveal, in the answer and in the stored
 * screening; as Greenhouse custom fields they are never carried.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:hirefit-protected;DB_CLOSE_DELAY=-1", "hirefit.api.keys=" + ApiHttp.KEY,
        "hirefit.webhooks.greenhouse.secret=gh_protected_secret"})
class ProtectedAttributesHttpTest {

    private static final String JOB = "J-PROTECTED";
    private static final List<String> UNCERTAIN = List.of("Native Language", "Graduation Year");
    /** A value for each header, none of which may come back or count as evidence. */
    private static final Map<String, String> VALUES = new LinkedHashMap<>();

    static {
        List<String> headers = new java.util.ArrayList<>(ProtectedHeaders.ISSUE_10);
        headers.addAll(UNCERTAIN);
        for (int i = 0; i < headers.size(); i++) {
            VALUES.put(headers.get(i), "marker" + i + " shipped a RAG assistant with LLM-as-judge evals to 40k users");
        }
    }

    @LocalServerPort
    int port;

    ApiHttp api;

    @BeforeEach
    void setUp() {
        api = new ApiHttp(port);
        api.json("PUT", "/api/jobs/" + JOB, """
                {"jobTitle": "LLM Engineer", "aiPhase": 2, "workShape": ["UNSTRUCTURED_TEXT"], "trainingData": "NONE",
                 "dataMaturity": "ADEQUATE", "atsJobIds": {"greenhouse": ["777"]}}""");
    }

    @Test
    void csv() {
        String csv = "Candidate ID,Name," + String.join(",", VALUES.keySet()) + "\n"
                + "C-1,Ada," + String.join(",", VALUES.values()) + "\n";
        droppedAndSaidSo(upload("eight.csv", csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void xlsx() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Row header = workbook.createSheet("C").createRow(0);
            Row row = workbook.getSheet("C").createRow(1);
            List<String> headers = new java.util.ArrayList<>(List.of("Candidate ID", "Name"));
            headers.addAll(VALUES.keySet());
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
                row.createCell(i).setCellValue(i == 0 ? "C-1" : i == 1 ? "Ada" : VALUES.get(headers.get(i)));
            }
            workbook.write(bytes);
        }
        droppedAndSaidSo(upload("eight.xlsx", bytes.toByteArray()));
    }

    @Test
    void json() {
        Map<String, String> candidate = new LinkedHashMap<>(Map.of("Candidate ID", "C-1"));
        candidate.putAll(VALUES);
        droppedAndSaidSo(upload("eight.json", ApiHttp.JSON.writeValueAsBytes(List.of(candidate))));
    }

    @Test
    void greenhouseCustomFieldsAreNeverCarried() throws Exception {
        Map<String, Object> custom = new LinkedHashMap<>();
        VALUES.forEach((header, value) -> custom.put("cf_" + custom.size(), Map.of("name", header, "type", "short_text",
                "value", value)));
        String body = ApiHttp.JSON.writeValueAsString(Map.of("action", "new_candidate_application", "payload", Map.of(
                "application", Map.of("id", 4242, "jobs", List.of(Map.of("id", 777)),
                        "candidate", Map.of("id", 99, "first_name", "Ada", "custom_fields", custom)))));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("gh_protected_secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));

        var response = api.withoutKey().send("POST", "/webhooks/greenhouse", HttpRequest.BodyPublishers.ofString(body),
                "application/json", Map.of("Signature", "sha256 " + signature, "Greenhouse-Event-ID", "ev-protected"));

        assertThat(response.statusCode()).as(ApiHttp.text(response)).isEqualTo(200);
        assertThat(body(response).get("status").asString()).isEqualTo("SCREENED");
        JsonNode stored = body(api.get("/api/applications/greenhouse/4242"));
        assertThat(stored.toString()).doesNotContain(VALUES.values());
        readNothing(stored.get("latestAssessment").get("assessment"));
    }

    /** Nothing of the values counted as evidence: no role has a point, no green flag. */
    private static void readNothing(JsonNode assessment) {
        assertThat(assessment.get("roleScores").valueStream().mapToInt(JsonNode::asInt).sum()).as(assessment.toString())
                .isZero();
        assertThat(assessment.get("greenFlags").isEmpty()).isTrue();
    }

    private JsonNode upload(String name, byte[] file) {
        var response = api.upload("/api/screenings", name, file, Map.of("jobId", JOB));
        assertThat(response.statusCode()).as(ApiHttp.text(response)).isEqualTo(201);
        assertThat(ApiHttp.text(response)).doesNotContain(VALUES.values());
        readNothing(body(response).get("results").get("candidates").get(0));
        return body(response);
    }

    /** In the answer, the stored screening and every download: all ten listed as dropped, two as uncertain. */
    private void droppedAndSaidSo(JsonNode answer) {
        String id = answer.get("screening").get("screeningId").asString();
        JsonNode stored = body(api.get("/api/screenings/" + id));
        for (JsonNode node : List.of(answer.get("screening"), answer.get("results"), stored.get("screening"), stored.get("results"))) {
            assertThat(node.get("droppedColumns").valueStream().map(JsonNode::asString).toList())
                    .containsExactlyElementsOf(VALUES.keySet());
            assertThat(node.get("uncertainColumns").toString()).isEqualTo(
                    "[{\"column\":\"Native Language\",\"mayReveal\":\"nationality, citizenship or national origin\"},"
                            + "{\"column\":\"Graduation Year\",\"mayReveal\":\"age or date of birth\"}]");
        }
        for (String download : List.of("", "/results.csv", "/results.xlsx")) {
            assertThat(ApiHttp.text(api.get("/api/screenings/" + id + download))).doesNotContain(VALUES.values());
        }
    }
}
