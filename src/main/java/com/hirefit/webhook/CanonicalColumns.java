package com.hirefit.webhook;

/** HireFit's canonical candidate column names, as the JSON candidate reader expects them. */
final class CanonicalColumns {
    static final String CANDIDATE_ID = "Candidate ID";
    static final String NAME = "Name";
    static final String EMAIL = "Email";
    static final String CURRENT_TITLE = "Current Title";
    static final String YEARS_EXPERIENCE = "Years Experience";
    static final String YEARS_LLM_EXPERIENCE = "Years LLM Experience";
    static final String SKILLS = "Skills";
    static final String HIGHLIGHTS = "Highlights";
    static final String EDUCATION = "Education";
    static final String PORTFOLIO = "Portfolio";
    static final String EXPECTED_SALARY = "Expected Salary";
    static final String MARKET = "Market";

    private CanonicalColumns() {
    }
}
