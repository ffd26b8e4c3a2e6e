package com.hirefit.fairness;

import java.util.Locale;

/** How the report's numbers read: rates as percentages with one decimal, ratios with three, "N/A" where undefined. */
public final class Fmt {
    private Fmt() {
    }

    public static String rate(Double rate) {
        return rate == null ? "–" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    public static String ratio(Double ratio) {
        return ratio == null ? "N/A" : String.format(Locale.ROOT, "%.3f", ratio);
    }

    public static String p(Double p) {
        return p == null ? "–" : p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    public static String number(Double value, int decimals) {
        return value == null ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
