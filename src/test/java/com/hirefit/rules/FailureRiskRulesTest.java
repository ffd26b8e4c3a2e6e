package com.hirefit.rules;

import static com.hirefit.rules.RuleFixture.assess;
import static com.hirefit.rules.RuleFixture.candidate;
import static com.hirefit.rules.RuleFixture.codes;
import static com.hirefit.rules.RuleFixture.job;
import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.job.DataMaturity;
import com.hirefit.job.TrainingData;
import com.hirefit.job.WorkShape;
import com.hirefit.rules.RuleFixture.CandidateBuilder;
import com.hirefit.rules.RuleFixture.JobBuilder;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The "where the hire fails" risks of DOMAIN.md section 6: those of the opening are reported on the job
 * whoever applies; a candidate carries one only where hiring them is the failure.
 */
class FailureRiskRulesTest {

    static final CandidateBuilder ML_ENGINEER = candidate()
            .says("Shipped an XGBoost fraud model serving 2M predictions a day, with drift monitoring and a FastAPI service.");
    static final CandidateBuilder LLM_ENGINEER = candidate()
            .says("Shipped an LLM support assistant to 20,000 customers: RAG pipeline with pgvector, LLM-as-judge evals, FastAPI backend.");
    static final CandidateBuilder DATA_ENGINEER = candidate()
            .says("Built the Snowflake warehouse, dbt models and Airflow pipelines behind clean Looker dashboards.");
    static final CandidateBuilder BOTH_HALVES = candidate()
            .says("Shipped an XGBoost fraud model serving 2M predictions a day. Shipped an LLM support assistant to 20,000 customers with evals.");

    static Stream<Arguments> jobRisks() {
        return Stream.of(
                Arguments.of("ML_WITHOUT_TRAINING_DATA",
                        job().title("Machine Learning Engineer").shapes(WorkShape.PREDICTION_RANKING).trainingData(TrainingData.NONE),
                        job().title("Machine Learning Engineer").shapes(WorkShape.PREDICTION_RANKING).trainingData(TrainingData.PROPRIETARY)),
                Arguments.of("LLM_EXPECTED_TO_TRAIN", job().expectsTraining(), job()),
                Arguments.of("ONE_PERSON_BOTH_ROLES", job().expectsBoth(), job()),
                Arguments.of("TITLE_NOT_WORK_SHAPE", job().title("Machine Learning Engineer"), job().title("LLM Engineer")),
                Arguments.of("HIRE_BEFORE_DATA_FOUNDATION", job().maturity(DataMaturity.MESSY),
                        job().title("Data Engineer").maturity(DataMaturity.MESSY)),
                Arguments.of("AGENT_ENGINEER_TOO_EARLY", job().title("AI Agent Engineer").phase(2),
                        job().title("AI Agent Engineer").phase(3).shapes(WorkShape.AUTONOMOUS_WORKFLOWS)),
                Arguments.of("RESEARCH_BAR_FOR_PRODUCT_ROLE", job().requiresPhd(),
                        job().title("ML Engineer").shapes(WorkShape.PREDICTION_RANKING).requiresPhd()),
                Arguments.of("OVER_SPECIFIED_TOOLS", job().tools("Python", "Pinecone"), job().tools("Python", "SQL")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jobRisks")
    void openingRiskIsReportedOnTheJobAndNotOnANearMiss(String code, JobBuilder fires, JobBuilder nearMiss) {
        assertThat(codes(assess(fires).risks())).contains(code);
        assertThat(codes(assess(nearMiss).risks())).doesNotContain(code);
    }

    static Stream<Arguments> candidateRisks() {
        return Stream.of(
                Arguments.of("ML_WITHOUT_TRAINING_DATA",
                        ML_ENGINEER, job().shapes(WorkShape.PREDICTION_RANKING, WorkShape.UNSTRUCTURED_TEXT).trainingData(TrainingData.NONE),
                        LLM_ENGINEER, job().shapes(WorkShape.PREDICTION_RANKING, WorkShape.UNSTRUCTURED_TEXT).trainingData(TrainingData.NONE)),
                Arguments.of("LLM_EXPECTED_TO_TRAIN", LLM_ENGINEER, job().expectsTraining(), ML_ENGINEER, job().expectsTraining()),
                Arguments.of("ONE_PERSON_BOTH_ROLES", BOTH_HALVES, job().expectsBoth(), BOTH_HALVES, job()),
                Arguments.of("ML_HIRE_FOR_LLM_WORK", ML_ENGINEER, job(), ML_ENGINEER,
                        job().title("ML Engineer").shapes(WorkShape.PREDICTION_RANKING)),
                Arguments.of("HIRE_BEFORE_DATA_FOUNDATION", LLM_ENGINEER, job().maturity(DataMaturity.MESSY),
                        DATA_ENGINEER, job().maturity(DataMaturity.MESSY)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("candidateRisks")
    void candidateCarriesARiskOnlyWhereHiringThemIsTheFailure(String code, CandidateBuilder fires, JobBuilder firesFor,
                                                            CandidateBuilder nearMiss, JobBuilder nearMissFor) {
        assertThat(codes(assess(fires, firesFor).failureRisks())).contains(code);
        assertThat(codes(assess(nearMiss, nearMissFor).failureRisks())).doesNotContain(code);
    }

    @Test
    void theRightHireForTheRealWorkIsNotMarkedDownForTheJobsMistakes() {
        JobBuilder flawed = job().title("Machine Learning Engineer").tools("Pinecone").requiresPhd();
        assertThat(codes(assess(flawed).risks()))
                .contains("TITLE_NOT_WORK_SHAPE", "OVER_SPECIFIED_TOOLS", "RESEARCH_BAR_FOR_PRODUCT_ROLE");
        var assessment = assess(LLM_ENGINEER, flawed);
        assertThat(assessment.failureRisks()).isEmpty();
        assertThat(assessment.verdict().name()).isIn("FIT", "STRONG_FIT");
    }

    @Test
    void everyFailureRiskInTheVocabularyHasACase() {
        Set<String> covered = new HashSet<>();
        jobRisks().forEach(a -> covered.add((String) a.get()[0]));
        candidateRisks().forEach(a -> covered.add((String) a.get()[0]));
        assertThat(covered).containsExactlyInAnyOrderElementsOf(RuleFixture.RULES.vocabulary().codes("failureRisks"));
    }
}
