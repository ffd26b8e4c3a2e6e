package com.hirefit.web;

import static com.hirefit.web.ApiHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.bench.CandidateGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The service as a separate process (the test classpath and the jar's main class) on a file H2 database: killed
 * with SIGKILL in the middle of a large screening, then started again on the same database. Heartbeats are fast
 * here (250 ms, stale after 2 s) so the restarted service reports the orphan soon. H2 writes commits to its file
 * every half second by default (WRITE_DELAY), so a kill loses the last moments; here every commit is written at
 * once, so what the test saw before the kill is what the restarted service finds.
 */
class KilledServiceTest {
    private static final String JOB = "J-KILL";
    private static final int ROWS = 20_000;

    @TempDir
    Path dir;

    @RegisterExtension
    final ServiceProcesses services = new ServiceProcesses();

    private ServiceProcess start(String name) throws Exception {
        String database = "jdbc:h2:file:" + dir.resolve("db/hirefit").toAbsolutePath() + ";WRITE_DELAY=0";
        return services.start(dir, name, List.of("--spring.datasource.url=" + database,
                "--hirefit.screenings.heartbeat=250ms", "--hirefit.screenings.stale-after=2s"));
    }

    private static JsonNode screening(ServiceProcess service, String id) {
        return body(service.api().get("/api/screenings/" + id)).get("screening");
    }

    private static HttpResponse<byte[]> upload(ServiceProcess service, Path file) throws IOException {
        return service.api().upload("/api/screenings", file.getFileName().toString(), Files.readAllBytes(file), Map.of("jobId", JOB));
    }

    @Test
    void aScreeningCutShortBySigkillIsReportedFailedAfterARestartAndItsPartialResultsAreNeverServed() throws Exception {
        Path large = dir.resolve("large.csv");
        CandidateGenerator.write(large, ROWS, 11);
        ServiceProcess first = start("first");
        assertThat(first.api().json("PUT", "/api/jobs/" + JOB, """
                {"jobTitle": "LLM Engineer", "aiPhase": 2, "workShape": ["UNSTRUCTURED_TEXT"], "trainingData": "NONE",
                 "dataMaturity": "ADEQUATE"}""").statusCode()).isEqualTo(201);

        CompletableFuture<HttpResponse<byte[]>> cutShort = CompletableFuture.supplyAsync(() -> {
            try {
                return upload(first, large);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        String[] id = new String[1];
        first.await("the screening to run and report progress", Duration.ofMinutes(2), () -> {
            JsonNode items = body(first.api().get("/api/screenings?page=0&size=1")).get("items");
            if (items.isEmpty() || items.get(0).get("screened").asInt() < 100) {
                return false;
            }
            id[0] = items.get(0).get("screeningId").asString();
            return true;
        });
        JsonNode running = body(first.api().get("/api/screenings/" + id[0]));
        assertThat(running.get("screening").get("status").asString()).isEqualTo("RUNNING");
        assertThat(running.get("results").isNull()).isTrue();
        assertThat(first.api().get("/api/screenings/" + id[0] + "/results.csv").statusCode()).isEqualTo(409);

        first.kill();
        assertThat(cutShort).failsWithin(Duration.ofSeconds(30));

        ServiceProcess second = start("second");
        second.await("the orphaned screening to be reported", Duration.ofMinutes(1),
                () -> !screening(second, id[0]).get("status").asString().equals("RUNNING"));
        JsonNode failed = body(second.api().get("/api/screenings/" + id[0]));
        assertThat(failed.get("screening").get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("screening").get("failure").asString())
                .isEqualTo("interrupted: the service stopped before the screening finished; upload the file again");
        assertThat(failed.get("screening").get("screened").asInt()).as("the rows done before the kill").isBetween(100, ROWS - 1);
        assertThat(failed.get("results").isNull()).isTrue();
        for (String download : List.of("results.csv", "results.xlsx")) {
            HttpResponse<byte[]> response = second.api().get("/api/screenings/" + id[0] + "/" + download);
            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(body(response).get("detail").asString()).contains("is FAILED, it has no results");
        }
        assertThat(body(second.api().get("/api/screenings?page=0&size=200")).get("items"))
                .allSatisfy(item -> assertThat(item.get("status").asString()).isEqualTo("FAILED"));

        Path small = dir.resolve("small.csv");
        CandidateGenerator.write(small, 40, 12);
        HttpResponse<byte[]> again = upload(second, small);
        assertThat(again.statusCode()).as(ApiHttp.text(again)).isEqualTo(201);
        JsonNode completed = body(again).get("screening");
        assertThat(completed.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.get("screened").asInt() + completed.get("errors").asInt()).isEqualTo(40);
        HttpResponse<byte[]> csv = second.api().get("/api/screenings/" + completed.get("screeningId").asString() + "/results.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(ApiHttp.text(csv)).contains("HF-");
    }
}
