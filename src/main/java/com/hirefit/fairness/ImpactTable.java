package com.hirefit.fairness;

import java.util.List;

/**
 * The rates and impact ratios of one dimension's categories for one definition of "selected".
 *
 * @param applicants the applicants with a known category in this dimension
 * @param unknown the applicants left out because their category in this dimension is unknown (§5-301(b)(5))
 * @param reference the key of the most selected category (the ratios' denominator), null when there is none
 * @param warnings plain-words cautions: small samples, exclusions, nobody selected
 */
public record ImpactTable(Dimension dimension, int applicants, int unknown, String reference, List<ImpactRow> rows,
                          List<String> warnings) {
}
