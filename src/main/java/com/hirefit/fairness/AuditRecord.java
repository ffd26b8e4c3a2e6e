package com.hirefit.fairness;

import com.hirefit.candidate.RaceEthnicity;
import com.hirefit.candidate.Sex;
import com.hirefit.vocabulary.Verdict;
import java.util.List;

/**
 * One applicant as the audit counts them: the latest assessment of a candidate for a job, joined with their
 * self-identification inside the audit and nowhere else. No Candidate ID, no name: what leaves the audit is counts.
 *
 * @param sex null: not disclosed or no answer on file
 * @param score the candidate's highest role score (the score of their best-fit role)
 * @param rules the rules that concluded a yellow flag, a failure risk or the verdict
 * @param decision the recruiters' standing decision (ADVANCE, REJECT, HOLD), null when none
 * @param override whether that decision went against the recommendation
 * @param decidedAs the role of whoever decided (RECRUITER, ADMIN..., or API for a machine), null without a decision
 */
public record AuditRecord(String jobId, Sex sex, RaceEthnicity race, Verdict verdict, int score, List<RuleHit> rules,
                          String decision, boolean override, String decidedAs) {

    /** A rule that concluded something adverse or favourable in this assessment. */
    public record RuleHit(String rule, Kind kind, String code) {
    }

    /** What the rule concluded. A verdict rule for STRONG_FIT or FIT is favourable; everything else adverse. */
    public enum Kind {
        YELLOW_FLAG, FAILURE_RISK, VERDICT;
    }

    public AuditRecord {
        rules = List.copyOf(rules);
    }

    /** Whether firing this rule counts against the candidate (a flag, a risk, a REVIEW or NOT_FIT verdict). */
    static boolean adverse(RuleHit hit) {
        return hit.kind() != Kind.VERDICT || !(hit.code().equals(Verdict.STRONG_FIT.name()) || hit.code().equals(Verdict.FIT.name()));
    }

    /** The rules of an assessment that concluded a yellow flag, a failure risk or its verdict, each once. */
    public static List<RuleHit> hitsOf(com.hirefit.screening.CandidateAssessment a) {
        List<RuleHit> hits = new java.util.ArrayList<>();
        add(hits, a.yellowFlags(), Kind.YELLOW_FLAG);
        add(hits, a.failureRisks(), Kind.FAILURE_RISK);
        add(hits, a.verdictReasons(), Kind.VERDICT);
        return hits;
    }

    private static void add(List<RuleHit> hits, List<com.hirefit.screening.Finding> findings, Kind kind) {
        for (com.hirefit.screening.Finding f : findings) {
            RuleHit hit = new RuleHit(f.rule(), kind, f.code());
            if (!hits.contains(hit)) {
                hits.add(hit);
            }
        }
    }
}
