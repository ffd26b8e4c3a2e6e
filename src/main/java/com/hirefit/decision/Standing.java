package com.hirefit.decision;

import java.time.Instant;

/** The decision standing on an assessment: what, whether it overrides the recommendation, who and when. */
public record Standing(Decision decision, boolean override, String decidedBy, Instant decidedAt) {
}
