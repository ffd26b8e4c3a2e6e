package com.hirefit.fairness;

import com.hirefit.candidate.RaceEthnicity;
import com.hirefit.candidate.Sex;
import com.hirefit.vocabulary.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds audit records by the count: so many applicants of a category, so many of them selected (FIT, else NOT_FIT). */
final class Applicants {
    static final AuditReport.Scope SCOPE = new AuditReport.Scope(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 1),
            "test", "fixture", LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30), null, List.of("v1"));

    private final List<AuditRecord> records = new ArrayList<>();

    Applicants add(Sex sex, RaceEthnicity race, int applicants, int selected) {
        for (int i = 0; i < applicants; i++) {
            records.add(new AuditRecord("JOB", sex, race, i < selected ? Verdict.FIT : Verdict.NOT_FIT, i < selected ? 10 : 0,
                    List.of(), null, false, null));
        }
        return this;
    }

    List<AuditRecord> records() {
        return records;
    }

    AuditReport report(AuditOptions options) {
        return Audit.report(records, SCOPE, Selection.FIT, options);
    }

    static ImpactRow row(ImpactTable table, String key) {
        return table.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    static ImpactTable table(AuditReport report, Dimension dimension) {
        return report.tables().stream().filter(t -> t.dimension() == dimension).findFirst().orElseThrow();
    }
}
