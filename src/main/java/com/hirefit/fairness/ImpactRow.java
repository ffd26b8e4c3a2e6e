package com.hirefit.fairness;

/**
 * One category's line of an impact table (the layout BABL and DCWP use).
 *
 * @param rate selected ÷ applicants; null without applicants
 * @param impactRatio rate ÷ the reference category's rate; null for an empty or excluded category, or when nobody in the
 *     reference category was selected
 * @param belowFourFifths the ratio is under 0.8 (UGESP 29 CFR 1607.4(D)'s rule of thumb: not a legal line under LL144)
 * @param excluded left out of the ratios under the 2% option; {@code exclusionReason} says why
 * @param z the two-proportion z statistic against the reference category (pooled); negative: this category is selected
 *     less; null for the reference itself or where it is undefined
 * @param zP its two-sided p-value
 * @param fisherP Fisher's exact test, two-sided, against the reference category
 * @param test which test the significance rests on: "z" when both categories have 30 applicants or more and the expected
 *     selections are 5 or more, else "Fisher" (BABL's LL144 criterion; OFCCP's practice)
 * @param significant that test's p-value is under the report's alpha
 * @param shortfall how many more of this category would have had to be selected to match the reference rate
 * @param flipsWithTwo a ratio under 0.8 that two more selections would lift to 0.8 or more (Biddle's practical check)
 * @param smallSample under 30 applicants, or under 5 expected selections: the numbers cannot support a conclusion
 */
public record ImpactRow(String key, String label, int applicants, int selected, Double rate, Double impactRatio,
                        boolean reference, boolean belowFourFifths, boolean excluded, String exclusionReason, Double z,
                        Double zP, Double fisherP, String test, boolean significant, Double shortfall, boolean flipsWithTwo,
                        boolean smallSample) {
}
