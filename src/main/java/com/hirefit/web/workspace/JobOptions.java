package com.hirefit.web.workspace;

import com.hirefit.job.DataMaturity;
import com.hirefit.job.Domain;
import com.hirefit.job.FundingStage;
import com.hirefit.job.JobDocument;
import com.hirefit.job.TrainingData;
import com.hirefit.job.WorkShape;
import com.hirefit.vocabulary.Market;
import com.hirefit.vocabulary.Seniority;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The values the intake form offers, from the job's own enums (one source of truth); their labels and one-line
 * help texts (from DOMAIN.md) are in messages.properties, keyed {@code job.FIELD.VALUE}.
 */
record JobOptions(List<Integer> aiPhases, List<String> workShapes, List<String> trainingData, List<String> dataMaturity,
                  List<String> fundingStages, List<String> domains, List<String> markets, List<String> seniority,
                  List<String> atsSources) {
    static final JobOptions INSTANCE = new JobOptions(List.of(1, 2, 3), names(WorkShape.values()), names(TrainingData.values()),
            names(DataMaturity.values()), names(FundingStage.values()), names(Domain.values()), names(Market.values()),
            names(Seniority.values()), JobDocument.SOURCES);

    /** The form's fields, for placing each validation error beside its own field. */
    static final Set<String> FIELDS = Set.of("jobId", "jobTitle", "aiPhase", "workShape", "trainingData", "dataMaturity",
            "mlInProduction", "expectsModelTraining", "expectsBothMlAndLlm", "requiresPhd", "fundingStage", "requiredTools",
            "domain", "market", "salaryBudgetMax", "targetSeniority", "atsJobIds");

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
