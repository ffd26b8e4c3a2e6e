package com.hirefit.rules;

import static com.hirefit.rules.RuleFixture.assess;
import static com.hirefit.rules.RuleFixture.codes;
import static com.hirefit.rules.RuleFixture.job;
import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.job.DataMaturity;
import com.hirefit.job.Domain;
import com.hirefit.job.FundingStage;
import com.hirefit.job.TrainingData;
import com.hirefit.job.WorkShape;
import com.hirefit.rules.RuleFixture.JobBuilder;
import com.hirefit.vocabulary.Market;
import com.hirefit.vocabulary.Role;
import com.hirefit.vocabulary.Seniority;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The company side of DOMAIN.md section 3: which role the work needs, or none yet; and the notes. */
class CompanyRulesTest {

    static Stream<Arguments> neededRoles() {
        return Stream.of(
                Arguments.of("phase one tool roll-out", job().phase(1).shapes(WorkShape.AI_TOOL_ADOPTION), List.of(Role.PLATFORM_ENGINEER)),
                Arguments.of("phase two unstructured text", job(), List.of(Role.LLM_ENGINEER)),
                Arguments.of("phase three autonomous workflows", job().phase(3).shapes(WorkShape.AUTONOMOUS_WORKFLOWS), List.of(Role.AI_AGENT_ENGINEER)),
                Arguments.of("autonomous workflows before phase three", job().shapes(WorkShape.AUTONOMOUS_WORKFLOWS), List.of(Role.LLM_ENGINEER)),
                Arguments.of("prediction on proprietary data", job().shapes(WorkShape.PREDICTION_RANKING), List.of(Role.ML_ENGINEER)),
                Arguments.of("prediction without training data", job().shapes(WorkShape.PREDICTION_RANKING).trainingData(TrainingData.NONE),
                        List.of(Role.DATA_ENGINEER)),
                Arguments.of("clinical language work with custom models",
                        job().shapes(WorkShape.LANGUAGE_UNDERSTANDING).domain(Domain.MEDICAL).expectsTraining(), List.of(Role.NLP_ENGINEER)),
                Arguments.of("general language work", job().shapes(WorkShape.LANGUAGE_UNDERSTANDING), List.of(Role.LLM_ENGINEER)),
                Arguments.of("data foundation", job().shapes(WorkShape.DATA_FOUNDATION), List.of(Role.DATA_ENGINEER)),
                Arguments.of("both, as two people", job().shapes(WorkShape.PREDICTION_RANKING, WorkShape.UNSTRUCTURED_TEXT),
                        List.of(Role.LLM_ENGINEER, Role.ML_ENGINEER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("neededRoles")
    void theShapeOfTheWorkDecidesTheNeededRoles(String situation, JobBuilder job, List<Role> expected) {
        var assessment = assess(job);
        assertThat(assessment.neededRoles()).isEqualTo(expected);
        assertThat(assessment.hireNeitherYet()).isFalse();
    }

    @Test
    void messyDataWithNothingInProductionMeansHireNoAiRoleYet() {
        var assessment = assess(job().title("LLM Engineer").maturity(DataMaturity.MESSY));
        assertThat(assessment.hireNeitherYet()).isTrue();
        assertThat(assessment.neededRoles()).containsExactly(Role.DATA_ENGINEER);
        assertThat(codes(assessment.notes())).contains("DATA_FOUNDATION_FIRST");
        assertThat(codes(assessment.risks())).contains("HIRE_BEFORE_DATA_FOUNDATION", "TITLE_NOT_WORK_SHAPE");
    }

    @Test
    void messyDataWithMlAlreadyInProductionIsARiskButNotHireNeither() {
        var assessment = assess(job().maturity(DataMaturity.MESSY).mlInProduction());
        assertThat(assessment.hireNeitherYet()).isFalse();
        assertThat(assessment.neededRoles()).containsExactly(Role.LLM_ENGINEER);
        assertThat(codes(assessment.risks())).contains("HIRE_BEFORE_DATA_FOUNDATION");
    }

    static Stream<Arguments> notes() {
        return Stream.of(
                Arguments.of("PLATFORM_BEFORE_AI_ENGINEERS", job().phase(1), job().phase(2)),
                Arguments.of("HIRE_TWO_PEOPLE",
                        job().shapes(WorkShape.PREDICTION_RANKING, WorkShape.UNSTRUCTURED_TEXT).mlInProduction().funding(FundingStage.PUBLIC),
                        job().shapes(WorkShape.PREDICTION_RANKING, WorkShape.UNSTRUCTURED_TEXT).mlInProduction().funding(FundingStage.SERIES_B)),
                Arguments.of("SEED_LLM_ENGINEER_IN_SQUAD", job().mlInProduction(), job()),
                Arguments.of("LLM_ENGINEER_TO_GROW_INTO_AGENTS", job().shapes(WorkShape.AUTONOMOUS_WORKFLOWS),
                        job().phase(3).shapes(WorkShape.AUTONOMOUS_WORKFLOWS)),
                Arguments.of("AGENT_PREMIUM", job().phase(3).shapes(WorkShape.AUTONOMOUS_WORKFLOWS), job()),
                Arguments.of("BUDGET_BELOW_MARKET", job().target(Seniority.SENIOR).budget(150_000), job().target(Seniority.SENIOR).budget(230_000)),
                Arguments.of("NO_MARKET_BAND", job().market(Market.UK).target(Seniority.MID), job().market(Market.UK).target(Seniority.SENIOR)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notes")
    void companyNoteIsGivenWhereItsPassageAppliesAndNotOtherwise(String code, JobBuilder fires, JobBuilder nearMiss) {
        assertThat(codes(assess(fires).notes())).contains(code);
        assertThat(codes(assess(nearMiss).notes())).doesNotContain(code);
    }

    @Test
    void timeToHireFollowsRoleAndLevel() {
        assertThat(assess(job().target(Seniority.SENIOR)).notes())
                .anySatisfy(n -> assertThat(n.reason()).contains("Three to five weeks"));
        assertThat(assess(job().shapes(WorkShape.PREDICTION_RANKING).target(Seniority.STAFF)).notes())
                .anySatisfy(n -> assertThat(n.reason()).contains("four to seven weeks"));
        assertThat(assess(job().phase(3).shapes(WorkShape.AUTONOMOUS_WORKFLOWS)).notes())
                .anySatisfy(n -> assertThat(n.reason()).contains("six weeks or more"));
        assertThat(assess(job().target(Seniority.JUNIOR)).notes())
                .anySatisfy(n -> assertThat(n.reason()).contains("17 days"));
    }

    @Test
    void everyNoteInTheVocabularyHasACaseExceptTheOnesCoveredAbove() {
        var covered = new java.util.HashSet<>(notes().map(a -> (String) a.get()[0]).toList());
        covered.add("DATA_FOUNDATION_FIRST");
        covered.add("TIME_TO_HIRE");
        assertThat(covered).containsExactlyInAnyOrderElementsOf(RuleFixture.RULES.vocabulary().codes("notes"));
    }
}
