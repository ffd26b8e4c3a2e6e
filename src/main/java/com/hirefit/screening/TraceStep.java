package com.hirefit.screening;

import java.util.List;

/**
 * One fired rule in a trace, in firing order: the rule, where it is written ({@code file:line}), its ruleflow
 * group, the facts its conditions matched, and the facts its consequence inserted. Facts are the rules' own
 * records (never name or contact: rules do not see them); {@link FactText} renders them. {@code matched} is
 * empty when the rule's conditions only test that something exists or does not.
 */
public record TraceStep(String rule, String file, int line, String group, List<Object> matched, List<Object> produced) {

    public TraceStep {
        matched = List.copyOf(matched);
        produced = List.copyOf(produced);
    }

    /** {@code file:line}, or the file alone when the line is unknown. */
    public String where() {
        return line > 0 ? file + ":" + line : file;
    }
}
