package com.hirefit.web;

import static com.hirefit.web.ApiHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Requests that used to get a 500 or Tomcat's HTML page: each now answers a 4xx RFC 9457 problem detail naming the
 * field at fault, and nothing of the input reaches the log. Sent byte for byte, with the key.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:hirefit-flow;DB_CLOSE_DELAY=-1", "hirefit.api.keys=" + ApiHttp.KEY})
class ProblemAnswersTest {
    private static final String KEY = "X-API-Key: " + ApiHttp.KEY;
    private static final String JOB = """
            {"jobTitle": "LLM Engineer", "aiPhase": 2, "workShape": ["UNSTRUCTURED_TEXT"], "trainingData": "NONE", "dataMaturity": "ADEQUATE"}""";

    @LocalServerPort
    int port;

    RawHttp http;
    String marker;

    @BeforeEach
    void setUp() {
        http = new RawHttp(port);
        marker = "LEAK" + UUID.randomUUID().toString().replace("-", "");
        assertThat(http.send("PUT", "/api/jobs/J-PROBLEMS", JOB.getBytes(StandardCharsets.UTF_8), KEY, "Content-Type: application/json")
                .status()).isIn(200, 201);
    }

    /** A 4xx problem detail whose errors name the field; the marker is in neither the answer nor the log. */
    private JsonNode problem(RawHttp.Response response, int status, String field, CapturedOutput output) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = ApiHttp.JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("errors").toString()).contains(field);
        assertThat(response.body()).doesNotContain(marker);
        assertThat(output.getAll()).doesNotContain(marker);
        return problem;
    }

    /** A multipart upload: the candidates file under this file name (bytes as given), plus a job part or a jobId. */
    private RawHttp.Response upload(byte[] fileName, byte[] file, String jobPartName, byte[] jobPart) {
        String boundary = "b-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (jobPart == null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"jobId\"\r\n\r\nJ-PROBLEMS\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        } else {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"job\"; filename=\"" + jobPartName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(jobPart);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(fileName);
        body.writeBytes("\"\r\nContent-Type: text/csv\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send("POST", "/api/screenings", body.toByteArray(), KEY, "Content-Type: multipart/form-data; boundary=" + boundary);
    }

    private static byte[] csv() {
        return "Candidate ID,Highlights\nC-1,Built a RAG pipeline\n".getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aMalformedYamlJobPartIsABadRequestNamingThePartAndIsNotLogged(CapturedOutput output) {
        byte[] yaml = ("jobTitle: \"" + marker + "\nworkShape: [UNSTRUCTURED_TEXT\n  aiPhase: : 2\n").getBytes(StandardCharsets.UTF_8);
        JsonNode problem = problem(upload("c.csv".getBytes(StandardCharsets.UTF_8), csv(), "job.yaml", yaml), 400, "job: not valid YAML", output);
        assertThat(problem.get("errors").get(0).asString()).contains("line");
    }

    @Test
    void aNulInTheUploadsFileNameIsABadRequestNamingTheFile(CapturedOutput output) {
        // Tomcat's multipart parser refuses a NUL in the part's headers; other control characters reach the service.
        byte[] nul = ("c\u0000" + marker + ".csv").getBytes(StandardCharsets.UTF_8);
        problem(upload(nul, csv(), null, null), 400, "file: the multipart body or a part's headers", output);
        byte[] bell = ("c\u0007" + marker + ".csv").getBytes(StandardCharsets.UTF_8);
        problem(upload(bell, csv(), null, null), 400, "file: the file name holds a control character", output);
    }

    @Test
    void aHundredThousandCharacterJobTitleIsABadRequestNamingTheFieldAndLimit(CapturedOutput output) {
        String title = marker + "t".repeat(100_000);
        String job = JOB.replace("LLM Engineer", title);
        problem(http.send("PUT", "/api/jobs/J-LONG-TITLE", job.getBytes(StandardCharsets.UTF_8), KEY, "Content-Type: application/json"),
                400, "jobTitle: longer than 500 characters", output);
        byte[] yaml = ("jobId: J-YAML\njobTitle: " + title + "\naiPhase: 2\nworkShape: [UNSTRUCTURED_TEXT]\ntrainingData: NONE\n"
                + "dataMaturity: ADEQUATE\n").getBytes(StandardCharsets.UTF_8);
        problem(upload("c.csv".getBytes(StandardCharsets.UTF_8), csv(), "job.yaml", yaml), 400, "jobTitle: longer than 500 characters", output);
    }

    @Test
    void aFiveThousandCharacterFileNameOnASmallUploadIsABadRequestNamingTheFile(CapturedOutput output) {
        byte[] name = (marker + "n".repeat(5_000) + ".csv").getBytes(StandardCharsets.UTF_8);
        problem(upload(name, csv(), null, null), 400, "file: the part's headers, with its file name, are longer than 2048 bytes", output);
        byte[] shorter = (marker + "n".repeat(300) + ".csv").getBytes(StandardCharsets.UTF_8);
        problem(upload(shorter, csv(), null, null), 400, "file: the file name is longer than 255 characters", output);
        byte[] longest = ("n".repeat(251) + ".csv").getBytes(StandardCharsets.UTF_8);
        assertThat(upload(longest, csv(), null, null).status()).isEqualTo(201);
    }

    @Test
    void getErrorIsANotFoundProblem() {
        for (String key : new String[] {KEY, "X-Nothing: 1"}) {
            RawHttp.Response response = http.send("GET", "/error", key);
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aTenThousandCharacterPathIdIsABadRequestNamingTheRequestLine(CapturedOutput output) {
        String id = marker + "i".repeat(10_000);
        for (String method : new String[] {"GET", "DELETE"}) {
            problem(http.send(method, "/api/jobs/" + id, KEY), 400, "request line: the method and path are longer than 8 KB", output);
            problem(http.send(method, "/api/candidates/" + id, KEY), 400, "request line", output);
        }
        // Shorter ids reach the service, which names the path variable and its limit.
        String shorter = marker + "i".repeat(5_000);
        problem(http.send("GET", "/api/jobs/" + shorter, KEY), 400, "jobId: at most 200 characters", output);
        problem(http.send("DELETE", "/api/candidates/" + shorter, KEY), 400, "candidateId: at most 200 characters", output);
        problem(http.send("GET", "/api/screenings/" + shorter, KEY), 400, "id: at most 36 characters", output);
        problem(http.send("GET", "/api/applications/greenhouse/" + shorter, KEY), 400, "id: at most 200 characters", output);
    }
}
