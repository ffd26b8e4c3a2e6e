package com.hirefit.fairness;

import java.time.LocalDate;
import java.util.List;

/**
 * An adverse-impact report: the header LL144's summary asks for (6 RCNY §5-303), an impact table per dimension, the
 * engine's view beside the recruiters' (decision view only), the rules ranked by the gap they drive, and how often
 * recruiters override. Counts only: no Candidate ID, no name, no one's answer.
 */
public record AuditReport(Header header, List<ImpactTable> tables, List<ImpactTable> engineOnDecided,
                          List<RuleImpact> rules, List<OverrideRate> overridesByRule, List<OverrideRate> overridesByRole) {

    /**
     * @param dataSource "historical" (the employer's own use, §5-300) or "test"
     * @param dataSourceNote what the data is and where it came from, in plain words
     * @param assessed applicants in the period (the latest assessment of each candidate for each job)
     * @param applicants those this selection's view counts (all of them, or those with a decision)
     * @param unknownSex, unknownRace, unknownEither of those, how many have no known sex, race/ethnicity, or either
     * @param medianScore the median of the highest role score over the full sample (scoring view)
     * @param withoutDecision applicants left out of the decision view because no decision stands on them
     */
    public record Header(LocalDate auditDate, LocalDate distributionDate, String dataSource, String dataSourceNote,
                         LocalDate from, LocalDate to, String jobId, Selection selection, String definition,
                         List<String> rulesVersions, int assessed, int applicants, int unknownSex, int unknownRace,
                         int unknownEither, double medianScore, boolean excludeUnderTwoPercent, double alpha,
                         int withoutDecision) {
    }

    /** What the report is about, given by whoever asks for it. */
    public record Scope(LocalDate auditDate, LocalDate distributionDate, String dataSource, String dataSourceNote,
                        LocalDate from, LocalDate to, String jobId, List<String> rulesVersions) {
    }

    /**
     * One rule: how often it fires in each category, and the impact ratio of its outcome. For a rule that counts against
     * a candidate (a flag, a risk, a REVIEW or NOT_FIT verdict) the favourable outcome is that it does not fire; for a
     * STRONG_FIT or FIT verdict rule, that it fires.
     *
     * @param lowestRatio the lowest impact ratio over the sex and race/ethnicity categories (excluded ones aside)
     * @param shortfall the largest shortfall over those categories: how many more of that category would have had the
     *     favourable outcome at the reference category's rate. Rules are ranked by it: a flag that drives a gap falls
     *     short by every firing that makes the gap, while a verdict rule downstream of it falls short only where the flag
     *     changed the verdict
     */
    public record RuleImpact(String rule, AuditRecord.Kind kind, String code, boolean adverse, int fired, int applicants,
                             List<RuleCell> cells, Double lowestRatio, String lowestCategory, boolean lowestSignificant,
                             double shortfall, List<String> warnings) {
    }

    /** How often a rule fired in one category. */
    public record RuleCell(Dimension dimension, String key, String label, int applicants, int fired, Double fireRate,
                           Double impactRatio, boolean reference, boolean excluded, Double p, boolean significant,
                           boolean smallSample, Double shortfall) {
    }

    /** Decisions against the recommendation, per rule (that concluded something in the assessment) or per role. */
    public record OverrideRate(String by, int decisions, int overrides, double rate) {
    }
}
