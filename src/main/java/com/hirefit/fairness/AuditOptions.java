package com.hirefit.fairness;

/**
 * How the tables are computed.
 *
 * @param excludeUnderTwoPercent leave categories under 2% of a table's applicants out of the impact ratios, as
 *     6 RCNY §5-301(d) allows an independent auditor to (their applicants and rate are still shown, with the reason)
 * @param alpha the significance level of the tests (0.05: |z| at least 1.96)
 */
public record AuditOptions(boolean excludeUnderTwoPercent, double alpha) {
    public static final AuditOptions DEFAULT = new AuditOptions(false, 0.05);

    public AuditOptions {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1");
        }
    }
}
