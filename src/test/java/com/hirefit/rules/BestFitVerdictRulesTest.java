package com.hirefit.rules;

import static com.hirefit.rules.RuleFixture.assess;
import static com.hirefit.rules.RuleFixture.candidate;
import static com.hirefit.rules.RuleFixture.job;
import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.job.TrainingData;
import com.hirefit.vocabulary.Role;
import com.hirefit.vocabulary.Seniority;
import com.hirefit.vocabulary.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The verdict follows the best-fit role (DOMAIN.md section 9): a best fit the work does not need is never FIT or
 * STRONG_FIT, at most REVIEW when the needed role's evidence is substantial on its own.
 */
class BestFitVerdictRulesTest {
    /** Mostly platform work, with a wiki chatbot on the side: the platform points outweigh the LLM points. */
    private static final String PLATFORM_WITH_A_BOT = "Rolled out GitHub Copilot and Cursor to 900 engineers with SSO, a vendor "
            + "security review and adoption metrics every week. Run the internal developer platform and its developer experience "
            + "surveys. Also built a wiki chatbot with LangChain and pgvector that the platform team uses.";
    private static final String AGENT_WORK = "I lead the procurement agent that runs a whole workflow: a LangGraph planner with "
            + "episodic and long-term memory, multi-agent orchestration, per-tool permission scopes and a kill switch. Retrieval "
            + "over past contracts with pgvector, Claude and GPT-4o behind it, and trajectory evals that replay 800 cases nightly; "
            + "live for 2,100 cases a month.";

    @Test
    void aBestFitTheWorkDoesNotNeedIsNeverAFitForAMinorityOfPoints() {
        var assessment = assess(candidate().years(9.0, 1.0).says(PLATFORM_WITH_A_BOT), job().target(Seniority.SENIOR));
        assertThat(assessment.recommendedRole()).isEqualTo(Role.PLATFORM_ENGINEER);
        assertThat(assessment.roleScores().get(Role.LLM_ENGINEER)).isPositive();
        assertThat(assessment.verdict()).isEqualTo(Verdict.NOT_FIT);
    }

    @Test
    void substantialEvidenceForTheNeededRoleIsAtMostReview() {
        var assessment = assess(candidate().years(9.0, 3.5).says(AGENT_WORK),
                job().trainingData(TrainingData.PLANNED).target(Seniority.SENIOR));
        assertThat(assessment.recommendedRole()).isEqualTo(Role.AI_AGENT_ENGINEER);
        assertThat(assessment.roleScores().get(Role.LLM_ENGINEER)).isGreaterThanOrEqualTo(8);
        assertThat(assessment.verdict()).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void theSameResumeIsAFitWhereItsBestFitRoleIsNeeded() {
        var assessment = assess(candidate().years(9.0, 3.5).says(AGENT_WORK),
                job().phase(3).shapes(com.hirefit.job.WorkShape.AUTONOMOUS_WORKFLOWS).target(Seniority.SENIOR));
        assertThat(assessment.verdict()).isIn(Verdict.FIT, Verdict.STRONG_FIT);
    }
}
