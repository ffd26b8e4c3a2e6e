package com.hirefit.fairness;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The arithmetic of an impact table, as 6 RCNY §5-300/§5-301 define it: a category's selection (or scoring) rate over
 * the rate of the most selected category; and the statistics the UGESP practice adds to it (29 CFR 1607.4(D)): the
 * four-fifths rule of thumb, the two-proportion z-test and Fisher's exact test against the most selected category
 * (commons-math3's distributions), the shortfall, Biddle's "two more selected" check. Pure: no I/O, no state.
 */
public final class Impact {
    /** A category's counts, in the order the table shows them. */
    public record Group(String key, String label, int applicants, int selected) {
        public Group {
            if (applicants < 0 || selected < 0 || selected > applicants) {
                throw new IllegalArgumentException("a group needs 0 <= selected <= applicants: " + key);
            }
        }
    }

    static final double FOUR_FIFTHS = 0.8;
    static final double TWO_PERCENT = 0.02;
    /** Under this many applicants, a category is a small sample and Fisher's exact test decides. */
    static final int SMALL = 30;
    /** Under this many expected selections, likewise. */
    static final double FEW_EXPECTED = 5;
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private Impact() {
    }

    public static ImpactTable table(Dimension dimension, List<Group> groups, int unknown, AuditOptions options) {
        int total = groups.stream().mapToInt(Group::applicants).sum();
        List<String> warnings = new ArrayList<>();
        boolean[] excluded = new boolean[groups.size()];
        Group reference = null;
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            excluded[i] = options.excludeUnderTwoPercent() && g.applicants() > 0 && g.applicants() < TWO_PERCENT * total;
            if (g.applicants() > 0 && !excluded[i] && (reference == null || rate(g) > rate(reference))) {
                reference = g;
            }
        }
        double referenceRate = reference == null ? 0 : rate(reference);
        List<ImpactRow> rows = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            rows.add(row(groups.get(i), reference, excluded[i], total, options));
        }
        if (total == 0) {
            warnings.add("No applicant has a known category here: there is nothing to compare.");
        } else if (rows.stream().filter(r -> r.applicants() > 0 && !r.excluded()).count() < 2) {
            warnings.add("Only one category has applicants (after any exclusion): impact ratios compare categories, so"
                    + " there is nothing to compare.");
        } else if (referenceRate == 0) {
            warnings.add("Nobody was selected in any category: rates are all 0 and ratios undefined.");
        }
        List<String> small = rows.stream().filter(r -> r.smallSample() && !r.excluded() && r.applicants() > 0)
                .map(ImpactRow::label).toList();
        if (!small.isEmpty()) {
            warnings.add("Small samples (under " + SMALL + " applicants or " + (int) FEW_EXPECTED + " expected selections): "
                    + String.join("; ", small) + ". A ratio there can be far from 1 by chance alone; UGESP §1607.4(D)"
                    + " suggests a longer period before drawing a conclusion.");
        }
        List<String> excludedLabels = rows.stream().filter(ImpactRow::excluded).map(ImpactRow::label).toList();
        if (!excludedLabels.isEmpty()) {
            warnings.add("Excluded from the impact ratios under 6 RCNY §5-301(d), each being under 2% of the " + total
                    + " applicants here: " + String.join("; ", excludedLabels) + ".");
        }
        return new ImpactTable(dimension, total, unknown, reference == null ? null : reference.key(), rows, warnings);
    }

    private static ImpactRow row(Group g, Group reference, boolean excluded, int total, AuditOptions options) {
        Double rate = g.applicants() == 0 ? null : rate(g);
        String why = excluded ? String.format(java.util.Locale.ROOT,
                "%d of %d applicants (%.1f%%) is under 2%% of the data: excluded from the impact ratios (6 RCNY §5-301(d))",
                g.applicants(), total, 100.0 * g.applicants() / total) : null;
        boolean isReference = reference != null && g.key().equals(reference.key());
        double referenceRate = reference == null ? 0 : rate(reference);
        if (rate == null || excluded || reference == null || referenceRate == 0) {
            return new ImpactRow(g.key(), g.label(), g.applicants(), g.selected(), rate, null, isReference, false, excluded,
                    why, null, null, null, null, false, null, false, rate != null && small(g, reference));
        }
        double ratio = rate / referenceRate;
        boolean below = ratio < FOUR_FIFTHS;
        if (isReference) {
            return new ImpactRow(g.key(), g.label(), g.applicants(), g.selected(), rate, 1.0, true, false, false, null, null,
                    null, null, null, false, 0.0, false, g.applicants() < SMALL);
        }
        Double z = z(g, reference);
        Double zP = z == null ? null : 2 * NORMAL.cumulativeProbability(-Math.abs(z));
        double fisherP = fisher(g, reference);
        boolean small = small(g, reference);
        String test = small ? "Fisher" : "z";
        Double p = small ? Double.valueOf(fisherP) : zP;
        double shortfall = Math.max(0, g.applicants() * referenceRate - g.selected());
        boolean flips = below && (g.selected() + 2.0) / g.applicants() / referenceRate >= FOUR_FIFTHS;
        return new ImpactRow(g.key(), g.label(), g.applicants(), g.selected(), rate, ratio, false, below, false, null, z, zP,
                fisherP, test, p != null && p < options.alpha(), shortfall, flips, small);
    }

    private static double rate(Group g) {
        return (double) g.selected() / g.applicants();
    }

    /** Under 30 applicants on either side, or under 5 selections expected at the pooled rate. */
    private static boolean small(Group g, Group reference) {
        if (g.applicants() < SMALL || reference == null || reference.applicants() < SMALL) {
            return true;
        }
        double pooled = (double) (g.selected() + reference.selected()) / (g.applicants() + reference.applicants());
        return g.applicants() * pooled < FEW_EXPECTED;
    }

    /** Z = (p1 − p2) / √(P(1−P)(1/n1 + 1/n2)), P pooled; null when P is 0 or 1 (no variation at all). */
    static Double z(Group g, Group reference) {
        double pooled = (double) (g.selected() + reference.selected()) / (g.applicants() + reference.applicants());
        double variance = pooled * (1 - pooled) * (1.0 / g.applicants() + 1.0 / reference.applicants());
        return variance == 0 ? null : (rate(g) - rate(reference)) / Math.sqrt(variance);
    }

    /**
     * Fisher's exact test of the 2×2 table (selected or not, this category or the reference), two-sided: the
     * probability, given the margins, of a table at most as likely as the one seen (R's fisher.test convention, with its
     * relative tolerance for ties).
     */
    static double fisher(Group g, Group reference) {
        int population = g.applicants() + reference.applicants();
        int selected = g.selected() + reference.selected();
        HypergeometricDistribution h = new HypergeometricDistribution(null, population, selected, g.applicants());
        double observed = h.probability(g.selected());
        double p = 0;
        for (int k = h.getSupportLowerBound(); k <= h.getSupportUpperBound(); k++) {
            double pk = h.probability(k);
            if (pk <= observed * (1 + 1e-7)) {
                p += pk;
            }
        }
        return Math.min(1, p);
    }
}
