package com.hirefit.decision;

/**
 * How often recruiters override one rule's conclusions: of the assessments with a standing decision in which the rule
 * concluded something, how many, and in how many the decision goes against the recommendation.
 */
public record RuleOverrides(String rule, long decided, long overridden) {

    /** The share overridden, 0 to 1. */
    public double rate() {
        return decided == 0 ? 0 : (double) overridden / decided;
    }
}
