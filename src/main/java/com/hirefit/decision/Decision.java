package com.hirefit.decision;

import com.hirefit.vocabulary.Verdict;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a recruiter decides about a candidate, and the one place that says which of HireFit's recommendations each
 * decision follows: ADVANCE follows STRONG_FIT and FIT, REJECT follows NOT_FIT, HOLD follows REVIEW (a person weighs
 * what the rules flagged). Any other pairing goes against the recommendation: an override, which needs a reason.
 */
public enum Decision {
    ADVANCE(EnumSet.of(Verdict.STRONG_FIT, Verdict.FIT)),
    REJECT(EnumSet.of(Verdict.NOT_FIT)),
    HOLD(EnumSet.of(Verdict.REVIEW));

    private final Set<Verdict> follows;

    Decision(Set<Verdict> follows) {
        this.follows = follows;
    }

    /** Whether this decision follows the recommendation (false: it overrides it). */
    public boolean follows(Verdict recommendation) {
        return follows.contains(recommendation);
    }

    /** The decision that follows a recommendation. */
    public static Decision following(Verdict recommendation) {
        return Arrays.stream(values()).filter(d -> d.follows(recommendation)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no decision follows " + recommendation));
    }

    /** The names, for messages: "ADVANCE, REJECT, HOLD". */
    static String names() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
