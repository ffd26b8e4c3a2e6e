package com.hirefit.rules;

import static com.hirefit.rules.RuleFixture.assess;
import static com.hirefit.rules.RuleFixture.candidate;
import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.vocabulary.Role;
import org.junit.jupiter.api.Test;

/**
 * Agent-specific evidence decides between agent and LLM engineer when both are present: an agent engineer is an
 * LLM engineer plus that evidence, not less ([001] The Emerging Third Role).
 */
class AgentOrLlmRulesTest {

    @Test
    void aShippedMultiAgentSystemWithPlanningMemoryAndScopeControlIsAnAgentEngineer() {
        var assessment = assess(candidate().title("Senior AI Agent Engineer").years(9.0, 3.5).skills("LangGraph", "AutoGen",
                "Anthropic API", "OpenAI API", "pgvector", "LangSmith").says("I build agents that run a whole workflow, with a "
                + "human reviewing only the exceptions: a LangGraph planner that gathers requirements, requests quotes by email and "
                + "drafts the purchase order for 2,100 cases a month, with episodic and long-term memory in Postgres. Multi-agent "
                + "orchestration of researcher, negotiator and policy-checker agents. I own scope and safety controls: per-tool "
                + "permission scopes, spend caps and a kill switch. Trajectory evals replay 800 recorded cases nightly."));
        assertThat(assessment.recommendedRole()).isEqualTo(Role.AI_AGENT_ENGINEER);
        assertThat(assessment.roleScores().get(Role.AI_AGENT_ENGINEER))
                .as("an agent engineer is an LLM engineer plus agent work").isGreaterThan(assessment.roleScores().get(Role.LLM_ENGINEER));
    }

    @Test
    void toolCallsAndAHumanApprovalStepAreStillAnLlmEngineer() {
        var assessment = assess(candidate().years(6.0, 2.5).skills("LangGraph", "OpenAI API", "Qdrant", "Braintrust").says(
                "Shipped the claims intake copilot adjusters use on 9,000 claims a month: it retrieves the policy terms from Qdrant "
                + "and drafts a recommendation the adjuster approves. A small LangGraph graph with two tool calls and a human "
                + "approval step, not a free-running agent; a Braintrust suite runs on every change."));
        assertThat(assessment.recommendedRole()).isEqualTo(Role.LLM_ENGINEER);
    }
}
