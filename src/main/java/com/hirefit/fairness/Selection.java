package com.hirefit.fairness;

import com.hirefit.vocabulary.Verdict;

/**
 * What "selected" means in a report, stated in it. The engine's verdict (two cut-offs), the LL144 scoring rate, and the
 * recruiters' decisions: comparing a verdict view with the decision view over the same applicants shows a gap the
 * people add or remove.
 */
public enum Selection {
    FIT("Selected: HireFit's recommendation is STRONG_FIT or FIT."),
    REVIEW_OR_BETTER("Selected: HireFit's recommendation is STRONG_FIT, FIT or REVIEW (anything but NOT_FIT)."),
    SCORE("Scoring rate (6 RCNY §5-301(c)): the candidate's highest role score is above the median score of the full"
            + " sample."),
    DECISION("Selected: a recruiter's standing decision is ADVANCE. Only applicants with a decision count.");

    private final String definition;

    Selection(String definition) {
        this.definition = definition;
    }

    public String definition() {
        return definition;
    }

    /** Whether an applicant counts in this view (the decision view counts decided applicants only). */
    boolean counts(AuditRecord r) {
        return this != DECISION || r.decision() != null;
    }

    boolean selected(AuditRecord r, double median) {
        return switch (this) {
            case FIT -> r.verdict() == Verdict.STRONG_FIT || r.verdict() == Verdict.FIT;
            case REVIEW_OR_BETTER -> r.verdict() != Verdict.NOT_FIT;
            case SCORE -> r.score() > median;
            case DECISION -> "ADVANCE".equals(r.decision());
        };
    }
}
