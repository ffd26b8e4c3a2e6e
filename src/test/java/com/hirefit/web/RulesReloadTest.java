package com.hirefit.web;

import static com.hirefit.web.ApiHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Live reload against a running service, with the rules folder watched. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:hirefit-reload;DB_CLOSE_DELAY=-1", "hirefit.api.keys=" + ApiHttp.KEY,
        "hirefit.rules.debounce=200ms"})
class RulesReloadTest {
    static final Path RULES = RulesCopy.inTempFolder();

    @LocalServerPort
    int port;

    ApiHttp api;

    @DynamicPropertySource
    static void rulesFolder(DynamicPropertyRegistry registry) {
        registry.add("hirefit.rules-dir", RULES::toString);
    }

    @BeforeEach
    void setUp() {
        api = new ApiHttp(port);
    }

    private JsonNode rules() {
        return body(api.get("/api/rules"));
    }

    private String assess() {
        var response = api.json("POST", "/api/assessments", """
                {"job": {"jobId": "J", "jobTitle": "LLM Engineer", "aiPhase": 2, "workShape": ["UNSTRUCTURED_TEXT"],
                         "trainingData": "NONE", "dataMaturity": "ADEQUATE"},
                 "candidate": {"candidateId": "C", "highlights": "Built a RAG pipeline with LLM-as-judge evals."}}""");
        assertThat(response.statusCode()).as(ApiHttp.text(response)).isEqualTo(201);
        return body(response).get("rulesVersion").asString();
    }

    @Test
    void aBrokenFileIsRefusedWithFileAndLineWhileTheOldRulesAnswerAndAFixIsInstalled() throws Exception {
        String before = rules().get("version").asString();
        Path verdict = RULES.resolve("verdict.drl");
        String original = Files.readString(verdict);
        Files.writeString(verdict, original.replaceFirst("then\n", "thn\n"));
        Eventually.await("the broken change to be refused", () -> !rules().path("rejectedChange").isNull() && rules().has("rejectedChange"));
        JsonNode rejected = rules().get("rejectedChange");
        assertThat(rejected.get("problems").get(0).get("file").asString()).isEqualTo("verdict.drl");
        assertThat(rejected.get("problems").get(0).get("line").asInt()).isPositive();
        assertThat(rules().get("version").asString()).isEqualTo(before);
        assertThat(assess()).isEqualTo(before);

        Files.writeString(verdict, original + "\n// reviewed\n");
        Eventually.await("the fix to be installed", () -> !rules().get("version").asString().equals(before));
        String after = rules().get("version").asString();
        assertThat(rules().get("rejectedChange").isNull()).isTrue();
        assertThat(assess()).isEqualTo(after);
        assertThat(body(api.get("/api/rules/history"))).extracting(h -> h.get("version").asString()).contains(before, after);
        assertThat(body(api.get("/api/rules/history")).get(0).get("files").get("verdict.drl").asString()).hasSize(64);
    }

    @Test
    void requestsRunningDuringSwapsAllCompleteOnAnInstalledVersion() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(3);
        AtomicBoolean running = new AtomicBoolean(true);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        List<Future<Integer>> workers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            workers.add(clients.submit(() -> {
                int done = 0;
                while (running.get()) {
                    seen.add(assess());
                    done++;
                }
                return done;
            }));
        }
        Path notes = RULES.resolve("hiring-notes.drl");
        String original = Files.readString(notes);
        Set<String> installed = ConcurrentHashMap.newKeySet();
        installed.add(rules().get("version").asString());
        for (int swap = 0; swap < 4; swap++) {
            Files.writeString(notes, original + "\n// swap " + swap + "\n");
            JsonNode reload = body(api.json("POST", "/api/rules/reload", ""));
            installed.add(reload.get("version").asString());
        }
        running.set(false);
        int requests = 0;
        for (Future<Integer> worker : workers) {
            requests += worker.get(60, TimeUnit.SECONDS);
        }
        clients.shutdown();
        assertThat(requests).isGreaterThan(0);
        assertThat(installed).hasSizeGreaterThanOrEqualTo(4);
        assertThat(installed).containsAll(seen);
    }

    @Test
    void reloadingNeedsAnApiKey() {
        assertThat(api.withoutKey().json("POST", "/api/rules/reload", "").statusCode()).isEqualTo(401);
    }
}
