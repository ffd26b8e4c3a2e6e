package com.hirefit.web;

import static com.hirefit.web.ApiHttp.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hirefit.HireFitApplication;
import com.hirefit.rules.LeakingRule;
import com.hirefit.rules.service.CurrentRules;
import com.hirefit.rules.service.RulesWatcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The rule from issue 10 (an {@code eval} that writes the Greenhouse webhook secret to a file) dropped into the
 * rules folder of a running service: refused from the folder watch and from {@code POST /api/rules/reload}, the
 * previous rules keep answering, and the file is never written. The service does not start on such a folder.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:hirefit-rule-code;DB_CLOSE_DELAY=-1", "hirefit.api.keys=" + ApiHttp.KEY,
        "hirefit.rules.watch=false"})
class RuleCodeReloadTest {
    static final Path RULES = RulesCopy.inTempFolder();
    static final Path LEAK = RULES.resolveSibling(RULES.getFileName() + "-leak.txt");

    @LocalServerPort
    int port;

    @Autowired
    CurrentRules current;

    ApiHttp api;

    @DynamicPropertySource
    static void rulesFolder(DynamicPropertyRegistry registry) {
        registry.add("hirefit.rules-dir", RULES::toString);
    }

    @BeforeEach
    void setUp() {
        api = new ApiHttp(port);
    }

    @AfterEach
    void removeTheRule() throws Exception {
        Files.deleteIfExists(RULES.resolve("leak.drl"));
        current.reload();
    }

    private JsonNode rules() {
        return body(api.get("/api/rules"));
    }

    private String assess() {
        var response = api.json("POST", "/api/assessments", """
                {"job": {"jobId": "J", "jobTitle": "LLM Engineer", "aiPhase": 2, "workShape": ["UNSTRUCTURED_TEXT"],
                         "trainingData": "NONE", "dataMaturity": "ADEQUATE"},
                 "candidate": {"candidateId": "C", "yearsExperience": 6, "highlights": "Built a RAG pipeline with LLM-as-judge evals."}}""");
        assertThat(response.statusCode()).as(ApiHttp.text(response)).isEqualTo(201);
        return body(response).get("rulesVersion").asString();
    }

    private static void assertTheEvalIsNamed(JsonNode problems) {
        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.get("file").asString()).isEqualTo("leak.drl");
            assertThat(problem.get("line").asInt()).isEqualTo(LeakingRule.EVAL_LINE);
            assertThat(problem.get("column").asInt()).isPositive();
            assertThat(problem.get("message").asString()).contains("not allowed");
        });
    }

    @Test
    void theFolderWatchRefusesTheRuleAndTheSecretIsNeverWritten() throws Exception {
        String before = rules().get("version").asString();
        try (RulesWatcher watcher = new RulesWatcher(current, Duration.ofMillis(200))) {
            Files.writeString(RULES.resolve("leak.drl"), LeakingRule.file(LEAK));
            Eventually.await("the watcher to refuse the change", () -> rules().hasNonNull("rejectedChange"));
        }
        assertTheEvalIsNamed(rules().get("rejectedChange").get("problems"));
        assertThat(rules().get("version").asString()).isEqualTo(before);
        assertThat(assess()).isEqualTo(before);
        assertThat(LEAK).doesNotExist();
    }

    @Test
    void postReloadRefusesTheRuleAndTheSecretIsNeverWritten() throws Exception {
        String before = rules().get("version").asString();
        Files.writeString(RULES.resolve("leak.drl"), LeakingRule.file(LEAK));
        JsonNode reload = body(api.json("POST", "/api/rules/reload", ""));
        assertThat(reload.get("installed").asBoolean()).isFalse();
        assertTheEvalIsNamed(reload.get("problems"));
        assertThat(rules().get("version").asString()).isEqualTo(before);
        assertThat(assess()).isEqualTo(before);
        assertThat(LEAK).doesNotExist();
    }

    @Test
    void theServiceDoesNotStartOnAFolderWithTheRule() throws Exception {
        Path folder = RulesCopy.inTempFolder();
        Path leak = folder.resolveSibling(folder.getFileName() + "-leak.txt");
        Files.writeString(folder.resolve("leak.drl"), LeakingRule.file(leak));
        assertThatThrownBy(() -> HireFitApplication.start("--server.port=0", "--hirefit.rules-dir=" + folder, "--hirefit.rules.watch=false",
                "--spring.datasource.url=jdbc:h2:mem:hirefit-rule-code-start;DB_CLOSE_DELAY=-1", "--hirefit.api.keys=k").close())
                .hasStackTraceContaining("leak.drl:" + LeakingRule.EVAL_LINE + ":");
        assertThat(leak).doesNotExist();
    }
}
