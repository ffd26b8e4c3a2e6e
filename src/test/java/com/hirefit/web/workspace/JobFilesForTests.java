package com.hirefit.web.workspace;

import com.hirefit.job.Job;
import com.hirefit.job.JobFileException;
import com.hirefit.job.JobFiles;
import java.nio.file.Path;

/** Sample jobs under another id, for tests that need a stored job without going through the form. */
final class JobFilesForTests {
    private JobFilesForTests() {
    }

    static Job contractReview(String jobId) {
        try {
            Job job = JobFiles.read(Path.of("samples/jobs/contract-review.yaml"));
            return new Job(jobId, job.jobTitle(), job.aiPhase(), job.workShape(), job.trainingData(), job.dataMaturity(),
                    job.mlInProduction(), job.fundingStage(), job.expectsModelTraining(), job.expectsBothMlAndLlm(),
                    job.requiresPhd(), job.requiredTools(), job.domain(), job.market(), job.salaryBudgetMax(), job.targetSeniority());
        } catch (JobFileException e) {
            throw new IllegalStateException(e);
        }
    }
}
