package com.hirefit.webhook;

import com.hirefit.ingest.Column;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which ATS custom fields feed HireFit's canonical columns, bound by the service from
 * {@code hirefit.webhooks.fields.*}. Keys compare in lower_snake_case, so a Greenhouse key
 * ({@code years_experience}), an Ashby title ("Years Experience") and a configured "yearsExperience" all meet.
 * A null or blank key falls back to its default. Any other custom field is carried as an extra column under
 * its display name, unless it names a protected attribute or contact details.
 */
public record CustomFieldKeys(String yearsExperience, String yearsLlmExperience, String skills, String highlights,
                              String expectedSalary, String market) {

    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll}|\\p{N})(?=\\p{Lu})");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Each key is kept in lower_snake_case, so a lookup normalises only the key it is given. */
    public CustomFieldKeys {
        yearsExperience = orDefault(yearsExperience, "years_experience");
        yearsLlmExperience = orDefault(yearsLlmExperience, "years_llm_experience");
        skills = orDefault(skills, "skills");
        highlights = orDefault(highlights, "highlights");
        expectedSalary = orDefault(expectedSalary, "expected_salary");
        market = orDefault(market, "market");
    }

    public static CustomFieldKeys defaults() {
        return new CustomFieldKeys(null, null, null, null, null, null);
    }

    /** The canonical column a custom field's key or title feeds, or null; the first configured key wins a tie. */
    String column(String keyOrTitle) {
        if (keyOrTitle == null) {
            return null;
        }
        String key = snake(keyOrTitle);
        return key.equals(yearsExperience) ? Column.YEARS_EXPERIENCE.label()
                : key.equals(yearsLlmExperience) ? Column.YEARS_LLM_EXPERIENCE.label()
                : key.equals(skills) ? Column.SKILLS.label()
                : key.equals(highlights) ? Column.HIGHLIGHTS.label()
                : key.equals(expectedSalary) ? Column.EXPECTED_SALARY.label()
                : key.equals(market) ? Column.MARKET.label()
                : null;
    }

    /** "Years Experience", "yearsExperience", "years-experience" are all "years_experience". */
    static String snake(String text) {
        String split = CAMEL.matcher(text.strip()).replaceAll("_");
        String snake = NOT_ALNUM.matcher(split.toLowerCase(Locale.ROOT)).replaceAll("_");
        int start = 0;
        int end = snake.length();
        while (start < end && snake.charAt(start) == '_') {
            start++;
        }
        while (end > start && snake.charAt(end - 1) == '_') {
            end--;
        }
        return snake.substring(start, end);
    }

    private static String orDefault(String key, String fallback) {
        return key == null || key.isBlank() ? fallback : snake(key);
    }
}
