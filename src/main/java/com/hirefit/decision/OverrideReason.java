package com.hirefit.decision;

import java.util.Arrays;

/**
 * Why a recruiter went against HireFit's recommendation: the list the workspace and the API offer, one source for
 * both. Each reason is about the evidence, the opening or the process, never about the person: none names or stands
 * for a protected attribute. OTHER needs a note in the recruiter's own words.
 */
public enum OverrideReason {
    EVIDENCE_MISSED("The resume shows relevant work the rules did not read"),
    EVIDENCE_OVERREAD("The rules read more into the resume than it supports"),
    OUTSIDE_RESUME("Information beyond the resume: application answers, portfolio, work sample"),
    OPENING_CHANGED("The opening's needs changed since the job was set up"),
    PAY_OR_LEVEL_FLEXIBLE("Pay or level can be adjusted for this opening"),
    POSITION_FILLED("The position is filled or paused"),
    CANDIDATE_WITHDREW("The candidate withdrew or is not available"),
    OTHER("Another reason (say which in the note)");

    private final String label;

    OverrideReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static String names() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
