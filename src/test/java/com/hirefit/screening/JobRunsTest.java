package com.hirefit.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.job.Job;
import com.hirefit.job.JobFiles;
import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleSource;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One candidate at a time (API, webhooks): the job's run is reused while job and rules stay the same. */
class JobRunsTest {
    static RuleBase rules;
    static Job job;

    @BeforeAll
    static void rules() throws Exception {
        rules = RuleBase.compile(RuleSource.fromDirectory(Path.of("rules")));
        job = JobFiles.read(Path.of("samples/jobs/support-copilot.yaml"));
    }

    private static Job withBudget(Job j, long budget) {
        return new Job(j.jobId(), j.jobTitle(), j.aiPhase(), j.workShape(), j.trainingData(), j.dataMaturity(), j.mlInProduction(),
                j.fundingStage(), j.expectsModelTraining(), j.expectsBothMlAndLlm(), j.requiresPhd(), j.requiredTools(), j.domain(),
                j.market(), budget, j.targetSeniority());
    }

    @Test
    void theSameJobUnderTheSameRulesReusesTheRunItWouldHaveComputed() {
        JobRuns runs = new JobRuns(8);
        Assessor.JobRun first = runs.of(new Assessor(rules), job);
        assertThat(runs.of(new Assessor(rules), withBudget(job, job.salaryBudgetMax()))).isSameAs(first);
        Assessor.JobRun fresh = new Assessor(rules).assessJob(job);
        assertThat(first.assessment()).isEqualTo(fresh.assessment());
        assertThat(first.facts()).isEqualTo(fresh.facts());
    }

    @Test
    void aChangedJobIsRunAgain() {
        JobRuns runs = new JobRuns(8);
        Assessor.JobRun before = runs.of(new Assessor(rules), job);
        Job changed = withBudget(job, 99_000);
        Assessor.JobRun after = runs.of(new Assessor(rules), changed);
        assertThat(after).isNotSameAs(before);
        assertThat(after.job()).isEqualTo(changed);
        assertThat(runs.of(new Assessor(rules), changed)).isSameAs(after);
    }

    @Test
    void aReloadedRuleBaseRunsTheJobAgain() throws Exception {
        JobRuns runs = new JobRuns(8);
        Assessor.JobRun before = runs.of(new Assessor(rules), job);
        RuleBase reloaded = RuleBase.compile(RuleSource.fromDirectory(Path.of("rules")));
        assertThat(runs.of(new Assessor(reloaded), job)).isNotSameAs(before);
    }

    @Test
    void beyondItsCapacityTheLeastRecentlyUsedJobIsRunAgain() throws Exception {
        JobRuns runs = new JobRuns(1);
        Job other = JobFiles.read(Path.of("samples/jobs/fraud-scoring.yaml"));
        Assessor.JobRun first = runs.of(new Assessor(rules), job);
        runs.of(new Assessor(rules), other);
        assertThat(runs.of(new Assessor(rules), job)).isNotSameAs(first);
    }
}
