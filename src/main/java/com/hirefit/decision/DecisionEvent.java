package com.hirefit.decision;

import com.hirefit.vocabulary.Verdict;
import java.time.Instant;

/**
 * One event of an assessment's decision trail. A {@code DECISION} records what was decided, against which
 * recommendation (verdict and rules version), whether it overrides it, and why; an {@code UNDO} records that a
 * decision ({@code undoes}) no longer stands, and carries that decision, its recommendation and its override flag
 * again. Who: a workspace user name or an API key's name ({@code via} says which), never the candidate.
 */
public record DecisionEvent(String eventId, String assessmentId, Kind kind, Decision decision, Verdict verdict, String rulesVersion,
                            boolean override, OverrideReason reason, String note, String undoes, String batchId,
                            String decidedBy, String via, Instant decidedAt) {

    public enum Kind { DECISION, UNDO }

    /** The recruiter's or the machine's channel. */
    public static final String WORKSPACE = "workspace";
    public static final String API = "api";

    public boolean isUndo() {
        return kind == Kind.UNDO;
    }
}
