package com.hirefit.screening;

import com.hirefit.vocabulary.Role;
import com.hirefit.vocabulary.Seniority;
import com.hirefit.vocabulary.Verdict;
import java.util.List;
import java.util.Map;

/**
 * Everything the rules concluded about one candidate for one job. {@code recommendedRole} is the role the
 * candidate fits best (null when the resume shows no role evidence); {@code roleScores} has every role,
 * in {@link Role} order. Lists are in a stable order; nothing here depends on time or chance.
 */
public record CandidateAssessment(
        int row,
        String candidateId,
        String name,
        Verdict verdict,
        List<Finding> verdictReasons,
        Role recommendedRole,
        Map<Role, Integer> roleScores,
        Seniority seniority,
        List<Finding> greenFlags,
        List<Finding> yellowFlags,
        List<Finding> failureRisks,
        Compensation compensation,
        List<Finding> interviewFocus,
        List<FiredRule> firedRules) {
}
