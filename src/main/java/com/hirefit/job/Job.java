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

    /** The longest job id kept: the job_id columns of the store. */
    public static final int MAX_ID_LENGTH = 200;
    /** The longest job title accepted (titles as written on job descriptions are far shorter). */
    public static final int MAX_TITLE_LENGTH = 500;
    /**
     * The most required tools, and the longest name of one: with the title's limit, a job's JSON (stored with every
     * screening and assessment, at most 100,000 characters) always fits, whatever it escapes.
     */
    public static final int MAX_TOOLS = 50;
    public static final int MAX_TOOL_LENGTH = 100;

    public Job {
        workShape = Set.copyOf(workShape);
        requiredTools = List.copyOf(requiredTools);
    }
}
