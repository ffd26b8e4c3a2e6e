package com.hirefit.scenarios;

import java.util.List;
import java.util.Set;

/** How one scenario ran: the expectations that did not hold (none: it passed) and every rule it fired, by name. */
public record ScenarioResult(String file, int line, String name, List<String> failures, Set<String> firedRules) {

    public ScenarioResult {
        failures = List.copyOf(failures);
        firedRules = Set.copyOf(firedRules);
    }

    public boolean passed() {
        return failures.isEmpty();
    }

    /** {@code file:line: scenario "name"}. */
    public String where() {
        return Scenario.where(file, line, name);
    }
}
