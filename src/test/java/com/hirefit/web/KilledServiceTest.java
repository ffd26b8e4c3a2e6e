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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
    private static final Pattern LISTENING = Pattern.compile("Tomcat started on port (\\d+)");

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopServices() throws InterruptedException {
        for (Process process : started) {
            process.destroyForcibly().waitFor();
        }
    }

    /** A started service: its process, its HTTP client and its log. */
    private record Service(Process process, ApiHttp api, Path log) {
        String logText() {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String logTail() {
            String text = logText();
            return text.substring(Math.max(0, text.length() - 4000));
        }
    }

    private Service start(String name) throws Exception {
        Path log = dir.resolve(name + ".log");
        String database = "jdbc:h2:file:" + dir.resolve("db/hirefit").toAbsolutePath() + ";WRITE_DELAY=0";
        // C1 only: the service starts in about half the time, and the test needs only a few hundred rows screened.
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "com.hirefit.HireFit", "serve", "--server.port=0",
                "--logging.level.org.springframework.boot.tomcat=INFO", "--spring.datasource.url=" + database,
                "--hirefit.api.keys=" + ApiHttp.KEY, "--hirefit.rules.watch=false", "--hirefit.screenings.heartbeat=250ms",
                "--hirefit.screenings.stale-after=2s")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Service starting = new Service(builder.start(), null, log);
        started.add(starting.process());
        int[] port = new int[1];
        await(starting, "the service to listen", Duration.ofMinutes(3), () -> {
            Matcher listening = LISTENING.matcher(starting.logText());
            port[0] = listening.find() ? Integer.parseInt(listening.group(1)) : 0;
            return port[0] != 0;
        });
        return new Service(starting.process(), new ApiHttp(port[0]), log);
    }

    private static void await(Service service, String what, Duration timeout, Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.get()) {
            assertThat(service.process().isAlive()).as("the service died while waiting for " + what + ":\n" + service.logTail()).isTrue();
            assertThat(System.nanoTime()).as("waited " + timeout + " for " + what + ":\n" + service.logTail()).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static JsonNode screening(Service service, String id) {
        return body(service.api().get("/api/screenings/" + id)).get("screening");
    }

    private static HttpResponse<byte[]> upload(Service service, Path file) throws IOException {
        return service.api().upload("/api/screenings", file.getFileName().toString(), Files.readAllBytes(file), Map.of("jobId", JOB));
    }

    @Test
    void aScreeningCutShortBySigkillIsReportedFailedAfterARestartAndItsPartialResultsAreNeverServed() throws Exception {
        Path large = dir.resolve("large.csv");
        CandidateGenerator.write(large, ROWS, 11);
        Service first = start("first");
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
        await(first, "the screening to run and report progress", Duration.ofMinutes(2), () -> {
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

        first.process().destroyForcibly();
        assertThat(first.process().waitFor()).as("exit status 128 + 9: SIGKILL").isEqualTo(137);
        assertThat(cutShort).failsWithin(Duration.ofSeconds(30));

        Service second = start("second");
        await(second, "the orphaned screening to be reported", Duration.ofMinutes(1),
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
