package com.hirefit.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomFieldKeysTest {

    @Test
    void defaults() {
        CustomFieldKeys keys = CustomFieldKeys.defaults();
        assertThat(keys).isEqualTo(new CustomFieldKeys("years_experience", "years_llm_experience", "skills",
                "highlights", "expected_salary", "market"));
        assertThat(keys.column("years_experience")).isEqualTo("Years Experience");
        assertThat(keys.column("years_llm_experience")).isEqualTo("Years LLM Experience");
        assertThat(keys.column("skills")).isEqualTo("Skills");
        assertThat(keys.column("highlights")).isEqualTo("Highlights");
        assertThat(keys.column("expected_salary")).isEqualTo("Expected Salary");
        assertThat(keys.column("market")).isEqualTo("Market");
        assertThat(keys.column("referral_source")).isNull();
        assertThat(keys.column(null)).isNull();
    }

    @Test
    void blankKeysFallBackToDefaults() {
        assertThat(new CustomFieldKeys(" ", "", null, "summary", null, null))
                .isEqualTo(new CustomFieldKeys("years_experience", "years_llm_experience", "skills", "summary",
                        "expected_salary", "market"));
    }

    @Test
    void keysCompareInSnakeCase() {
        CustomFieldKeys keys = new CustomFieldKeys("Total YOE", "llmYears", null, null, "salary-expectation", null);
        assertThat(keys.column("total_yoe")).isEqualTo("Years Experience");
        assertThat(keys.column("Total YOE")).isEqualTo("Years Experience");
        assertThat(keys.column("llm_years")).isEqualTo("Years LLM Experience");
        assertThat(keys.column("Salary Expectation")).isEqualTo("Expected Salary");
        assertThat(keys.column("years_experience")).isNull();
        assertThat(keys.yearsExperience()).isEqualTo("total_yoe");
        assertThat(keys.expectedSalary()).isEqualTo("salary_expectation");
    }

    @Test
    void snake() {
        assertThat(CustomFieldKeys.snake("Years Experience")).isEqualTo("years_experience");
        assertThat(CustomFieldKeys.snake("yearsLlmExperience")).isEqualTo("years_llm_experience");
        assertThat(CustomFieldKeys.snake("  Expected Salary (USD) ")).isEqualTo("expected_salary_usd");
        assertThat(CustomFieldKeys.snake("years-experience")).isEqualTo("years_experience");
    }
}
