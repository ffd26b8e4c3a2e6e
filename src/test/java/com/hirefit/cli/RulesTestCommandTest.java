package com.hirefit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules test} as a rule author runs it: PASS/FAIL per scenario, coverage, exit codes. */
class RulesTestCommandTest {
    private final CommandRun cli = new CommandRun();

    private static final String JOB = """
              job:
                jobTitle: LLM Engineer
                aiPhase: 2
                workShape: [UNSTRUCTURED_TEXT]
                trainingData: NONE
                dataMaturity: ADEQUATE
            """;

    @TempDir
    Path dir;

    /** A copy of the real rule files with the given scenario files as its tests/ folder. */
    private Path rulesWith(String... nameAndYaml) throws Exception {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        for (Path file : Files.list(Path.of("rules")).filter(Files::isRegularFile).toList()) {
            Files.copy(file, rules.resolve(file.getFileName()));
        }
        Path tests = Files.createDirectory(rules.resolve("tests"));
        for (int i = 0; i < nameAndYaml.length; i += 2) {
            Files.writeString(tests.resolve(nameAndYaml[i]), nameAndYaml[i + 1]);
        }
        return rules;
    }

    @Test
    void theBundledScenariosPassAndFireEveryRule() {
        assertThat(cli.run("rules", "test")).as(cli.out()).isZero();
        String printed = cli.out();
        assertThat(printed).doesNotContain("FAIL  ", "ERROR ")
                .contains("PASS  company-side.yaml:", "Coverage: scenarios firing each rule, by file and line",
                        "0 rules fired by no scenario.", " 0 failed; 0 error(s); ")
                .containsPattern("(?m)^  company\\.drl:9 +\\d+  A company with messy data and no ML in production should hire no AI role yet$");
        // Coverage is sorted by file, then line.
        assertThat(printed.indexOf("  candidate-risks.drl:10 ")).isPositive().isLessThan(printed.indexOf("  company.drl:9 "));
        assertThat(printed.indexOf("  verdict.drl:9 ")).isPositive().isLessThan(printed.indexOf("  verdict.drl:20 "));
    }

    @Test
    void aPassingSuiteExitsZeroAndListsTheRulesNoScenarioFires() throws Exception {
        Path rules = rulesWith("jobs.yaml", "- name: LLM work needs an LLM engineer\n" + JOB + "  expect:\n    neededRoles: [LLM_ENGINEER]\n");
        assertThat(cli.run("rules", "test", "--rules", rules.toString())).as(cli.out()).isZero();
        assertThat(cli.out())
                .contains("PASS  jobs.yaml:1: LLM work needs an LLM engineer")
                .containsPattern("\\d+ rules fired by no scenario:")
                .contains("  verdict.drl:9  A resume with no clear evidence for any role is not a fit")
                .containsPattern("1 scenarios: 1 passed, 0 failed; 0 error\\(s\\); \\d+ of \\d+ rules fired by a scenario");
    }

    @Test
    void aFailureOrABrokenFileExitsOneAndTheOtherScenariosStillRun() throws Exception {
        Path rules = rulesWith(
                "a-broken.yaml", "- name: Broken\n  job: {jobTitle: [unclosed\n",
                "b-failing.yaml", "- name: An LLM opening wrongly expected to need an ML engineer\n" + JOB + """
                  expect:
                    neededRoles: [ML_ENGINEER]
                """,
                "c-passing.yaml", "- name: LLM work needs an LLM engineer\n" + JOB + "  expect:\n    neededRoles: [LLM_ENGINEER]\n");
        assertThat(cli.run("rules", "test", "--rules", rules.toString())).isEqualTo(1);
        assertThat(cli.out())
                .contains("FAIL  b-failing.yaml:1: An LLM opening wrongly expected to need an ML engineer\n"
                        + "        job: neededRoles: missing ML_ENGINEER; unexpected LLM_ENGINEER (actual: [LLM_ENGINEER])\n")
                .contains("PASS  c-passing.yaml:1: LLM work needs an LLM engineer")
                .containsPattern("ERROR a-broken\\.yaml:\\d+: not valid YAML")
                .contains("2 scenarios: 1 passed, 1 failed; 1 error(s);");
    }

    @Test
    void theCalibrationSetIsReplayedWithAgreementPerJob() {
        assertThat(cli.run("rules", "test")).as(cli.out()).isZero();
        assertThat(cli.out()).contains("Calibration set samples/calibration: agreement per job")
                .containsPattern("(?m)^  contract-review +45/45 agree \\(100\\.0%\\)$")
                .containsPattern("(?m)^  tools-rollout +45/45 agree \\(100\\.0%\\)$")
                .contains("405 pairs: 405 agree (100.0%), 0 disagree; 0 error(s)")
                .doesNotContain("DISAGREE");
    }

    @Test
    void aCalibrationPairThatDisagreesOrAMissingSetExitsOne() throws Exception {
        Path set = dir.resolve("calibration");
        Files.createDirectories(set.resolve("jobs"));
        Files.writeString(set.resolve("resumes.csv"), "Candidate ID,Current Title,Years Experience,Highlights\n"
                + "C-1,Senior Data Engineer,7,\"Built the Snowflake warehouse, 200 dbt models and Airflow pipelines behind Looker dashboards.\"\n");
        Files.writeString(set.resolve("resumes.yaml"), "C-1: {story: A data engineer., expect: {recommendedRole: DATA_ENGINEER}, because: [\"[001]\"]}\n");
        // The job file name resolves to ../jobs/fraud-scoring.yaml next to the set: a copy of the sample.
        Files.createDirectories(dir.resolve("jobs"));
        Files.copy(Path.of("samples/jobs/fraud-scoring.yaml"), dir.resolve("jobs/fraud-scoring.yaml"));
        Files.writeString(set.resolve("jobs/fraud-scoring.yaml"), """
                job: fraud-scoring
                needs: An ML engineer.
                reasons: {wrong: Deliberately wrong, to see the replay fail.}
                pairs:
                  C-1: {verdict: STRONG_FIT, because: wrong}
                """);
        assertThat(cli.run("rules", "test", "--calibration", set.toString())).isEqualTo(1);
        assertThat(cli.out()).containsPattern("(?m)^  fraud-scoring +0/1 agree \\(0\\.0%\\)$")
                .contains("    DISAGREE C-1: expected STRONG_FIT (wrong)")
                .contains("        verdict: expected STRONG_FIT, was NOT_FIT")
                .contains("1 pairs: 0 agree (0.0%), 1 disagree; 0 error(s)");

        assertThat(new CommandRun().run("rules", "test", "--calibration", dir.resolve("none").toString())).isEqualTo(1);
    }
}
