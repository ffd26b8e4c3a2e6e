package com.hirefit.web;

import static com.hirefit.web.ApiHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.webhook.Deliveries;
import com.hirefit.webhook.RawDelivery;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The race {@link ConcurrentTrafficTest} found, made certain: while another transaction holds a new application's
 * row uncommitted, an event for the same application blocks on that row's key and then fails on it. It must be
 * stored all the same, not answered as a duplicate. PostgreSQL only: there the waiting is visible in
 * pg_stat_activity, so the test knows when to commit (H2 makes the event wait at its update instead, a case that
 * goes right without a retry).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"hirefit.api.keys=" + ApiHttp.KEY,
        "hirefit.webhooks.greenhouse.secret=" + ConcurrentTrafficTest.SECRET})
class ApplicationRaceOnPostgresTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    TransactionTemplate transaction;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.datasource(registry);
    }

    private int waitingOnTheApplicationKey() {
        return db.sql("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
                + " AND query LIKE 'INSERT INTO application %'").query(Integer.class).single();
    }

    @Test
    void anEventThatLosesTheRaceForANewApplicationsRowIsStoredNotCalledADuplicate() throws Exception {
        ApiHttp api = new ApiHttp(port);
        long atsJob = Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000L);
        String applicationId = Long.toString(1_000L * Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000_000L));
        assertThat(api.json("PUT", "/api/jobs/JOB-RACE-" + atsJob, """
                {"jobTitle": "LLM Engineer", "aiPhase": 2, "workShape": ["UNSTRUCTURED_TEXT"], "trainingData": "NONE",
                 "dataMaturity": "ADEQUATE", "atsJobIds": {"greenhouse": ["%d"]}}""".formatted(atsJob)).statusCode()).isEqualTo(201);
        RawDelivery event = Deliveries.greenhouse(ConcurrentTrafficTest.SECRET,
                ConcurrentTrafficTest.greenhouse("new_candidate_application", applicationId, atsJob, "\"RAG\""),
                "Greenhouse-Event-ID", "race-" + applicationId);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        Future<HttpResponse<byte[]>> delivered = transaction.execute(status -> {
            db.sql("INSERT INTO application (source, application_id, ats_job_ids, status, assessment_count, updated_at)"
                    + " VALUES ('greenhouse', ?, '[]', 'UNMAPPED_JOB', 0, ?)").params(applicationId, OffsetDateTime.now(ZoneOffset.UTC))
                    .update();
            Future<HttpResponse<byte[]>> sent = threads.submit(() -> api.send("POST", "/webhooks/greenhouse",
                    HttpRequest.BodyPublishers.ofByteArray(event.body()), "application/json", event.headers()));
            try {
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
                while (threads.submit(this::waitingOnTheApplicationKey).get() == 0) {
                    assertThat(sent).as("the event waits for the uncommitted row").isNotDone();
                    assertThat(System.nanoTime()).as("waited a minute for the event to reach the application row").isLessThan(deadline);
                    Thread.sleep(20);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return sent;
        });
        HttpResponse<byte[]> response = delivered.get(1, TimeUnit.MINUTES);
        threads.shutdown();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).get("status").asString()).as(ApiHttp.text(response)).isEqualTo("SCREENED");
        assertThat(body(api.get("/api/applications/greenhouse/" + applicationId)).get("assessmentCount").asInt()).isEqualTo(1);
    }
}
