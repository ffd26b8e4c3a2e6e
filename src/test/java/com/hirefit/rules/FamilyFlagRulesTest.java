package com.hirefit.rules;

import static com.hirefit.rules.RuleFixture.assess;
import static com.hirefit.rules.RuleFixture.candidate;
import static com.hirefit.rules.RuleFixture.codes;
import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.vocabulary.Role;
import org.junit.jupiter.api.Test;

/**
 * Flags the sources name for one family of roles are judged by that family's evidence (DOMAIN.md section 9): an ML
 * engineer's validation and monitoring is their evaluation focus; API-only, prompt-only, demo-only and fine-tune-first
 * are not raised on a resume whose substance is another family's.
 */
class FamilyFlagRulesTest {

    @Test
    void anMlEngineersValidationAndMonitoringAreTheirEvaluationFocus() {
        var assessment = assess(candidate().years(6.0, 0.0).says("Rebuilt the weekly demand forecast as a LightGBM model, validated "
                + "on a rolling backtest before the switch. Ran it in shadow mode beside the old forecast for a quarter; drift and "
                + "data-quality monitoring page me when a feed goes stale. The pipeline has unit tests and runs on Kubeflow."));
        assertThat(assessment.recommendedRole()).isEqualTo(Role.ML_ENGINEER);
        assertThat(codes(assessment.yellowFlags())).doesNotContain("NO_EVAL_FOCUS");
        assertThat(codes(assessment.interviewFocus())).doesNotContain("EVALUATION_DESIGN");
    }

    @Test
    void anMlEngineerWithNoMetricValidationOrMonitoringStillHasNoEvalFocus() {
        var assessment = assess(candidate().says("Trained XGBoost churn models for the retention team and handed them to the platform team."));
        assertThat(assessment.recommendedRole()).isEqualTo(Role.ML_ENGINEER);
        assertThat(codes(assessment.yellowFlags())).contains("NO_EVAL_FOCUS");
        assertThat(codes(assessment.interviewFocus())).as("ML candidates are asked about validation in their own exercise")
                .contains("MESSY_DATASET_EXERCISE").doesNotContain("EVALUATION_DESIGN");
    }

    @Test
    void anNlpEngineerFineTuningAnEncoderIsNotFineTuneFirstForLlmWork() {
        var assessment = assess(candidate().says("Fine-tuned XLM-RoBERTa for named entity recognition on KYC documents in nine "
                + "languages, in production on 40,000 documents a day; I track inter-annotator agreement per language."));
        assertThat(assessment.recommendedRole()).isEqualTo(Role.NLP_ENGINEER);
        assertThat(codes(assessment.yellowFlags())).doesNotContain("FINE_TUNE_FIRST");
    }

    @Test
    void anLlmEngineerWhoFineTunesEverythingIsStillFineTuneFirst() {
        var assessment = assess(candidate().says("Fine-tuned Llama 3 with QLoRA for every use case: summaries, tone, intent labels; "
                + "an eval harness scores each adapter with LLM-as-judge."));
        assertThat(assessment.recommendedRole()).isEqualTo(Role.LLM_ENGINEER);
        assertThat(codes(assessment.yellowFlags())).contains("FINE_TUNE_FIRST");
    }

    @Test
    void aDataEngineersHackathonBotIsNeitherApiOnlyNorDemoOnly() {
        var assessment = assess(candidate().says("Built our first Snowflake warehouse, the Airbyte syncs and the dbt models behind the "
                + "Looker dashboards the founders check every morning. At a hackathon I also built a Slackbot on the OpenAI API that "
                + "answers sales questions, which never went beyond a demo."));
        assertThat(assessment.recommendedRole()).isEqualTo(Role.DATA_ENGINEER);
        assertThat(codes(assessment.yellowFlags())).doesNotContain("API_USAGE_ONLY", "DEMO_ONLY");
    }

    @Test
    void anApiOnlyLlmResumeIsStillApiOnlyAndShipsNoSystem() {
        var assessment = assess(candidate().says("Hooked the OpenAI API into our Zapier flows so every quote request gets an "
                + "AI-written summary. About 500 requests a month go through these flows."));
        assertThat(codes(assessment.yellowFlags())).contains("API_USAGE_ONLY");
        assertThat(codes(assessment.greenFlags())).doesNotContain("PRODUCTION_LLM_SYSTEM");
    }
}
