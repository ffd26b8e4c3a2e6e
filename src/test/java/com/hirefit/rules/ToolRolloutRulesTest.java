package com.hirefit.rules;

import static com.hirefit.rules.RuleFixture.assess;
import static com.hirefit.rules.RuleFixture.candidate;
import static com.hirefit.rules.RuleFixture.codes;
import static com.hirefit.rules.RuleFixture.job;
import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.job.TrainingData;
import com.hirefit.job.WorkShape;
import com.hirefit.vocabulary.Role;
import com.hirefit.vocabulary.Seniority;
import com.hirefit.vocabulary.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Rolling out vendor AI tools to employees is platform work ([001] phase one, DOMAIN.md section 9), not a shipped
 * LLM system: a product name such as "Copilot" said with its roll-out is not LLM engineering.
 */
class ToolRolloutRulesTest {
    private static final String ROLLOUT = "Rolled out Microsoft 365 Copilot and ChatGPT Enterprise to 4,000 employees across 12 countries. "
            + "Ran the vendor security reviews with legal and set up SSO. Built the adoption dashboard: 64% weekly active use of "
            + "licensed seats. Negotiated the OpenAI enterprise agreement and the Claude for Work pilot.";

    @Test
    void rollingOutVendorToolsIsPlatformWorkNotAShippedLlmSystem() {
        var assessment = assess(candidate().years(9.0, 1.0).says(ROLLOUT),
                job().phase(1).shapes(WorkShape.AI_TOOL_ADOPTION).trainingData(TrainingData.NONE).target(Seniority.SENIOR));
        assertThat(assessment.recommendedRole()).isEqualTo(Role.PLATFORM_ENGINEER);
        assertThat(assessment.roleScores().get(Role.LLM_ENGINEER)).as("no LLM engineering in a roll-out").isZero();
        assertThat(codes(assessment.greenFlags())).doesNotContain("PRODUCTION_LLM_SYSTEM", "MULTIPLE_LLM_PROVIDERS");
        assertThat(codes(assessment.yellowFlags())).isEmpty();
        assertThat(assessment.verdict()).isEqualTo(Verdict.FIT);
    }

    @Test
    void aCopilotNamedWithItsRolloutIsNotLlmWork() {
        var assessment = assess(candidate().says("Rolled out Copilot to 900 engineers and tracked adoption metrics every week."));
        assertThat(assessment.roleScores().get(Role.LLM_ENGINEER)).isZero();
        assertThat(assessment.recommendedRole()).isNotEqualTo(Role.LLM_ENGINEER);
    }

    @Test
    void aCopilotBuiltAndShippedIsStillAnLlmSystem() {
        var assessment = assess(candidate().says("Built and shipped the support copilot our 300 agents use on every ticket: "
                + "retrieval over the help center, drafts from Claude and GPT-4o, and an LLM-as-judge eval suite."));
        assertThat(assessment.recommendedRole()).isEqualTo(Role.LLM_ENGINEER);
        assertThat(codes(assessment.greenFlags())).contains("PRODUCTION_LLM_SYSTEM", "MULTIPLE_LLM_PROVIDERS");
    }
}
