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

/** Every green flag of DOMAIN.md section 4 fires on a resume that shows it, and not on a near miss. */
class GreenFlagRulesTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                flag("PRODUCTION_LLM_SYSTEM",
                        candidate().says("Shipped an LLM support assistant to 20,000 customers: retrieval over the help center, a FastAPI backend."),
                        candidate().says("Built an LLM support assistant prototype with retrieval; it never reached production.")),
                flag("RAG_DESIGN",
                        candidate().says("Designed the retrieval-augmented generation pipeline, with hybrid search and a reranker."),
                        candidate().says("I have no experience with RAG pipelines yet.")),
                flag("FINE_TUNING",
                        candidate().says("Fine-tuned Llama 3 with QLoRA for clause classification."),
                        candidate().says("Never fine-tuned a model: prompts were enough for every case.")),
                flag("EVAL_FRAMEWORK",
                        candidate().says("Built an eval harness with LLM-as-a-judge scoring, calibrated on human labels."),
                        candidate().says("Checked the chatbot's answers by hand before each release.")),
                flag("SWE_ALONGSIDE_ML",
                        candidate().says("Wrapped the PyTorch model in a FastAPI service with unit tests and CI/CD."),
                        candidate().says("Trained PyTorch models for churn prediction.")),
                flag("MULTIPLE_LLM_PROVIDERS",
                        candidate().says("Routed traffic between Anthropic Claude and OpenAI GPT-4o."),
                        candidate().says("Built everything on OpenAI GPT-4o.")),
                flag("SHIPPED_ML_MODEL",
                        candidate().says("Shipped an XGBoost fraud model serving 2M predictions a day."),
                        candidate().says("Trained an XGBoost fraud model on a public dataset.")),
                flag("MLOPS_RIGOR",
                        candidate().says("Added drift monitoring and a shadow deployment for the churn model."),
                        candidate().says("Trained the churn model and handed it to another team.")),
                flag("PRODUCTION_MODEL_DEBUGGING",
                        candidate().says("Debugged a pricing model that was silently wrong in production for weeks."),
                        candidate().says("Debugged a flaky checkout API in production.")),
                flag("INFERENCE_OPTIMIZATION",
                        candidate().says("Cut latency threefold with AWQ quantization and speculative decoding on vLLM."),
                        candidate().says("Served the model on vLLM.")),
                flag("COST_LATENCY_CONTROL",
                        candidate().says("Owned token cost and added semantic caching for the LLM assistant."),
                        candidate().says("Built the LLM assistant's user interface.")),
                flag("GUARDRAILS",
                        candidate().says("Added guardrails for PII redaction and prompt injection."),
                        candidate().says("The LLM chatbot shipped without guardrails.")),
                flag("AGENT_SYSTEMS",
                        candidate().says("Built multi-agent orchestration with tool calling and agent memory."),
                        candidate().says("Gave 40 human support agents an LLM tool that drafts replies.")),
                flag("DOMAIN_EXPERTISE",
                        candidate().says("Extracted medications from clinical notes with a custom NER model."),
                        candidate().says("Extracted product attributes from e-commerce listings with a custom NER model.")),
                flag("MULTILINGUAL",
                        candidate().says("Built multilingual intent detection, including low-resource languages."),
                        candidate().says("Built English intent detection for the support inbox.")),
                flag("PORTFOLIO_EVIDENCE",
                        candidate().portfolio("https://github.com/someone").says("Built RAG pipelines."),
                        candidate().says("Built RAG pipelines.")));
    }

    private static Arguments flag(String code, CandidateBuilder fires, CandidateBuilder nearMiss) {
        return Arguments.of(code, fires, nearMiss);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void greenFlagFiresOnItsEvidenceAndNotOnANearMiss(String code, CandidateBuilder fires, CandidateBuilder nearMiss) {
        assertThat(codes(assess(fires).greenFlags())).contains(code);
        assertThat(codes(assess(nearMiss).greenFlags())).doesNotContain(code);
    }

    @Test
    void everyGreenFlagInTheVocabularyHasACase() {
        assertThat(cases().map(a -> (String) a.get()[0]).toList())
                .containsExactlyInAnyOrderElementsOf(RuleFixture.RULES.vocabulary().codes("greenFlags"));
    }

    @Test
    void eachGreenFlagCarriesItsReasonAndRule() {
        var assessment = assess(candidate().says("Designed a retrieval-augmented generation pipeline."));
        assertThat(assessment.greenFlags()).singleElement().satisfies(flag -> {
            assertThat(flag.code()).isEqualTo("RAG_DESIGN");
            assertThat(flag.reason()).contains("retrieval-augmented generation");
            assertThat(flag.rule()).isEqualTo("Designing retrieval-augmented generation is a green flag");
        });
        assertThat(assessment.firedRules()).anySatisfy(fired -> {
            assertThat(fired.rule()).isEqualTo("Designing retrieval-augmented generation is a green flag");
            assertThat(fired.file()).isEqualTo("green-flags.drl");
            assertThat(fired.code()).isEqualTo("RAG_DESIGN");
        });
    }
}
