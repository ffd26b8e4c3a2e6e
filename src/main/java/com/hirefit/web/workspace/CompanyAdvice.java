package com.hirefit.web.workspace;

import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleInfo;
import com.hirefit.screening.JobAssessment;
import com.hirefit.vocabulary.Role;
import java.util.List;

/**
 * The company side of a job as the intake form and the job page show it: the roles the work needs (or that no AI
 * role should be hired yet) and why, the opening's own failure risks, and the notes on staffing, time to hire and
 * budget, each with its reason and source.
 */
record CompanyAdvice(List<Role> neededRoles, boolean hireNeitherYet, List<Sourced> why, List<Sourced> risks,
                     List<Sourced> notes) {
    private static final String COMPANY_STAGE = "company";

    static CompanyAdvice of(JobAssessment assessment, RuleBase rules) {
        List<Sourced> why = assessment.firedRules().stream()
                .filter(fired -> {
                    RuleInfo info = rules.rule(fired.rule());
                    return info != null && COMPANY_STAGE.equals(info.group()) && fired.code() == null;
                })
                .map(fired -> Sourced.of(fired, rules)).toList();
        return new CompanyAdvice(assessment.neededRoles(), assessment.hireNeitherYet(), why,
                assessment.risks().stream().map(f -> Sourced.of(f, rules, List.of())).toList(),
                assessment.notes().stream().map(f -> Sourced.of(f, rules, List.of())).toList());
    }
}
