package com.hirefit.fairness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Computes an adverse-impact report from the applicants in scope. Pure: the caller gathers the records. */
public final class Audit {
    private static final List<Dimension> RULE_DIMENSIONS = List.of(Dimension.SEX, Dimension.RACE_ETHNICITY);

    private Audit() {
    }

    public static AuditReport report(List<AuditRecord> records, AuditReport.Scope scope, Selection selection,
                                     AuditOptions options) {
        double median = median(records);
        List<AuditRecord> counted = records.stream().filter(selection::counts).toList();
        List<ImpactTable> tables = tables(counted, r -> selection.selected(r, median), options);
        List<ImpactTable> engine = selection == Selection.DECISION
                ? tables(counted, r -> Selection.FIT.selected(r, median), options) : List.of();
        AuditReport.Header header = new AuditReport.Header(scope.auditDate(), scope.distributionDate(), scope.dataSource(),
                scope.dataSourceNote(), scope.from(), scope.to(), scope.jobId(), selection, selection.definition(),
                scope.rulesVersions(), records.size(), counted.size(),
                (int) counted.stream().filter(r -> r.sex() == null).count(),
                (int) counted.stream().filter(r -> r.race() == null).count(),
                (int) counted.stream().filter(r -> r.sex() == null || r.race() == null).count(), median,
                options.excludeUnderTwoPercent(), options.alpha(), records.size() - (int) records.stream()
                        .filter(Selection.DECISION::counts).count());
        return new AuditReport(header, tables, engine, rules(records, options), overridesByRule(records),
                overridesByRole(records));
    }

    private static List<ImpactTable> tables(List<AuditRecord> records, Predicate<AuditRecord> selected, AuditOptions options) {
        return java.util.Arrays.stream(Dimension.values()).map(d -> table(d, records, selected, options)).toList();
    }

    static ImpactTable table(Dimension dimension, List<AuditRecord> records, Predicate<AuditRecord> selected,
                             AuditOptions options) {
        Map<String, int[]> counts = new HashMap<>();
        int unknown = 0;
        for (AuditRecord r : records) {
            String key = dimension.key(r.sex(), r.race());
            if (key == null) {
                unknown++;
                continue;
            }
            int[] c = counts.computeIfAbsent(key, k -> new int[2]);
            c[0]++;
            if (selected.test(r)) {
                c[1]++;
            }
        }
        List<Impact.Group> groups = dimension.categories().stream().map(category -> {
            int[] c = counts.getOrDefault(category.key(), new int[2]);
            return new Impact.Group(category.key(), category.label(), c[0], c[1]);
        }).toList();
        return Impact.table(dimension, groups, unknown, options);
    }

    /** The median of the highest role scores of the full sample (§5-301(c)(1)); 0 for no one. */
    static double median(List<AuditRecord> records) {
        int[] scores = records.stream().mapToInt(AuditRecord::score).sorted().toArray();
        if (scores.length == 0) {
            return 0;
        }
        int mid = scores.length / 2;
        return scores.length % 2 == 1 ? scores[mid] : (scores[mid - 1] + scores[mid]) / 2.0;
    }

    /** Every rule that concluded a flag, a risk or a verdict for anyone in scope, the one with the largest shortfall first. */
    static List<AuditReport.RuleImpact> rules(List<AuditRecord> records, AuditOptions options) {
        Map<String, AuditRecord.RuleHit> seen = new TreeMap<>();
        for (AuditRecord r : records) {
            for (AuditRecord.RuleHit hit : r.rules()) {
                seen.putIfAbsent(hit.rule() + "\u0000" + hit.kind(), hit);
            }
        }
        List<AuditReport.RuleImpact> impacts = new ArrayList<>();
        for (AuditRecord.RuleHit hit : seen.values()) {
            boolean adverse = AuditRecord.adverse(hit);
            Predicate<AuditRecord> fires = r -> r.rules().stream()
                    .anyMatch(h -> h.rule().equals(hit.rule()) && h.kind() == hit.kind());
            Predicate<AuditRecord> favourable = adverse ? fires.negate() : fires;
            List<AuditReport.RuleCell> cells = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            AuditReport.RuleCell lowest = null;
            for (Dimension dimension : RULE_DIMENSIONS) {
                ImpactTable table = table(dimension, records, favourable, options);
                warnings.addAll(table.warnings().stream().map(w -> dimension.label() + ": " + w).toList());
                for (ImpactRow row : table.rows()) {
                    int fired = adverse ? row.applicants() - row.selected() : row.selected();
                    Double p = "z".equals(row.test()) ? row.zP() : row.fisherP();
                    AuditReport.RuleCell cell = new AuditReport.RuleCell(dimension, row.key(), row.label(), row.applicants(),
                            fired, row.applicants() == 0 ? null : (double) fired / row.applicants(), row.impactRatio(),
                            row.reference(), row.excluded(), p, row.significant(), row.smallSample(), row.shortfall());
                    cells.add(cell);
                    if (cell.impactRatio() != null && (lowest == null || cell.impactRatio() < lowest.impactRatio())) {
                        lowest = cell;
                    }
                }
            }
            int fired = (int) records.stream().filter(fires).count();
            double shortfall = cells.stream().filter(c -> c.shortfall() != null).mapToDouble(AuditReport.RuleCell::shortfall)
                    .max().orElse(0);
            impacts.add(new AuditReport.RuleImpact(hit.rule(), hit.kind(), hit.code(), adverse, fired, records.size(), cells,
                    lowest == null ? null : lowest.impactRatio(), lowest == null ? null : lowest.label(),
                    lowest != null && lowest.significant(), shortfall, warnings));
        }
        impacts.sort(Comparator.comparingDouble((AuditReport.RuleImpact r) -> -r.shortfall())
                .thenComparing(r -> r.lowestRatio() == null ? 2.0 : r.lowestRatio()).thenComparing(AuditReport.RuleImpact::rule));
        return impacts;
    }

    /** Per rule that concluded something in a decided assessment: how many of those decisions overrode the recommendation. */
    static List<AuditReport.OverrideRate> overridesByRule(List<AuditRecord> records) {
        Map<String, int[]> byRule = new TreeMap<>();
        for (AuditRecord r : records) {
            if (r.decision() == null) {
                continue;
            }
            r.rules().stream().map(AuditRecord.RuleHit::rule).distinct().forEach(rule -> {
                int[] c = byRule.computeIfAbsent(rule, k -> new int[2]);
                c[0]++;
                c[1] += r.override() ? 1 : 0;
            });
        }
        return rates(byRule);
    }

    /** Per role of whoever decided: how many decisions overrode the recommendation. */
    static List<AuditReport.OverrideRate> overridesByRole(List<AuditRecord> records) {
        Map<String, int[]> byRole = new LinkedHashMap<>();
        records.stream().filter(r -> r.decision() != null).sorted(Comparator.comparing(r -> String.valueOf(r.decidedAs())))
                .forEach(r -> {
                    int[] c = byRole.computeIfAbsent(String.valueOf(r.decidedAs()), k -> new int[2]);
                    c[0]++;
                    c[1] += r.override() ? 1 : 0;
                });
        return rates(byRole);
    }

    private static List<AuditReport.OverrideRate> rates(Map<String, int[]> counts) {
        return counts.entrySet().stream()
                .map(e -> new AuditReport.OverrideRate(e.getKey(), e.getValue()[0], e.getValue()[1],
                        (double) e.getValue()[1] / e.getValue()[0]))
                .sorted(Comparator.comparingDouble(AuditReport.OverrideRate::rate).reversed()
                        .thenComparing(AuditReport.OverrideRate::by))
                .toList();
    }
}
