package com.hirefit.vocabulary;

/** The seven role codes of DOMAIN.md section 2, in the order used to break score ties. */
public enum Role {
    LLM_ENGINEER, ML_ENGINEER, NLP_ENGINEER, AI_AGENT_ENGINEER, DATA_ENGINEER, PLATFORM_ENGINEER, PROMPT_ENGINEER
}
