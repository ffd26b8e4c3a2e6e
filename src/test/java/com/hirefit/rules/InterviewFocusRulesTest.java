package com.hirefit.rules;

import static com.hirefit.rules.RuleFixture.assess;
import static com.hirefit.rules.RuleFixture.candidate;
import static com.hirefit.rules.RuleFixture.codes;
import static com.hirefit.rules.RuleFixture.job;
import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.job.WorkShape;
import com.hirefit.rules.RuleFixture.CandidateBuilder;
import com.hirefit.rules.RuleFixture.JobBuilder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What to probe in interview (DOMAIN.md section 8) follows the role and the flags. */
class InterviewFocusRulesTest {
    static final CandidateBuilder LLM = candidate().says(CandidateDecisionRulesTest.LLM_WORK);
    static final CandidateBuilder ML = candidate().says(
            "Trained and shipped XGBoost fraud models serving 2M predictions a day, with MLflow, drift monitoring and a FastAPI service.");

    static Stream<Arguments> cases() {
        return Stream.of(
                focus("RAG_BUILD_EXERCISE", LLM, job(), ML, job()),
                focus("FINE_TUNING_JUDGMENT", LLM, job(), ML, job()),
                focus("LATENCY_COST_CACHING", LLM, job(), ML, job()),
                focus("EVALUATION_DESIGN", candidate().says("Built a RAG chatbot with LangChain and Pinecone."), job(), LLM, job()),
                focus("MESSY_DATASET_EXERCISE", ML, job(), LLM, job()),
                focus("PRODUCTION_DEBUGGING", ML, job(),
                        candidate().says("Shipped XGBoost fraud models serving 2M predictions a day; debugged a fraud model that was silently wrong in production."), job()),
                focus("WHICH_HALF_WAS_HARDER", candidate().title("Full-Stack AI Engineer").says(CandidateDecisionRulesTest.LLM_WORK), job(), LLM, job()),
                focus("SYSTEM_BUILDING", candidate().says("Connected the OpenAI API to Zapier to summarise emails."), job(), LLM, job()),
                focus("PRODUCTION_EXPERIENCE", candidate().says("Built an LLM chatbot demo at a hackathon in a notebook."), job(), LLM, job()),
                focus("SOFTWARE_ENGINEERING", candidate().says("Trained XGBoost churn models in notebooks; precision and recall reports."), job(), ML, job()),
                focus("AGENT_SCOPE_AND_SAFETY", LLM, job().phase(3).shapes(WorkShape.AUTONOMOUS_WORKFLOWS), LLM, job()),
                focus("NLP_EVALUATION", candidate().says("Built named entity recognition with spaCy and a custom BERT model; F1 and inter-annotator agreement."), job(), LLM, job()),
                focus("FUNDAMENTALS_OVER_TOOLS", LLM, job().tools("Pinecone"), LLM, job().tools("pgvector")),
                focus("SCOPE_AT_LEVEL", candidate().years(7.0, 3.0).says(CandidateDecisionRulesTest.LLM_WORK), job(),
                        candidate().years(7.0, 3.0).says(CandidateDecisionRulesTest.LLM_WORK
                                + " I set the technical direction and made the build-vs-buy call on the vector store."), job()));
    }

    private static Arguments focus(String code, CandidateBuilder fires, JobBuilder firesFor, CandidateBuilder nearMiss, JobBuilder nearMissFor) {
        return Arguments.of(code, fires, firesFor, nearMiss, nearMissFor);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void interviewFocusIsSuggestedWhereItsPassageAppliesAndNotOtherwise(String code, CandidateBuilder fires, JobBuilder firesFor,
                                                                        CandidateBuilder nearMiss, JobBuilder nearMissFor) {
        assertThat(codes(assess(fires, firesFor).interviewFocus())).contains(code);
        assertThat(codes(assess(nearMiss, nearMissFor).interviewFocus())).doesNotContain(code);
    }

    @Test
    void everyInterviewFocusInTheVocabularyHasACase() {
        assertThat(cases().map(a -> (String) a.get()[0]).toList())
                .containsExactlyInAnyOrderElementsOf(RuleFixture.RULES.vocabulary().codes("interviewFocus"));
    }
}
