package com.hirefit.web;

import static com.hirefit.web.ApiHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.bench.CandidateGenerator;
import com.hirefit.webhook.Deliveries;
import com.hirefit.webhook.RawDelivery;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Everything at once over real HTTP: 20 uploads (csv and xlsx, known row counts, a few bad rows), bursts of signed
 * Greenhouse deliveries with redeliveries (same event id, and a new event id for the same content) and changed
 * applications, and rule reloads through the watched folder and the reload endpoint. Afterwards every request has an
 * answer, every row is one assessment or one row error, every application was assessed once per distinct content, and
 * every assessment names a rules version that was installed. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class ConcurrentTrafficTest {
    static final Path RULES = RulesCopy.inTempFolder();
    static final String SECRET = "gh_concurrency_secret";
    private static final int UPLOADS = 20;
    private static final int APPLICATIONS = 40;
    private static final int CHANGED_APPLICATIONS = APPLICATIONS / 2;
    private static final int RELOADS = 6;
    /** Applications whose bursts are sent side by side; each burst's deliveries go out together. */
    private static final int LANES = 4;
    private static final int MAX_BURST = 5;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @DynamicPropertySource
    static void rulesFolder(DynamicPropertyRegistry registry) {
        registry.add("hirefit.rules-dir", RULES::toString);
    }

    /** One request's outcome: what was sent, and its status or the exception in place of an answer. */
    private record Answer(String request, int status, JsonNode body, String exception) {
    }

    /** An upload and the number of data rows in its file. */
    private record Upload(String name, byte[] file, int rows) {
    }

    /** A signed delivery and the application it is about. */
    private record Delivery(String applicationId, RawDelivery raw) {
    }

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    /** Greenhouse ids are numbers; this run's applications are numbered from here, apart from other runs' on the same database. */
    private final long applicationBase = 1_000L * Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000_000L);
    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();

    @Test
    void uploadsWebhookBurstsAndRuleReloadsAtOnceLoseNothingAndDuplicateNothing() throws Exception {
        ApiHttp api = new ApiHttp(port);
        String jobId = "JOB-BURST-" + run;
        long atsJob = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        assertThat(api.json("PUT", "/api/jobs/" + jobId, """
                {"jobTitle": "Senior LLM Engineer", "aiPhase": 2, "workShape": ["UNSTRUCTURED_TEXT"], "trainingData": "NONE",
                 "dataMaturity": "ADEQUATE", "atsJobIds": {"greenhouse": ["%d"]}}""".formatted(atsJob)).statusCode()).isEqualTo(201);
        List<Upload> uploads = uploads();
        List<List<Delivery>> deliveries = deliveries(atsJob);
        Set<String> reloadVersions = Collections.synchronizedSet(new HashSet<>());
        reloadVersions.add(body(api.get("/api/rules")).get("version").asString());

        ExecutorService clients = Executors.newFixedThreadPool(UPLOADS + LANES + 1);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        for (Upload upload : uploads) {
            work.add(clients.submit(() -> {
                go.await();
                return call("upload " + upload.name(), () -> api.upload("/api/screenings", upload.name(), upload.file(),
                        Map.of("jobId", jobId)));
            }));
        }
        ExecutorService bursts = Executors.newFixedThreadPool(LANES * MAX_BURST);
        for (int lane = 0; lane < LANES; lane++) {
            int first = lane;
            work.add(clients.submit(() -> {
                go.await();
                for (int a = first; a < APPLICATIONS; a += LANES) {
                    burst(api, deliveries.get(a), bursts);
                }
                return null;
            }));
        }
        work.add(clients.submit(() -> {
            go.await();
            reload(api, reloadVersions);
            return null;
        }));
        go.countDown();
        for (Future<?> each : work) {
            each.get(5, TimeUnit.MINUTES);
        }
        clients.shutdown();
        bursts.shutdown();

        assertThat(answers).hasSize(UPLOADS + deliveries.stream().mapToInt(List::size).sum() + RELOADS);
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.exception()).as(answer.request()).isNull();
            assertThat(answer.status()).as(answer.request() + ": " + answer.body()).isLessThan(500);
        });
        Set<String> installed = new HashSet<>();
        body(api.get("/api/rules/history")).forEach(entry -> installed.add(entry.get("version").asString()));
        assertThat(installed).containsAll(reloadVersions);
        assertThat(reloadVersions).as("the first rules and each change").hasSize(RELOADS + 1);

        everyRowIsOneAssessmentOrOneError(uploads, installed);
        everyApplicationIsAssessedOncePerContent(api, installed);
    }

    /** Half csv, half xlsx, 10 to 29 generated candidates each; each csv also gets two rows that must be row errors. */
    private List<Upload> uploads() throws Exception {
        List<Upload> uploads = new ArrayList<>();
        for (int i = 0; i < UPLOADS; i++) {
            int rows = 10 + i;
            CandidateGenerator generator = new CandidateGenerator(1000L + i);
            if (i % 2 == 0) {
                StringWriter csv = new StringWriter();
                generator.writeCsv(csv, rows);
                csv.write("BAD-" + i + ",Bad Years,,,lots of,,,,,,,,,,\r\n,No Id,,,3,,,,,,,,,,\r\n");
                uploads.add(new Upload("burst-" + i + ".csv", csv.toString().getBytes(StandardCharsets.UTF_8), rows + 2));
            } else {
                ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
                generator.writeXlsx(xlsx, rows);
                uploads.add(new Upload("burst-" + i + ".xlsx", xlsx.toByteArray(), rows));
            }
        }
        return uploads;
    }

    private String applicationId(int a) {
        return Long.toString(applicationBase + a);
    }

    static String greenhouse(String action, String applicationId, long atsJob, String tags) {
        return """
                {"action":"%s","payload":{"application":{"id":%s,"jobs":[{"id":%d}],
                "candidate":{"id":7%s,"first_name":"Burst","last_name":"Test %s","title":"LLM Engineer","tags":[%s],
                "custom_fields":{"years_experience":{"name":"Years","type":"number","value":6},
                "highlights":{"name":"Highlights","type":"long_text","value":"Shipped an LLM support assistant with a RAG pipeline, LLM-as-judge evals and guardrails."}}}}}}
                """.formatted(action, applicationId, atsJob, applicationId, applicationId, tags);
    }

    /**
     * Each application's burst: the delivery, the vendor's retry of it (same event id) and the same content under a
     * new event id; the first half also change (new tags) and that change is delivered twice.
     */
    private List<List<Delivery>> deliveries(long atsJob) {
        List<List<Delivery>> bursts = new ArrayList<>();
        for (int a = 0; a < APPLICATIONS; a++) {
            List<Delivery> burst = new ArrayList<>();
            String id = applicationId(a);
            String created = greenhouse("new_candidate_application", id, atsJob, "\"LangChain\",\"RAG\"");
            burst.add(new Delivery(id, Deliveries.greenhouse(SECRET, created, "Greenhouse-Event-ID", "ev-" + id)));
            burst.add(new Delivery(id, Deliveries.greenhouse(SECRET, created, "Greenhouse-Event-ID", "ev-" + id)));
            burst.add(new Delivery(id, Deliveries.greenhouse(SECRET, created, "Greenhouse-Event-ID", "ev-" + id + "-again")));
            if (a < CHANGED_APPLICATIONS) {
                String changed = greenhouse("application_updated", id, atsJob, "\"LangChain\",\"RAG\",\"vLLM\"");
                burst.add(new Delivery(id, Deliveries.greenhouse(SECRET, changed, "Greenhouse-Event-ID", "ev-" + id + "-changed")));
                burst.add(new Delivery(id, Deliveries.greenhouse(SECRET, changed, "Greenhouse-Event-ID", "ev-" + id + "-changed")));
            }
            bursts.add(burst);
        }
        return bursts;
    }

    /** Sends one application's deliveries at the same moment, one thread each, and waits for every answer. */
    private void burst(ApiHttp api, List<Delivery> burst, ExecutorService threads) throws Exception {
        CyclicBarrier together = new CyclicBarrier(burst.size());
        List<Future<Answer>> sent = new ArrayList<>();
        for (Delivery delivery : burst) {
            RawDelivery raw = delivery.raw();
            sent.add(threads.submit(() -> {
                together.await();
                return call("webhook " + delivery.applicationId(), () -> api.send("POST", "/webhooks/greenhouse",
                        HttpRequest.BodyPublishers.ofByteArray(raw.body()), "application/json", raw.headers()));
            }));
        }
        for (Future<Answer> each : sent) {
            each.get(2, TimeUnit.MINUTES);
        }
    }

    /** Changes a rule file several times: the watcher may pick a change up, the reload endpoint installs it in any case. */
    private void reload(ApiHttp api, Set<String> versions) throws Exception {
        Path notes = RULES.resolve("hiring-notes.drl");
        String original = Files.readString(notes);
        for (int k = 0; k < RELOADS; k++) {
            Files.writeString(notes, original + "\n// concurrency run " + run + ", change " + k + "\n");
            Thread.sleep(300);
            Answer answer = call("reload " + k, () -> api.json("POST", "/api/rules/reload", ""));
            if (answer.body() != null && answer.body().has("version")) {
                versions.add(answer.body().get("version").asString());
            }
        }
    }

    private Answer call(String request, Supplier<HttpResponse<byte[]>> send) {
        Answer answer;
        try {
            HttpResponse<byte[]> response = send.get();
            JsonNode json = response.body().length == 0 ? null : body(response);
            answer = new Answer(request, response.statusCode(), json, null);
        } catch (RuntimeException e) {
            answer = new Answer(request, -1, null, e.toString());
        }
        answers.add(answer);
        return answer;
    }

    private void everyRowIsOneAssessmentOrOneError(List<Upload> uploads, Set<String> installed) {
        for (Upload upload : uploads) {
            Answer answer = answers.stream().filter(a -> a.request().equals("upload " + upload.name())).findFirst().orElseThrow();
            assertThat(answer.status()).as(upload.name() + ": " + answer.body()).isEqualTo(201);
            JsonNode screening = answer.body().get("screening");
            String id = screening.get("screeningId").asString();
            Map<String, Object> stored = db.sql("SELECT status, screened, errors, rules_version FROM screening WHERE screening_id = ?")
                    .param(id).query().singleRow();
            assertThat(stored.get("status")).as(upload.name()).isEqualTo("COMPLETED");
            int screened = ((Number) stored.get("screened")).intValue();
            int errors = ((Number) stored.get("errors")).intValue();
            assertThat(screened + errors).as(upload.name()).isEqualTo(upload.rows());
            assertThat(screening.get("screened").asInt()).isEqualTo(screened);
            List<Integer> assessed = db.sql("SELECT row_no FROM assessment WHERE screening_id = ?").param(id).query(Integer.class).list();
            List<Integer> refused = db.sql("SELECT row_no FROM screening_error WHERE screening_id = ?").param(id).query(Integer.class).list();
            assertThat(assessed).as(upload.name()).hasSize(screened);
            assertThat(refused).as(upload.name()).hasSize(errors);
            List<Integer> rows = new ArrayList<>(assessed);
            rows.addAll(refused);
            assertThat(rows).as(upload.name() + ": each row once").doesNotHaveDuplicates().hasSize(upload.rows());
            if (upload.name().endsWith(".csv")) {
                assertThat(errors).as(upload.name()).isGreaterThanOrEqualTo(2);
            }
            assertThat(db.sql("SELECT DISTINCT rules_version FROM assessment WHERE screening_id = ?").param(id).query(String.class).list())
                    .as(upload.name() + ": one rule base for the whole file").containsExactly((String) stored.get("rules_version"));
            assertThat(installed).contains((String) stored.get("rules_version"));
        }
    }

    private void everyApplicationIsAssessedOncePerContent(ApiHttp api, Set<String> installed) {
        for (int a = 0; a < APPLICATIONS; a++) {
            String id = applicationId(a);
            int contents = a < CHANGED_APPLICATIONS ? 2 : 1;
            List<Answer> forApplication = answers.stream().filter(answer -> answer.request().equals("webhook " + id)).toList();
            assertThat(forApplication).as(id).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
            assertThat(forApplication.stream().map(answer -> answer.body().get("status").asString()).toList()).as(id)
                    .containsOnly("SCREENED", "DUPLICATE").filteredOn("SCREENED"::equals).hasSize(contents);
            assertThat(body(api.get("/api/applications/greenhouse/" + id)).get("assessmentCount").asInt()).as(id).isEqualTo(contents);
            String candidateId = "greenhouse-7" + id;
            List<String> versions = db.sql("SELECT rules_version FROM assessment WHERE candidate_id = ? AND source = 'webhook:greenhouse'")
                    .param(candidateId).query(String.class).list();
            assertThat(versions).as(id).hasSize(contents);
            assertThat(installed).as(id).containsAll(versions);
            assertThat(db.sql("SELECT COUNT(*) FROM person WHERE candidate_id = ?").param(candidateId).query(Integer.class).single())
                    .as(id + ": personal data only for stored assessments").isEqualTo(contents);
        }
    }
}
