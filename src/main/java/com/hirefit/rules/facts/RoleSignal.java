package com.hirefit.rules.facts;

import com.hirefit.vocabulary.Role;
import org.kie.api.runtime.rule.RuleContext;

/**
 * One piece of evidence pointing to a role, with its weight and the rule that gave it (so two rules giving
 * the same weight to the same role stay two signals). A role's score is the sum of its signals.
 */
public record RoleSignal(Role role, int weight, String rule) {

    public static RoleSignal of(RuleContext drools, Role role, int weight) {
        return new RoleSignal(role, weight, drools.getRule().getName());
    }
}
