package com.hirefit.rules;

import com.hirefit.screening.Assessor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule base the service is answering with. Each request takes the current one once and keeps it, so a
 * request never mixes two versions.
 */
public final class CurrentRules {
    private final AtomicReference<RuleBase> current;

    public CurrentRules(RuleBase initial) {
        this.current = new AtomicReference<>(initial);
    }

    public RuleBase get() {
        return current.get();
    }

    /** An assessor bound to the rule base current at the time of the call. */
    public Assessor assessor() {
        return new Assessor(current.get());
    }
}
