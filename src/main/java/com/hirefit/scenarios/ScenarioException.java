package com.hirefit.scenarios;

import java.util.List;

/** A scenario that cannot run as written: every problem found in it, each a full message naming file and scenario. */
public final class ScenarioException extends Exception {
    private final List<String> problems;

    public ScenarioException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
