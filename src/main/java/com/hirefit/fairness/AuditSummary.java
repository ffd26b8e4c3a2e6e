package com.hirefit.fairness;

import java.util.ArrayList;
import java.util.List;

/**
 * The summary of results an employer publishes (6 RCNY §5-303): the audit date, the data source and what it is, the
 * period, the number of applicants and of those in an unknown category, the rates and impact ratios of every category
 * (with the justification and numbers of any category excluded under §5-301(d)), and the distribution date.
 */
public final class AuditSummary {
    private AuditSummary() {
    }

    public static String write(AuditReport report, Doc doc) {
        AuditReport.Header h = report.header();
        boolean scoring = h.selection() == Selection.SCORE;
        doc.heading(1, "Summary of the bias audit" + (h.jobId() == null ? "" : " for job " + h.jobId()));
        doc.list(List.of(
                "Audit date: " + h.auditDate(),
                "Distribution date (first use of the tool): " + (h.distributionDate() == null ? "not yet used" : h.distributionDate()),
                "Data source: " + h.dataSource() + " data. " + h.dataSourceNote(),
                "Period: " + h.from() + " to " + h.to(),
                "Number of applicants assessed: " + h.assessed()
                        + (h.selection() == Selection.DECISION ? " (" + h.applicants() + " with a recruiter's decision)" : ""),
                "Applicants in an unknown category, not included in the calculations: " + h.unknownEither()
                        + " (unknown sex: " + h.unknownSex() + "; unknown race/ethnicity: " + h.unknownRace() + ")",
                h.definition() + (scoring ? " Median score: " + Fmt.number(h.medianScore(), 1) + "." : ""),
                "Rules versions that produced the outcomes: " + String.join(", ", h.rulesVersions())));
        for (ImpactTable table : report.tables()) {
            doc.heading(2, table.dimension().label() + " categories");
            List<List<String>> rows = new ArrayList<>();
            for (ImpactRow r : table.rows()) {
                rows.add(List.of(r.label(), String.valueOf(r.applicants()), String.valueOf(r.selected()), Fmt.rate(r.rate()),
                        Fmt.ratio(r.impactRatio())));
            }
            doc.table(List.of("Category", "Number of applicants", scoring ? "Scored above the median" : "Number selected",
                    scoring ? "Scoring rate" : "Selection rate", "Impact ratio"), rows);
            List<String> excluded = table.rows().stream().filter(ImpactRow::excluded)
                    .map(r -> r.label() + ": " + r.exclusionReason() + "; its " + (scoring ? "scoring" : "selection") + " rate is "
                            + Fmt.rate(r.rate()) + ".")
                    .toList();
            if (!excluded.isEmpty()) {
                doc.paragraph("Excluded from the impact ratios:");
                doc.list(excluded);
            }
        }
        doc.paragraph("The impact ratio is a category's " + (scoring ? "scoring" : "selection") + " rate divided by the rate"
                + " of the category with the highest rate. The individuals in an unknown category were assessed by the tool"
                + " but are not included in the calculations above.");
        return doc.render();
    }
}
