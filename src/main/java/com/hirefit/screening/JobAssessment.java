package com.hirefit.screening;

import com.hirefit.vocabulary.Role;
import java.util.List;

/**
 * The company side: which roles the work needs (or that it should hire none yet), the risks that belong
 * to the opening itself, and notes such as time to hire and budget against the market.
 */
public record JobAssessment(
        String jobId,
        String jobTitle,
        List<Role> neededRoles,
        boolean hireNeitherYet,
        List<Finding> risks,
        List<Finding> notes,
        List<FiredRule> firedRules) {
}
