package com.hirefit.rules;

import static com.hirefit.rules.RuleFixture.assess;
import static com.hirefit.rules.RuleFixture.candidate;
import static com.hirefit.rules.RuleFixture.codes;
import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.rules.RuleFixture.CandidateBuilder;
import org.junit.jupiter.api.Test;

/**
 * CLAIMS_BOTH_ML_AND_LLM (DOMAIN.md section 5): claiming depth in both ML and LLM is the flag, with or without a
 * full-stack title; NLP plus LLM ([000]'s hybrid) is not that claim.
 */
class ClaimsBothHalvesRulesTest {
    private static CandidateBuilder bothHalves(String title) {
        return candidate().title(title).years(6.0, 2.0)
                .skills("PyTorch", "XGBoost", "MLflow", "SageMaker", "Airflow", "LangChain", "OpenAI API", "Pinecone", "React")
                .says("I trained the churn and lifetime-value models (XGBoost and a PyTorch sequence model on SageMaker, feature "
                        + "pipelines in Airflow) and retrain them monthly. I also built the customer-service assistant: a RAG pipeline "
                        + "with LangChain and Pinecone over our help center, answering with GPT-4o.");
    }

    @Test
    void aFullStackEngineerWhoListsMlTrainingAndLlmApplicationsClaimsBothHalves() {
        assertThat(codes(assess(bothHalves("Full-Stack AI Engineer")).yellowFlags()))
                .contains("CLAIMS_BOTH_ML_AND_LLM", "FULL_STACK_AI_TITLE");
    }

    @Test
    void theSameResumeWithoutTheTitleStillClaimsBothHalves() {
        assertThat(codes(assess(bothHalves("Senior AI Engineer")).yellowFlags()))
                .contains("CLAIMS_BOTH_ML_AND_LLM").doesNotContain("FULL_STACK_AI_TITLE");
    }

    @Test
    void nlpPlusLlmIsTheHybridNotTheClaim() {
        var assessment = assess(candidate().years(7.0, 3.0).skills("PyTorch", "RoBERTa", "spaCy", "LlamaIndex", "Qdrant", "RAGAS")
                .says("Trained the RoBERTa clause classifier (macro-F1 0.87) for a contract platform used by 200 legal teams. Since "
                        + "2023 I have built the contract review assistant on top of it: a RAG pipeline over the customer's playbook, "
                        + "Claude drafting the redline, RAGAS plus lawyer-graded samples every sprint."));
        assertThat(codes(assessment.yellowFlags())).doesNotContain("CLAIMS_BOTH_ML_AND_LLM");
    }

    @Test
    void anLlmEngineerWithPyTorchInTheSkillsClaimsNothing() {
        var assessment = assess(candidate().title("Full-Stack AI Engineer").skills("PyTorch", "SQL")
                .says(CandidateDecisionRulesTest.LLM_WORK));
        assertThat(codes(assessment.yellowFlags())).contains("FULL_STACK_AI_TITLE").doesNotContain("CLAIMS_BOTH_ML_AND_LLM");
    }
}
