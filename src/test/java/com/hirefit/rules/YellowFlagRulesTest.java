package com.hirefit.rules;

import static com.hirefit.rules.RuleFixture.assess;
import static com.hirefit.rules.RuleFixture.candidate;
import static com.hirefit.rules.RuleFixture.codes;
import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.rules.RuleFixture.CandidateBuilder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every yellow flag of DOMAIN.md section 5 fires on a resume that shows it, and not on a near miss. */
class YellowFlagRulesTest {

    private static final String LLM_SYSTEM = "Built a RAG pipeline with LangChain and pgvector; an eval suite with LLM-as-judge gates every change. ";
    private static final String SHIPPED_ML = "Shipped an XGBoost fraud model serving 2M predictions a day. ";
    private static final String SHIPPED_LLM = "Shipped an LLM support assistant to 20,000 customers. ";

    static Stream<Arguments> cases() {
        return Stream.of(
                flag("API_USAGE_ONLY",
                        candidate().says("Connected the OpenAI API to our Zapier flows to summarise sales emails."),
                        candidate().says("Called the OpenAI API from a FastAPI backend. " + LLM_SYSTEM)),
                flag("RESEARCH_ONLY",
                        candidate().says("Published three papers at NeurIPS and ACL on long-context reasoning. I have no production experience yet."),
                        candidate().says("Published at ACL, then shipped the model to production behind a FastAPI service.")),
                flag("NO_EVAL_FOCUS",
                        candidate().says("Built a RAG chatbot with LangChain and Pinecone for the sales team."),
                        candidate().says(LLM_SYSTEM)),
                flag("PROMPT_ENGINEERING_ONLY",
                        candidate().says("Wrote few-shot prompt templates and system prompts for our marketing copy with Claude."),
                        candidate().says("Wrote prompt templates and a few-shot library. " + LLM_SYSTEM)),
                flag("DEMO_ONLY",
                        candidate().says("Built an LLM chatbot demo at a hackathon and worked through LangChain tutorials in notebooks."),
                        candidate().says("Turned a hackathon demo into an LLM support assistant now live for 3,000 users.")),
                flag("CLAIMS_BOTH_ML_AND_LLM",
                        candidate().says(SHIPPED_ML + SHIPPED_LLM),
                        candidate().says(SHIPPED_LLM + "Trained an XGBoost fraud model on a public dataset.")),
                flag("FULL_STACK_AI_TITLE",
                        candidate().title("Full-Stack AI Engineer").says(LLM_SYSTEM),
                        candidate().title("LLM Engineer").says(LLM_SYSTEM)),
                flag("FINE_TUNE_FIRST",
                        candidate().says("Fine-tuned Llama 3 with QLoRA for every use case: summaries, tone, intent labels; evals on each adapter."),
                        candidate().says("Fine-tuned Llama 3 with QLoRA only after the retrieval-augmented generation pipeline plateaued; evals on each change.")),
                flag("NO_SOFTWARE_RIGOR",
                        candidate().says("Trained XGBoost and PyTorch models in notebooks for churn prediction, with precision and recall reports."),
                        candidate().says("Trained XGBoost and PyTorch models for churn prediction, served from a FastAPI service with unit tests; precision and recall reports.")),
                flag("TITLE_SUBSTANCE_MISMATCH",
                        candidate().title("Machine Learning Engineer").says(LLM_SYSTEM + SHIPPED_LLM),
                        candidate().title("LLM Engineer").says(LLM_SYSTEM + SHIPPED_LLM)));
    }

    private static Arguments flag(String code, CandidateBuilder fires, CandidateBuilder nearMiss) {
        return Arguments.of(code, fires, nearMiss);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void yellowFlagFiresOnItsEvidenceAndNotOnANearMiss(String code, CandidateBuilder fires, CandidateBuilder nearMiss) {
        assertThat(codes(assess(fires).yellowFlags())).contains(code);
        assertThat(codes(assess(nearMiss).yellowFlags())).doesNotContain(code);
    }

    @Test
    void everyYellowFlagInTheVocabularyHasACase() {
        assertThat(cases().map(a -> (String) a.get()[0]).toList())
                .containsExactlyInAnyOrderElementsOf(RuleFixture.RULES.vocabulary().codes("yellowFlags"));
    }
}
