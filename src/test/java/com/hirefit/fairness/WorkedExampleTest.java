package com.hirefit.fairness;

import static com.hirefit.candidate.RaceEthnicity.ASIAN;
import static com.hirefit.candidate.RaceEthnicity.BLACK;
import static com.hirefit.candidate.RaceEthnicity.HISPANIC_OR_LATINO;
import static com.hirefit.candidate.RaceEthnicity.NATIVE_AMERICAN_OR_ALASKA_NATIVE;
import static com.hirefit.candidate.RaceEthnicity.NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER;
import static com.hirefit.candidate.RaceEthnicity.TWO_OR_MORE_RACES;
import static com.hirefit.candidate.RaceEthnicity.WHITE;
import static com.hirefit.candidate.Sex.FEMALE;
import static com.hirefit.candidate.Sex.MALE;
import static com.hirefit.fairness.Applicants.row;
import static com.hirefit.fairness.Applicants.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The worked example of 6 RCNY §5-301(b) (DCWP's final rule), each of its three tables as its own fixture, since they
 * disagree with one another (the race table counts 2,584 applicants, the others 2,571). Expected ratios are the rule's,
 * recomputed (shared/reference/adverse-impact.md); the Hispanic female row's rate and ratio, swapped in the rule, are
 * taken the right way round.
 */
class WorkedExampleTest {

    @Test
    void theSexTableGivesFemaleAnImpactRatioOf0979() {
        AuditReport report = new Applicants().add(MALE, null, 1390, 667).add(FEMALE, null, 1181, 555).add(null, null, 250, 100)
                .report(AuditOptions.DEFAULT);
        ImpactTable sex = table(report, Dimension.SEX);
        assertThat(sex.reference()).isEqualTo("MALE");
        assertThat(sex.unknown()).isEqualTo(250);
        assertThat(row(sex, "MALE").rate()).isCloseTo(0.4799, within(0.00005));
        assertThat(row(sex, "FEMALE").rate()).isCloseTo(0.4699, within(0.00005));
        assertThat(row(sex, "FEMALE").impactRatio()).isCloseTo(0.979, within(0.0005));
        assertThat(row(sex, "FEMALE").belowFourFifths()).isFalse();
        assertThat(row(sex, "FEMALE").test()).isEqualTo("z");
        assertThat(row(sex, "FEMALE").significant()).isFalse();
        assertThat(report.header().unknownSex()).isEqualTo(250);
    }

    @Test
    void theRaceTableGivesBlackAnImpactRatioOf0843AndTheOthersAsPublished() {
        AuditReport report = new Applicants().add(null, HISPANIC_OR_LATINO, 408, 204).add(null, WHITE, 797, 412)
                .add(null, BLACK, 390, 170).add(null, NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER, 119, 52).add(null, ASIAN, 616, 302)
                .add(null, NATIVE_AMERICAN_OR_ALASKA_NATIVE, 41, 18).add(null, TWO_OR_MORE_RACES, 213, 96)
                .report(AuditOptions.DEFAULT);
        ImpactTable race = table(report, Dimension.RACE_ETHNICITY);
        assertThat(race.applicants()).isEqualTo(2584);
        assertThat(race.reference()).isEqualTo("WHITE");
        assertThat(row(race, "WHITE").rate()).isCloseTo(0.5169, within(0.00005));
        assertThat(row(race, "BLACK").rate()).isCloseTo(0.4359, within(0.00005));
        assertThat(row(race, "BLACK").impactRatio()).isCloseTo(0.843, within(0.0005));
        // the rule prints two decimals
        Map<String, Double> published = Map.of("HISPANIC_OR_LATINO", 0.97, "WHITE", 1.00, "BLACK", 0.84,
                "NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER", 0.85, "ASIAN", 0.95, "NATIVE_AMERICAN_OR_ALASKA_NATIVE", 0.85,
                "TWO_OR_MORE_RACES", 0.87);
        published.forEach((key, ratio) -> assertThat(row(race, key).impactRatio()).as(key).isCloseTo(ratio, within(0.005)));
        // 170 of 390 against 412 of 797: z = -2.6, the gap is significant though the ratio is above 0.8
        assertThat(row(race, "BLACK").z()).isCloseTo(-2.62, within(0.01));
        assertThat(row(race, "BLACK").significant()).isTrue();
        assertThat(row(race, "BLACK").belowFourFifths()).isFalse();
        assertThat(row(race, "BLACK").shortfall()).isCloseTo(390 * 412.0 / 797 - 170, within(1e-9));
    }

    private static Applicants intersections() {
        return new Applicants()
                .add(MALE, HISPANIC_OR_LATINO, 205, 90).add(FEMALE, HISPANIC_OR_LATINO, 190, 82)
                .add(MALE, WHITE, 412, 215).add(MALE, BLACK, 226, 95).add(MALE, NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER, 87, 37)
                .add(MALE, ASIAN, 321, 167).add(MALE, NATIVE_AMERICAN_OR_ALASKA_NATIVE, 24, 11).add(MALE, TWO_OR_MORE_RACES, 115, 52)
                .add(FEMALE, WHITE, 385, 197).add(FEMALE, BLACK, 164, 75).add(FEMALE, NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER, 32, 15)
                .add(FEMALE, ASIAN, 295, 135).add(FEMALE, NATIVE_AMERICAN_OR_ALASKA_NATIVE, 17, 7)
                .add(FEMALE, TWO_OR_MORE_RACES, 98, 44)
                .add(null, null, 250, 120);
    }

    @Test
    void theIntersectionalTableGivesTheNativeAmericanFemaleCell0789WithFisherPAbout046() {
        AuditReport report = intersections().report(AuditOptions.DEFAULT);
        ImpactTable cells = table(report, Dimension.INTERSECTION);
        assertThat(cells.applicants()).isEqualTo(2571);
        assertThat(cells.unknown()).isEqualTo(250);
        assertThat(cells.reference()).isEqualTo("MALE|WHITE");
        ImpactRow cell = row(cells, "FEMALE|NATIVE_AMERICAN_OR_ALASKA_NATIVE");
        assertThat(cell.rate()).isCloseTo(0.4118, within(0.00005));
        assertThat(cell.impactRatio()).isCloseTo(0.789, within(0.0005));
        assertThat(cell.belowFourFifths()).isTrue();
        assertThat(cell.z()).isCloseTo(-0.89, within(0.005));
        assertThat(cell.zP()).isCloseTo(0.37, within(0.005));
        assertThat(cell.fisherP()).isCloseTo(0.46, within(0.005));
        assertThat(cell.test()).isEqualTo("Fisher");
        assertThat(cell.significant()).isFalse();
        assertThat(cell.smallSample()).isTrue();
        assertThat(cell.flipsWithTwo()).isTrue();
        assertThat(cells.warnings()).anyMatch(w -> w.startsWith("Small samples") && w.contains("Female, Native American"));
        Map<String, Double> published = Map.ofEntries(Map.entry("MALE|HISPANIC_OR_LATINO", 0.841),
                Map.entry("FEMALE|HISPANIC_OR_LATINO", 0.827), Map.entry("MALE|WHITE", 1.000), Map.entry("MALE|BLACK", 0.806),
                Map.entry("MALE|NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER", 0.815), Map.entry("MALE|ASIAN", 0.997),
                Map.entry("MALE|NATIVE_AMERICAN_OR_ALASKA_NATIVE", 0.878), Map.entry("MALE|TWO_OR_MORE_RACES", 0.866),
                Map.entry("FEMALE|WHITE", 0.981), Map.entry("FEMALE|BLACK", 0.876),
                Map.entry("FEMALE|NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER", 0.898), Map.entry("FEMALE|ASIAN", 0.877),
                Map.entry("FEMALE|NATIVE_AMERICAN_OR_ALASKA_NATIVE", 0.789), Map.entry("FEMALE|TWO_OR_MORE_RACES", 0.860));
        published.forEach((key, ratio) -> assertThat(row(cells, key).impactRatio()).as(key).isCloseTo(ratio, within(0.0005)));
        // the sex table of the same applicants is the rule's sex table
        assertThat(row(table(report, Dimension.SEX), "FEMALE").impactRatio()).isCloseTo(0.979, within(0.0005));
        assertThat(report.header().unknownEither()).isEqualTo(250);
        System.out.printf(java.util.Locale.ROOT, "LL144 worked example, intersections: Female, Native American or Alaska Native"
                        + " %d/%d, rate %.4f, impact ratio %.3f against White male %d/%d; z %.2f (p %.2f), Fisher p %.2f%n",
                cell.selected(), cell.applicants(), cell.rate(), cell.impactRatio(), 215, 412, cell.z(), cell.zP(), cell.fisherP());
    }

    @Test
    void theTwoPercentOptionExcludesTheExamplesThreeSmallCellsAndSaysWhy() {
        ImpactTable cells = table(intersections().report(new AuditOptions(true, 0.05)), Dimension.INTERSECTION);
        assertThat(cells.rows().stream().filter(ImpactRow::excluded).map(ImpactRow::key)).containsExactlyInAnyOrder(
                "MALE|NATIVE_AMERICAN_OR_ALASKA_NATIVE", "FEMALE|NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER",
                "FEMALE|NATIVE_AMERICAN_OR_ALASKA_NATIVE");
        ImpactRow excluded = row(cells, "FEMALE|NATIVE_AMERICAN_OR_ALASKA_NATIVE");
        assertThat(excluded.impactRatio()).isNull();
        assertThat(excluded.applicants()).isEqualTo(17);
        assertThat(excluded.rate()).isCloseTo(0.4118, within(0.00005));
        assertThat(excluded.exclusionReason()).contains("17 of 2571", "0.7%", "under 2%", "§5-301(d)");
        assertThat(row(cells, "MALE|BLACK").impactRatio()).isCloseTo(0.806, within(0.0005));
        assertThat(cells.warnings()).anyMatch(w -> w.contains("§5-301(d)"));
    }
}
