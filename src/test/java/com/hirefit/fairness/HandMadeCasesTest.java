package com.hirefit.fairness;

import static com.hirefit.candidate.RaceEthnicity.ASIAN;
import static com.hirefit.candidate.RaceEthnicity.WHITE;
import static com.hirefit.candidate.Sex.FEMALE;
import static com.hirefit.candidate.Sex.MALE;
import static com.hirefit.fairness.Applicants.row;
import static com.hirefit.fairness.Applicants.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The edges of an impact table: a category under 2%, empty categories, nobody known, one category, nobody selected. */
class HandMadeCasesTest {

    @Test
    void aCategoryUnderTwoPercentIsFlaggedWithoutTheOptionAndExcludedWithIt() {
        Applicants applicants = new Applicants().add(null, WHITE, 1000, 500).add(null, ASIAN, 1000, 450).add(null, com.hirefit.candidate.RaceEthnicity.BLACK, 10, 1);
        ImpactTable kept = table(applicants.report(AuditOptions.DEFAULT), Dimension.RACE_ETHNICITY);
        assertThat(row(kept, "BLACK").impactRatio()).isCloseTo(0.2, within(1e-9));
        assertThat(row(kept, "BLACK").belowFourFifths()).isTrue();
        assertThat(row(kept, "BLACK").excluded()).isFalse();
        assertThat(row(kept, "BLACK").smallSample()).isTrue();

        ImpactTable excluded = table(applicants.report(new AuditOptions(true, 0.05)), Dimension.RACE_ETHNICITY);
        assertThat(row(excluded, "BLACK").excluded()).isTrue();
        assertThat(row(excluded, "BLACK").impactRatio()).isNull();
        assertThat(row(excluded, "BLACK").belowFourFifths()).isFalse();
        assertThat(row(excluded, "BLACK").exclusionReason()).contains("10 of 2010", "0.5%");
        assertThat(row(excluded, "ASIAN").impactRatio()).isCloseTo(0.9, within(1e-9));
    }

    @Test
    void aCategoryNobodyIsInHasNoRateAndNoRatio() {
        ImpactTable race = table(new Applicants().add(MALE, WHITE, 100, 50).add(FEMALE, ASIAN, 100, 40)
                .report(AuditOptions.DEFAULT), Dimension.RACE_ETHNICITY);
        ImpactRow empty = row(race, "HISPANIC_OR_LATINO");
        assertThat(empty.applicants()).isZero();
        assertThat(empty.rate()).isNull();
        assertThat(empty.impactRatio()).isNull();
        assertThat(empty.reference()).isFalse();
        assertThat(empty.belowFourFifths()).isFalse();
        assertThat(race.rows()).hasSize(7);
        assertThat(row(race, "ASIAN").impactRatio()).isCloseTo(0.8, within(1e-9));
        assertThat(row(race, "ASIAN").belowFourFifths()).isFalse();
    }

    @Test
    void whenEveryoneIsUnknownThereIsNothingToCompareAndTheReportSaysSo() {
        AuditReport report = new Applicants().add(null, null, 40, 10).report(AuditOptions.DEFAULT);
        for (ImpactTable t : report.tables()) {
            assertThat(t.applicants()).isZero();
            assertThat(t.unknown()).isEqualTo(40);
            assertThat(t.reference()).isNull();
            assertThat(t.rows()).allMatch(r -> r.rate() == null && r.impactRatio() == null);
            assertThat(t.warnings()).anyMatch(w -> w.contains("No applicant has a known category"));
        }
        assertThat(report.header().unknownEither()).isEqualTo(40);
    }

    @Test
    void oneCategoryAloneIsItsOwnReferenceAndTheReportSaysThereIsNothingToCompare() {
        ImpactTable sex = table(new Applicants().add(FEMALE, null, 60, 20).report(AuditOptions.DEFAULT), Dimension.SEX);
        assertThat(sex.reference()).isEqualTo("FEMALE");
        assertThat(row(sex, "FEMALE").impactRatio()).isEqualTo(1.0);
        assertThat(row(sex, "MALE").rate()).isNull();
        assertThat(sex.warnings()).anyMatch(w -> w.startsWith("Only one category"));
    }

    @Test
    void whenNobodyIsSelectedRatiosAreUndefinedNotZero() {
        ImpactTable sex = table(new Applicants().add(FEMALE, null, 60, 0).add(MALE, null, 60, 0).report(AuditOptions.DEFAULT),
                Dimension.SEX);
        assertThat(sex.rows()).allMatch(r -> r.impactRatio() == null && !r.belowFourFifths());
        assertThat(sex.warnings()).anyMatch(w -> w.startsWith("Nobody was selected"));
    }

    @Test
    void fishersExactTestMatchesTheLadyTastingTea() {
        // 3 of 4 against 1 of 4: two-sided p = 34/70
        assertThat(Impact.fisher(new Impact.Group("a", "a", 4, 3), new Impact.Group("b", "b", 4, 1))).isCloseTo(34.0 / 70, within(1e-9));
    }

    @Test
    void theScoringViewCountsScoresAboveTheMedianOfTheFullSample() {
        List<AuditRecord> records = new java.util.ArrayList<>();
        int[] maleScores = {1, 2, 3, 8, 9, 10};
        int[] femaleScores = {1, 2, 3, 4, 9, 10};
        for (int s : maleScores) {
            records.add(new AuditRecord("J", MALE, null, com.hirefit.vocabulary.Verdict.FIT, s, List.of(), null, false, null));
        }
        for (int s : femaleScores) {
            records.add(new AuditRecord("J", FEMALE, null, com.hirefit.vocabulary.Verdict.FIT, s, List.of(), null, false, null));
        }
        AuditReport report = Audit.report(records, Applicants.SCOPE, Selection.SCORE, AuditOptions.DEFAULT);
        assertThat(report.header().medianScore()).isEqualTo(3.5);
        ImpactTable sex = table(report, Dimension.SEX);
        assertThat(row(sex, "MALE").selected()).isEqualTo(3);
        assertThat(row(sex, "FEMALE").selected()).isEqualTo(3);
        assertThat(row(sex, "FEMALE").impactRatio()).isEqualTo(1.0);
    }
}
