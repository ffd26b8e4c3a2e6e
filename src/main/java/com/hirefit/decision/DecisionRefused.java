package com.hirefit.decision;

import java.util.List;

/**
 * A decision or undo that was not recorded: why, each problem naming its field ({@code decision}, {@code reason},
 * {@code note}, {@code undo}) and never quoting the input.
 */
public class DecisionRefused extends RuntimeException {

    public enum Why {
        /** The request is incomplete or invalid. */
        INVALID,
        /** No such assessment, or no such batch of decisions. */
        NOT_FOUND,
        /** The trail moved on: the decision to undo is no longer the standing one. */
        CONFLICT
    }

    private final Why why;
    private final List<String> problems;

    DecisionRefused(Why why, String detail, List<String> problems) {
        super(detail);
        this.why = why;
        this.problems = List.copyOf(problems);
    }

    static DecisionRefused invalid(List<String> problems) {
        return new DecisionRefused(Why.INVALID, "The decision was not recorded: " + problems.size() + " problem(s).", problems);
    }

    static DecisionRefused notFound(String what) {
        return new DecisionRefused(Why.NOT_FOUND, what + " not found", List.of());
    }

    static DecisionRefused conflict(String problem) {
        return new DecisionRefused(Why.CONFLICT, "Nothing was undone.", List.of(problem));
    }

    public Why why() {
        return why;
    }

    public List<String> problems() {
        return problems;
    }
}
