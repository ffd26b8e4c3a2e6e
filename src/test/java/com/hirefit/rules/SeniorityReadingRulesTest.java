package com.hirefit.rules;

import static com.hirefit.rules.RuleFixture.assess;
import static com.hirefit.rules.RuleFixture.candidate;
import static com.hirefit.rules.RuleFixture.codes;
import static com.hirefit.rules.RuleFixture.job;
import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.vocabulary.Role;
import com.hirefit.vocabulary.Seniority;
import com.hirefit.vocabulary.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HireFit's reading of seniority (DOMAIN.md section 7): total years give the level, under two hands-on LLM years
 * lower it by one for the LLM family, never more; one level below the target is REVIEW, two or more NOT_FIT.
 */
class SeniorityReadingRulesTest {
    private static final String LLM_WORK = CandidateDecisionRulesTest.LLM_WORK;
    private static final String ML_WORK = "Trained and shipped XGBoost fraud models serving 2M predictions a day, with MLflow, "
            + "drift monitoring and a FastAPI scoring service.";
    private static final String PROMPT_WORK = "Write and version the few-shot prompt templates and system prompts of our writing assistant.";

    @ParameterizedTest(name = "{0} years with {1} of LLM work: {2}")
    @CsvSource({
        // DOMAIN.md section 7's own examples, then the edges of the bands.
        "7, 3, SENIOR", "7, 1, MID", "4, 2, MID", "10, 1.5, SENIOR", "12, 0.5, SENIOR", "3, 1, JUNIOR", "1, 0.5, JUNIOR",
        "5, 2, SENIOR", "8, 2, STAFF",
    })
    void anLlmEngineersLevelComesFromTotalYearsOneLowerUnderTwoLlmYears(double years, double llmYears, Seniority expected) {
        var assessment = assess(candidate().years(years, llmYears).says(LLM_WORK));
        assertThat(assessment.recommendedRole()).isEqualTo(Role.LLM_ENGINEER);
        assertThat(assessment.seniority()).isEqualTo(expected);
    }

    @Test
    void fewLlmYearsLowerTheLevelOfTheLlmFamilyOnly() {
        assertThat(assess(candidate().years(9.0, 0.0).says(ML_WORK)).seniority())
                .as("DOMAIN.md section 7: '9 with 0 for an ML engineer is STAFF'").isEqualTo(Seniority.STAFF);
        var prompt = assess(candidate().years(6.0, 1.0).says(PROMPT_WORK));
        assertThat(prompt.recommendedRole()).isEqualTo(Role.PROMPT_ENGINEER);
        assertThat(prompt.seniority()).isEqualTo(Seniority.MID);
    }

    @Test
    void noTotalYearsGiveNoLevel() {
        assertThat(assess(candidate().years(null, 4.5).says(LLM_WORK)).seniority()).isNull();
    }

    @Test
    void oneLevelBelowTheTargetIsForReviewAndTwoOrMoreAreNotAFit() {
        var oneBelow = assess(candidate().years(4.0, 3.0).says(LLM_WORK), job().target(Seniority.SENIOR));
        assertThat(oneBelow.seniority()).isEqualTo(Seniority.MID);
        assertThat(oneBelow.verdict()).isEqualTo(Verdict.REVIEW);

        var twoBelow = assess(candidate().years(2.0, 2.0).says(LLM_WORK), job().target(Seniority.SENIOR));
        assertThat(twoBelow.seniority()).isEqualTo(Seniority.JUNIOR);
        assertThat(twoBelow.verdict()).isEqualTo(Verdict.NOT_FIT);
        assertThat(codes(twoBelow.verdictReasons())).containsExactly("NOT_FIT");

        var atTarget = assess(candidate().years(2.0, 2.0).says(LLM_WORK), job().target(Seniority.MID));
        assertThat(atTarget.verdict()).as("the same junior one level below a mid target").isEqualTo(Verdict.REVIEW);
    }

    @Test
    void aSeniorWithoutScopeEvidenceIsAskedForItAndKeepsTheLevel() {
        var noScope = assess(candidate().years(7.0, 3.0).says(LLM_WORK), job().target(Seniority.SENIOR));
        assertThat(noScope.seniority()).isEqualTo(Seniority.SENIOR);
        assertThat(codes(noScope.interviewFocus())).contains("SCOPE_AT_LEVEL");
        assertThat(noScope.verdict()).isEqualTo(Verdict.STRONG_FIT);

        var scope = assess(candidate().years(7.0, 3.0).says(LLM_WORK + " I set the technical direction for the team."));
        assertThat(codes(scope.interviewFocus())).doesNotContain("SCOPE_AT_LEVEL");
        assertThat(scope.firedRules()).extracting(rule -> rule.rule())
                .contains("Architecture, build-vs-buy calls, eval strategy or technical direction are scope evidence of a level");

        assertThat(codes(assess(candidate().years(4.0, 3.0).says(LLM_WORK)).interviewFocus()))
                .as("a mid level needs no scope evidence").doesNotContain("SCOPE_AT_LEVEL");
    }
}
