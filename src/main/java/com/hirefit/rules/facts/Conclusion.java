package com.hirefit.rules.facts;

import org.kie.api.runtime.rule.RuleContext;

/**
 * A code a decision rule concluded. The code is read from the rule's own {@code @code} metadata, so each
 * rule states its code once; {@code detail} adds what only the run knows (figures, names), may be null.
 */
public record Conclusion(Kind kind, String code, String rule, String detail) {

    public enum Kind {
        GREEN_FLAG, YELLOW_FLAG, FAILURE_RISK, JOB_RISK, NOTE, INTERVIEW_FOCUS, COMPENSATION, VERDICT
    }

    public static Conclusion of(Kind kind, RuleContext drools) {
        return of(kind, drools, null);
    }

    public static Conclusion of(Kind kind, RuleContext drools, String detail) {
        Object code = drools.getRule().getMetaData().get("code");
        if (code == null) {
            throw new IllegalStateException("rule \"" + drools.getRule().getName() + "\" concludes without @code");
        }
        return new Conclusion(kind, code.toString(), drools.getRule().getName(), detail);
    }

    public static Conclusion green(RuleContext drools) {
        return of(Kind.GREEN_FLAG, drools);
    }

    public static Conclusion yellow(RuleContext drools) {
        return of(Kind.YELLOW_FLAG, drools);
    }

    public static Conclusion risk(RuleContext drools) {
        return of(Kind.FAILURE_RISK, drools);
    }

    public static Conclusion jobRisk(RuleContext drools) {
        return of(Kind.JOB_RISK, drools);
    }

    public static Conclusion note(RuleContext drools) {
        return of(Kind.NOTE, drools);
    }

    public static Conclusion focus(RuleContext drools) {
        return of(Kind.INTERVIEW_FOCUS, drools);
    }

    public static Conclusion verdict(RuleContext drools) {
        return of(Kind.VERDICT, drools);
    }
}
