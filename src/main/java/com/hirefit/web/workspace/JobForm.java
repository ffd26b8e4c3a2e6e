package com.hirefit.web.workspace;

import com.hirefit.job.Job;
import com.hirefit.job.JobDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The job intake form as posted: every field as text, so that whatever is typed reaches the job file's own
 * validation ({@link com.hirefit.job.JobDocuments}) and comes back as that field's error. Lists (tools, ATS job
 * ids) are typed comma-separated.
 */
record JobForm(String jobId, String jobTitle, String aiPhase, List<String> workShape, String trainingData,
               String dataMaturity, Boolean mlInProduction, Boolean expectsModelTraining, Boolean expectsBothMlAndLlm,
               Boolean requiresPhd, String fundingStage, String requiredTools, String domain, String market,
               String salaryBudgetMax, String targetSeniority, String greenhouse, String lever, String ashby, String standard) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An unticked checkbox is not posted at all: absent means false. */
    JobForm {
        workShape = workShape == null ? List.of() : List.copyOf(workShape);
        mlInProduction = Boolean.TRUE.equals(mlInProduction);
        expectsModelTraining = Boolean.TRUE.equals(expectsModelTraining);
        expectsBothMlAndLlm = Boolean.TRUE.equals(expectsBothMlAndLlm);
        requiresPhd = Boolean.TRUE.equals(requiresPhd);
    }

    static JobForm empty() {
        return new JobForm(null, null, null, List.of(), null, null, false, false, false, false, null, null, null, "US",
                null, null, null, null, null, null);
    }

    static JobForm of(JobDocument document) {
        Job job = document.job();
        Map<String, List<String>> ats = document.atsJobIds();
        return new JobForm(job.jobId(), job.jobTitle(), String.valueOf(job.aiPhase()),
                job.workShape().stream().map(Enum::name).sorted().toList(), name(job.trainingData()), name(job.dataMaturity()),
                job.mlInProduction(), job.expectsModelTraining(), job.expectsBothMlAndLlm(), job.requiresPhd(),
                name(job.fundingStage()), String.join(", ", job.requiredTools()), name(job.domain()), name(job.market()),
                job.salaryBudgetMax() == null ? null : String.valueOf(job.salaryBudgetMax()), name(job.targetSeniority()),
                ids(ats, "greenhouse"), ids(ats, "lever"), ids(ats, "ashby"), ids(ats, "standard"));
    }

    /** The job object the API would take, with only the fields filled in; {@code jobId} and title may be stand-ins. */
    ObjectNode toJson(String jobIdIfBlank, String titleIfBlank) {
        ObjectNode job = JSON.createObjectNode();
        text(job, "jobId", blank(jobId) ? jobIdIfBlank : jobId);
        text(job, "jobTitle", blank(jobTitle) ? titleIfBlank : jobTitle);
        if (!blank(aiPhase)) {
            try {
                job.put("aiPhase", Integer.parseInt(aiPhase.strip()));
            } catch (NumberFormatException e) {
                job.put("aiPhase", aiPhase);
            }
        }
        if (!workShape.isEmpty()) {
            ArrayNode shapes = job.putArray("workShape");
            workShape.forEach(shapes::add);
        }
        text(job, "trainingData", trainingData);
        text(job, "dataMaturity", dataMaturity);
        job.put("mlInProduction", mlInProduction);
        job.put("expectsModelTraining", expectsModelTraining);
        job.put("expectsBothMlAndLlm", expectsBothMlAndLlm);
        job.put("requiresPhd", requiresPhd);
        text(job, "fundingStage", fundingStage);
        List<String> tools = split(requiredTools);
        if (!tools.isEmpty()) {
            ArrayNode array = job.putArray("requiredTools");
            tools.forEach(array::add);
        }
        text(job, "domain", domain);
        text(job, "market", market);
        if (!blank(salaryBudgetMax)) {
            String digits = salaryBudgetMax.replaceAll("[\\s,_]", "");
            try {
                job.put("salaryBudgetMax", Long.parseLong(digits));
            } catch (NumberFormatException e) {
                job.put("salaryBudgetMax", salaryBudgetMax);
            }
        }
        text(job, "targetSeniority", targetSeniority);
        Map<String, List<String>> ats = new LinkedHashMap<>();
        put(ats, "greenhouse", greenhouse);
        put(ats, "lever", lever);
        put(ats, "ashby", ashby);
        put(ats, "standard", standard);
        if (!ats.isEmpty()) {
            ObjectNode node = job.putObject("atsJobIds");
            ats.forEach((source, list) -> list.forEach(node.withArray(source)::add));
        }
        return job;
    }

    /** The fields the company-side rules need before they can say anything. */
    List<String> missingForAdvice() {
        List<String> missing = new ArrayList<>();
        if (blank(aiPhase)) {
            missing.add("aiPhase");
        }
        if (workShape.isEmpty()) {
            missing.add("workShape");
        }
        if (blank(trainingData)) {
            missing.add("trainingData");
        }
        if (blank(dataMaturity)) {
            missing.add("dataMaturity");
        }
        return missing;
    }

    private static void text(ObjectNode job, String field, String value) {
        if (!blank(value)) {
            job.put(field, value.strip());
        }
    }

    private static void put(Map<String, List<String>> ats, String source, String ids) {
        List<String> list = split(ids);
        if (!list.isEmpty()) {
            ats.put(source, list);
        }
    }

    static List<String> split(String text) {
        return blank(text) ? List.of() : Arrays.stream(text.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String ids(Map<String, List<String>> ats, String source) {
        return String.join(", ", ats.getOrDefault(source, List.of()));
    }
}
