package com.hirefit.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calibration set (samples/calibration/) replayed against the real rules: every pair of every job must
 * agree, and the replay must notice when one does not.
 */
class CalibrationSetTest {
    private static final Path SET = Path.of("samples/calibration");
    private static final CalibrationSet.Report REPORT = CalibrationSet.run(CompiledRules.RULES, SET);

    @TestFactory
    Stream<DynamicTest> everyPairOfEveryJobAgrees() {
        return REPORT.jobs().stream().map(job -> DynamicTest.dynamicTest(job.job(), () -> assertThat(job.disagreements())
                .as("%s: %d of %d pairs disagree:%n%s", job.job(), job.disagreements().size(), job.pairs(),
                        job.disagreements().stream().map(d -> "  " + d.candidateId() + " (expected " + d.verdict() + ", "
                                + d.because() + "): " + String.join("; ", d.failures())).collect(Collectors.joining("\n")))
                .isEmpty()));
    }

    @Test
    void theSetIsCompleteAndReadable() {
        assertThat(REPORT.errors()).as("calibration files that cannot be read").isEmpty();
        assertThat(REPORT.jobs()).extracting(CalibrationSet.JobResult::job).containsExactly("agent-platform", "ai-everything",
                "claims-agent", "clinical-nlp", "contract-review", "fraud-scoring", "hackathon-bot", "support-copilot",
                "tools-rollout");
        assertThat(REPORT.jobs()).allSatisfy(job -> assertThat(job.pairs()).isGreaterThanOrEqualTo(40));
    }

    @Test
    void aPairThatDisagreesAMissingPairAndAnUnknownReasonAreReported(@TempDir Path dir) throws Exception {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        Files.copy(Path.of("samples/jobs/contract-review.yaml"), jobs.resolve("contract-review.yaml"));
        Path set = Files.createDirectories(dir.resolve("calibration"));
        Files.writeString(set.resolve(CalibrationSet.RESUMES), """
                Candidate ID,Current Title,Years Experience,Years LLM Experience,Highlights
                C-1,Senior Data Engineer,7,0,"Built the Snowflake warehouse, 200 dbt models and Airflow pipelines behind Looker dashboards."
                C-2,Prompt Engineer,4,2,Write few-shot prompt templates and system prompts for the content team.
                C-3,Payroll Clerk,5,0,Ran payroll for 300 staff.
                """);
        Files.writeString(set.resolve(CalibrationSet.RESUME_EXPECTATIONS), """
                C-1: {story: A data engineer., expect: {recommendedRole: DATA_ENGINEER}, because: ["[001]"]}
                C-2: {story: A prompt engineer., expect: {recommendedRole: PROMPT_ENGINEER}, because: ["[004]"]}
                C-3: {story: No AI work., expect: {recommendedRole: none}, because: ["DOMAIN 9"]}
                """);
        Files.createDirectories(set.resolve(CalibrationSet.PAIRS));
        Files.writeString(set.resolve(CalibrationSet.PAIRS).resolve("contract-review.yaml"), """
                job: contract-review
                needs: An LLM engineer.
                reasons:
                  other-role: The substance points elsewhere.
                pairs:
                  C-1: {verdict: FIT, because: other-role}
                  C-2: {verdict: NOT_FIT, because: no-such-reason}
                """);

        CalibrationSet.Report report = CalibrationSet.run(CompiledRules.RULES, set);

        assertThat(report.ok()).isFalse();
        assertThat(report.jobs()).singleElement().satisfies(job -> {
            assertThat(job.pairs()).isEqualTo(1);
            assertThat(job.disagreements()).singleElement().satisfies(pair -> {
                assertThat(pair.candidateId()).isEqualTo("C-1");
                assertThat(pair.failures()).containsExactly(
                        "verdict: expected FIT, was NOT_FIT (A candidate whose substance fits none of the needed roles is not a fit)");
            });
        });
        assertThat(report.errors()).containsExactly(
                "contract-review.yaml: C-2: because: no reason named \"no-such-reason\" under reasons",
                "contract-review.yaml: no pair for resume C-3 (every resume needs a verdict for every job)");
    }
}
