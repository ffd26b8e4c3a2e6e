package com.hirefit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a rule author does to add a stage, with no Java: in a copy of the rules folder, a line in stages.yaml, a rule in
 * a new file, a code in vocabulary.yaml and a scenario. Then {@code rules validate}, the catalogue ({@code rules doc}),
 * {@code rules test} and screening all see the new stage, and it runs where stages.yaml puts it: after the seniority
 * stage, whose conclusion its rule matches.
 */
class NewStageWithoutJavaTest {
    private static final String STAGE = "portfolio-review";
    private static final String RULE = "A senior candidate with a public portfolio walks the interviewers through it";

    @TempDir
    Path dir;
    Path rules;

    @BeforeEach
    void aNewStageInACopyOfTheRules() throws Exception {
        rules = Files.createDirectory(dir.resolve("rules"));
        for (Path file : Files.list(Path.of("rules")).filter(Files::isRegularFile).toList()) {
            Files.copy(file, rules.resolve(file.getFileName()));
        }
        Files.writeString(rules.resolve("portfolio-review.drl"), """
                // Interview: a public portfolio at senior level is walked through in interview.
                package hirefit;

                import com.hirefit.rules.facts.*;
                import com.hirefit.vocabulary.*;

                rule "%s"
                    @code("PORTFOLIO_WALKTHROUGH")
                    @reason("Ask them to walk through one portfolio project: what they built, what broke, what they would change.")
                    @source("[004] Resume Green Flags: 'Portfolio of deployed projects'")
                    ruleflow-group "%s"
                when
                    Profile(hasPortfolio)
                    SeniorityLevel(level == Seniority.SENIOR || level == Seniority.STAFF)
                then
                    insert(Conclusion.focus(drools));
                end
                """.formatted(RULE, STAGE));
        replace("vocabulary.yaml", "SCOPE_AT_LEVEL]", "SCOPE_AT_LEVEL, PORTFOLIO_WALKTHROUGH]");
        replace("stages.yaml", "  - seniority: [seniority.drl]\n", "  - seniority: [seniority.drl]\n  - " + STAGE + ": [portfolio-review.drl]\n");
        Path tests = Files.createDirectory(rules.resolve("tests"));
        Files.writeString(tests.resolve("portfolio.yaml"), """
                - name: A senior LLM engineer with a portfolio is asked to walk through it
                  job:
                    jobTitle: LLM Engineer
                    aiPhase: 2
                    workShape: [UNSTRUCTURED_TEXT]
                    trainingData: NONE
                    dataMaturity: ADEQUATE
                  candidates:
                    - candidate:
                        Candidate ID: with-portfolio
                        Years Experience: 7
                        Years LLM Experience: 3
                        Portfolio: https://github.com/example/rag-evals
                        Highlights: Shipped a RAG assistant with an eval set and LLM-as-judge scoring.
                      expect:
                        interviewFocus:
                          include: [PORTFOLIO_WALKTHROUGH]
                    - candidate:
                        Candidate ID: no-portfolio
                        Years Experience: 7
                        Years LLM Experience: 3
                        Highlights: Shipped a RAG assistant with an eval set and LLM-as-judge scoring.
                      expect:
                        interviewFocus:
                          exclude: [PORTFOLIO_WALKTHROUGH]
                """);
    }

    private void replace(String file, String from, String to) throws Exception {
        String text = Files.readString(rules.resolve(file));
        assertThat(text).contains(from);
        Files.writeString(rules.resolve(file), text.replace(from, to));
    }

    @Test
    void validateSeesTheNewStageAndItsRule() {
        CommandRun cli = new CommandRun();
        assertThat(cli.run("rules", "validate", "--rules", rules.toString())).as(cli.out()).isZero();
        assertThat(cli.out()).contains("0 error(s), 0 warning(s)");
    }

    @Test
    void theCatalogueListsTheStageWhereItRunsAndItsRule() {
        CommandRun cli = new CommandRun();
        assertThat(cli.run("rules", "doc", "--rules", rules.toString())).as(cli.err()).isZero();
        String md = cli.out();
        assertThat(md).contains("7. `seniority`: seniority.drl\n8. `" + STAGE + "`: portfolio-review.drl\n9. `pay-bands`: pay-bands.drl\n");
        assertThat(md).contains("## portfolio-review.drl\n\nInterview: a public portfolio at senior level is walked through in interview.\n\n"
                + "Stage: `" + STAGE + "`, 1 rule\n");
        assertThat(md).contains("| " + RULE + " | portfolio-review.drl:7 | `PORTFOLIO_WALKTHROUGH` |");
        assertThat(md.indexOf("\n## seniority.drl\n")).isLessThan(md.indexOf("\n## portfolio-review.drl\n"));
        assertThat(md.indexOf("\n## portfolio-review.drl\n")).isLessThan(md.indexOf("\n## pay-check.drl\n"));
    }

    @Test
    void rulesTestRunsTheScenarioThatFiresIt() {
        CommandRun cli = new CommandRun();
        assertThat(cli.run("rules", "test", "--rules", rules.toString())).as(cli.out()).isZero();
        assertThat(cli.out()).contains("PASS  portfolio.yaml:1: A senior LLM engineer with a portfolio is asked to walk through it")
                .containsPattern("(?m)^  portfolio-review\\.drl:7 +1  " + RULE + "$");
    }

    @Test
    void screeningRunsTheNewStageAfterTheSeniorityItReads() throws Exception {
        Path candidates = Files.writeString(dir.resolve("candidates.csv"), """
                Candidate ID,Years Experience,Years LLM Experience,Portfolio,Highlights
                senior,7,3,https://github.com/example/rag-evals,Shipped a RAG assistant with an eval set.
                junior,1,1,https://github.com/example/first-bot,Built a chatbot demo.
                """);
        Path out = dir.resolve("results.json");
        CommandRun cli = new CommandRun();
        assertThat(cli.run("screen", "--rules", rules.toString(), "--job", "samples/jobs/contract-review.yaml",
                "--format", "json", "--out", out.toString(), candidates.toString())).as(cli.err()).isZero();
        JsonNode results = JsonMapper.builder().build().readTree(out.toFile()).get("candidates");
        assertThat(focus(results.get(0))).contains("PORTFOLIO_WALKTHROUGH");
        assertThat(results.get(0).get("firedRules").findValuesAsString("rule")).contains(RULE);
        assertThat(focus(results.get(1))).doesNotContain("PORTFOLIO_WALKTHROUGH");
    }

    private static List<String> focus(JsonNode candidate) {
        List<String> codes = new ArrayList<>();
        candidate.get("interviewFocus").forEach(finding -> codes.add(finding.get("code").asString()));
        return codes;
    }
}
