package com.hirefit.scenarios;

import com.hirefit.screening.Assessor;
import com.hirefit.screening.CandidateAssessment;
import com.hirefit.screening.Finding;
import com.hirefit.screening.FiredRule;
import com.hirefit.screening.JobAssessment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs one scenario with the real rules: the job's company side, then every candidate against it. */
final class ScenarioRunner {
    private final Assessor assessor;

    ScenarioRunner(Assessor assessor) {
        this.assessor = assessor;
    }

    ScenarioResult run(Scenario scenario) {
        List<String> failures = new ArrayList<>();
        Set<String> fired = new LinkedHashSet<>();
        Assessor.JobRun job;
        try {
            job = assessor.assessJob(scenario.job());
        } catch (RuntimeException e) {
            return new ScenarioResult(scenario.file(), scenario.line(), scenario.name(),
                    List.of("job: the rules failed: " + e.getMessage()), fired);
        }
        names(job.assessment().firedRules(), fired);
        scenario.expect().check(actual(job.assessment())).forEach(failure -> failures.add("job: " + failure));
        for (Scenario.CandidateCase candidate : scenario.candidates()) {
            try {
                CandidateAssessment assessment = assessor.assess(candidate.candidate(), job);
                names(assessment.firedRules(), fired);
                candidate.expect().check(actual(assessment))
                        .forEach(failure -> failures.add(candidate.label() + ": " + failure));
            } catch (RuntimeException e) {
                failures.add(candidate.label() + ": the rules failed: " + e.getMessage());
            }
        }
        return new ScenarioResult(scenario.file(), scenario.line(), scenario.name(), failures, fired);
    }

    private static void names(List<FiredRule> rules, Set<String> into) {
        rules.forEach(rule -> into.add(rule.rule()));
    }

    static Expectations.Actual actual(JobAssessment job) {
        Map<String, String> values = new HashMap<>();
        values.put("hireNeitherYet", Boolean.toString(job.hireNeitherYet()));
        Map<String, List<String>> sets = new HashMap<>();
        sets.put("neededRoles", job.neededRoles().stream().map(Enum::name).toList());
        sets.put("risks", codes(job.risks()));
        sets.put("notes", codes(job.notes()));
        sets.put("firedRules", ruleNames(job.firedRules()));
        return new Expectations.Actual(values, sets, Map.of());
    }

    static Expectations.Actual actual(CandidateAssessment candidate) {
        Map<String, String> values = new HashMap<>();
        values.put("verdict", candidate.verdict().name());
        values.put("recommendedRole", candidate.recommendedRole() == null ? null : candidate.recommendedRole().name());
        values.put("seniority", candidate.seniority() == null ? null : candidate.seniority().name());
        values.put("compensation", candidate.compensation() == null ? null : candidate.compensation().code());
        Map<String, List<String>> sets = new HashMap<>();
        sets.put("greenFlags", codes(candidate.greenFlags()));
        sets.put("yellowFlags", codes(candidate.yellowFlags()));
        sets.put("failureRisks", codes(candidate.failureRisks()));
        sets.put("interviewFocus", codes(candidate.interviewFocus()));
        sets.put("firedRules", ruleNames(candidate.firedRules()));
        Map<String, String> why = new HashMap<>();
        StringBuilder verdictWhy = new StringBuilder(candidate.verdictReasons().stream().map(Finding::rule)
                .collect(Collectors.joining("; ")));
        if (!candidate.yellowFlags().isEmpty()) {
            verdictWhy.append("; yellow flags ").append(codes(candidate.yellowFlags()));
        }
        if (!candidate.failureRisks().isEmpty()) {
            verdictWhy.append("; failure risks ").append(codes(candidate.failureRisks()));
        }
        why.put("verdict", verdictWhy.toString());
        why.put("recommendedRole", "role scores " + candidate.roleScores());
        return new Expectations.Actual(values, sets, why);
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).distinct().toList();
    }

    private static List<String> ruleNames(List<FiredRule> rules) {
        return rules.stream().map(FiredRule::rule).distinct().toList();
    }
}
