package com.hirefit.rules;

import static com.hirefit.rules.RuleFixture.assess;
import static com.hirefit.rules.RuleFixture.candidate;
import static com.hirefit.rules.RuleFixture.codes;
import static com.hirefit.rules.RuleFixture.job;
import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.job.WorkShape;
import com.hirefit.rules.RuleFixture.CandidateBuilder;
import com.hirefit.vocabulary.Market;
import com.hirefit.vocabulary.Role;
import com.hirefit.vocabulary.Seniority;
import com.hirefit.vocabulary.Verdict;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Best-fit role, seniority, the pay check and the verdict (DOMAIN.md sections 2, 7 and 9). */
class CandidateDecisionRulesTest {

    static final String LLM_WORK = "Shipped an LLM support assistant to 20,000 customers: RAG pipeline with pgvector and hybrid search, "
            + "an LLM-as-judge eval suite, guardrails for PII, and a FastAPI backend with CI/CD.";

    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of(Role.LLM_ENGINEER, candidate().says(LLM_WORK)),
                Arguments.of(Role.ML_ENGINEER, candidate().says(
                        "Trained and shipped XGBoost fraud models serving 2M predictions a day, with MLflow, drift monitoring and SQL feature pipelines.")),
                Arguments.of(Role.NLP_ENGINEER, candidate().says(
                        "Built named entity recognition with spaCy and a custom BERT model; ran annotation with inter-annotator agreement and F1 reports.")),
                Arguments.of(Role.AI_AGENT_ENGINEER, candidate().says(
                        "Built multi-agent orchestration in LangGraph and CrewAI with tool calling, long-horizon planning, agent memory and scope control.")),
                Arguments.of(Role.PROMPT_ENGINEER, candidate().says(
                        "Write few-shot prompt templates and system prompts; maintain the prompt library for the content team.")),
                Arguments.of(Role.PLATFORM_ENGINEER, candidate().says(
                        "Rolled out GitHub Copilot and ChatGPT Enterprise to 900 engineers, ran the security review and SSO, and tracked adoption metrics.")),
                Arguments.of(Role.DATA_ENGINEER, candidate().says(
                        "Built the Snowflake warehouse, 200 dbt models and Airflow pipelines behind clean Looker dashboards.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void theRoleWithTheMostEvidenceIsRecommended(Role expected, CandidateBuilder candidate) {
        var assessment = assess(candidate);
        assertThat(assessment.recommendedRole()).isEqualTo(expected);
        assertThat(assessment.roleScores().get(expected))
                .isEqualTo(assessment.roleScores().values().stream().mapToInt(Integer::intValue).max().orElseThrow());
    }

    @Test
    void aResumeWithoutRoleEvidenceGetsNoRoleAndIsNotAFit() {
        var assessment = assess(candidate().says("Managed a retail store team of twelve and its weekly rota."));
        assertThat(assessment.recommendedRole()).isNull();
        assertThat(assessment.verdict()).isEqualTo(Verdict.NOT_FIT);
        assertThat(assessment.verdictReasons()).isNotEmpty();
    }

    static Stream<Arguments> seniority() {
        return Stream.of(
                Arguments.of(1.0, null, Seniority.JUNIOR),
                Arguments.of(4.0, null, Seniority.MID),
                Arguments.of(6.0, null, Seniority.SENIOR),
                Arguments.of(12.0, null, Seniority.STAFF),
                Arguments.of(10.0, 1.5, Seniority.SENIOR),
                Arguments.of(10.0, 3.0, Seniority.STAFF),
                Arguments.of(12.0, 4.0, Seniority.STAFF),
                Arguments.of(null, 4.5, null));
    }

    @ParameterizedTest(name = "{0} years, {1} LLM years: {2}")
    @MethodSource("seniority")
    void llmCandidatesAreLevelledByTotalYearsOneLowerUnderTwoLlmYears(Double years, Double llmYears, Seniority expected) {
        assertThat(assess(candidate().years(years, llmYears).says(LLM_WORK)).seniority()).isEqualTo(expected);
    }

    @Test
    void nonLlmCandidatesAreLevelledByTotalYearsAlone() {
        var assessment = assess(candidate().years(10.0, 1.0).says(
                "Trained and shipped XGBoost fraud models serving 2M predictions a day, with MLflow and drift monitoring."));
        assertThat(assessment.recommendedRole()).isEqualTo(Role.ML_ENGINEER);
        assertThat(assessment.seniority()).isEqualTo(Seniority.STAFF);
    }

    static Stream<Arguments> pay() {
        CandidateBuilder midLlm = candidate().years(4.0, 3.0).says(LLM_WORK);
        return Stream.of(
                Arguments.of("PAY_WITHIN_BAND", candidate().years(4.0, 3.0).says(LLM_WORK).salary(180_000), job()),
                Arguments.of("PAY_ABOVE_BAND", candidate().years(4.0, 3.0).says(LLM_WORK).salary(260_000), job()),
                Arguments.of("PAY_BELOW_BAND", candidate().years(4.0, 3.0).says(LLM_WORK).salary(120_000), job()),
                Arguments.of("PAY_ABOVE_BUDGET", candidate().years(4.0, 3.0).says(LLM_WORK).salary(200_000), job().budget(190_000)),
                Arguments.of("PAY_NO_BAND", candidate().years(4.0, 3.0).says(LLM_WORK).salary(90_000).market(Market.UK), job()),
                Arguments.of("PAY_NOT_GIVEN", midLlm, job()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pay")
    void expectedPayIsCheckedAgainstTheSourcedBandsAndTheBudget(String code, CandidateBuilder candidate,
                                                                RuleFixture.JobBuilder job) {
        var compensation = assess(candidate, job).compensation();
        assertThat(compensation.code()).isEqualTo(code);
        assertThat(compensation.reason()).isNotBlank();
    }

    @Test
    void bandsKeepTheirSourceAndDisagreeingSourcesAreBothShown() {
        var bands = assess(candidate().years(4.0, 3.0).says(LLM_WORK).salary(180_000)).compensation().bands();
        assertThat(bands).extracting(b -> b.source().substring(0, 5)).containsExactly("[000]", "[001]");
        assertThat(bands).extracting(b -> b.min() + "-" + b.max()).containsExactly("155000-215000", "160000-210000");
    }

    @Test
    void aBudgetInAnotherMarketIsNotComparedWithTheExpectedPay() {
        var assessment = assess(candidate().years(6.0, 4.0).says(LLM_WORK).salary(140_000).market(Market.UK), job().budget(100_000));
        assertThat(assessment.compensation().code()).isEqualTo("PAY_WITHIN_BAND");
    }

    @Test
    void aSeniorLlmEngineerWithManyGreenFlagsAndNothingToWeighIsAStrongFit() {
        var assessment = assess(candidate().years(7.0, 4.0).says(LLM_WORK), job().target(Seniority.SENIOR));
        assertThat(assessment.verdict()).isEqualTo(Verdict.STRONG_FIT);
        assertThat(assessment.greenFlags().size()).isGreaterThanOrEqualTo(3);
        assertThat(codes(assessment.verdictReasons())).containsOnly("STRONG_FIT");
    }

    @Test
    void theSameCandidateBelowTheTargetLevelIsForReview() {
        var assessment = assess(candidate().years(3.0, 2.0).says(LLM_WORK), job().target(Seniority.SENIOR));
        assertThat(assessment.verdict()).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void aFittingCandidateWithFewGreenFlagsIsAFit() {
        var assessment = assess(candidate().years(4.0, 3.0).says("Built a RAG pipeline with LangChain and an LLM-as-judge eval suite."));
        assertThat(assessment.greenFlags()).hasSizeLessThan(3);
        assertThat(assessment.verdict()).isEqualTo(Verdict.FIT);
    }

    @Test
    void aFittingCandidateWithAYellowFlagIsForReview() {
        var assessment = assess(candidate().title("Full-Stack AI Engineer").years(4.0, 3.0).says(LLM_WORK));
        assertThat(codes(assessment.yellowFlags())).contains("FULL_STACK_AI_TITLE");
        assertThat(assessment.verdict()).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void anMlEngineerForLlmWorkIsNotAFit() {
        var assessment = assess(candidate().says(
                "Trained and shipped XGBoost fraud models serving 2M predictions a day, with MLflow and drift monitoring."));
        assertThat(assessment.verdict()).isEqualTo(Verdict.NOT_FIT);
        assertThat(codes(assessment.failureRisks())).contains("ML_HIRE_FOR_LLM_WORK");
    }

    @Test
    void anLlmEngineerFitsTheRealWorkOfAJobTitledMlEngineer() {
        var assessment = assess(candidate().years(4.0, 3.0).says(LLM_WORK), job().title("Machine Learning Engineer"));
        assertThat(assessment.verdict()).isIn(Verdict.FIT, Verdict.STRONG_FIT);
    }

    @Test
    void anAgentEngineerFitsAPhaseThreeAgentRole() {
        var assessment = assess(candidate().years(6.0, 4.0).says(
                "Built multi-agent orchestration in LangGraph with tool calling, agent memory and scope control; evals replay 800 cases nightly."),
                job().phase(3).shapes(WorkShape.AUTONOMOUS_WORKFLOWS));
        assertThat(assessment.verdict()).isNotEqualTo(Verdict.NOT_FIT);
        assertThat(codes(assessment.interviewFocus())).contains("AGENT_SCOPE_AND_SAFETY");
    }
}
