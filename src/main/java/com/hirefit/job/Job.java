package com.hirefit.job;

import com.hirefit.vocabulary.Market;
import com.hirefit.vocabulary.Seniority;
import java.util.List;
import java.util.Set;

/**
 * The hiring company's context for one opening: the job file's fields, exactly. Also the fact the rules
 * see as {@code Job}. Optional fields are null (fundingStage, salaryBudgetMax, targetSeniority) or
 * defaulted by {@link JobFiles} (booleans false, requiredTools empty, domain GENERAL, market US).
 */
public record Job(
        String jobId,
        String jobTitle,
        int aiPhase,
        Set<WorkShape> workShape,
        TrainingData trainingData,
        DataMaturity dataMaturity,
        boolean mlInProduction,
        FundingStage fundingStage,
        boolean expectsModelTraining,
        boolean expectsBothMlAndLlm,
        boolean requiresPhd,
        List<String> requiredTools,
        Domain domain,
        Market market,
        Long salaryBudgetMax,
        Seniority targetSeniority) {

    public Job {
        workShape = Set.copyOf(workShape);
        requiredTools = List.copyOf(requiredTools);
    }
}
