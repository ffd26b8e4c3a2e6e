package com.hirefit.candidate;

import java.util.List;

/**
 * The race/ethnicity categories of the EEO-1 Component 1 report, in its order (Hispanic or Latino, then six races of
 * people not Hispanic or Latino), as a candidate self-identified. Not disclosed is {@code null}. Personal data, never a
 * rule input, kept only for the adverse-impact audit.
 */
public enum RaceEthnicity {
    HISPANIC_OR_LATINO("Hispanic or Latino", List.of("hispanic", "latino", "latina", "latinx", "latine")),
    WHITE("White", List.of("white", "caucasian")),
    BLACK("Black or African American", List.of("black", "african american")),
    NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER("Native Hawaiian or Pacific Islander",
            List.of("native hawaiian", "pacific islander", "nhpi")),
    ASIAN("Asian", List.of("asian")),
    NATIVE_AMERICAN_OR_ALASKA_NATIVE("Native American or Alaska Native",
            List.of("american indian", "alaska native", "alaskan native", "native american", "aian")),
    TWO_OR_MORE_RACES("Two or More Races", List.of("two or more", "2 or more", "multiracial", "multiple races", "mixed race"));

    private final String label;
    private final List<String> words;

    RaceEthnicity(String label, List<String> words) {
        this.label = label;
        this.words = words;
    }

    /** The EEO-1 label ("Black or African American"); the six races are of people not Hispanic or Latino. */
    public String label() {
        return label;
    }

    /**
     * The category an answer names: an EEO-1 label (with or without "(Not Hispanic or Latino)"), a code
     * ({@code TWO_OR_MORE_RACES}) or a usual synonym, in any case; null for a blank or declined answer.
     *
     * @throws IllegalArgumentException for anything else, or an answer naming two categories (the message never
     *     quotes the answer)
     */
    public static RaceEthnicity parse(String answer) {
        String words = " " + SelfIdentification.words(answer) + " ";
        if (SelfIdentification.isDeclined(words.strip())) {
            return null;
        }
        for (RaceEthnicity category : values()) {
            if (words.strip().equals(SelfIdentification.words(category.name()))) {
                return category;
            }
        }
        // "Black or African American (Not Hispanic or Latino)": the qualifier says what the answer is not.
        String stated = words.replaceAll(" (not|non) (hispanic|latino)( or latino| or latina)? ", " ");
        RaceEthnicity found = null;
        for (RaceEthnicity category : values()) {
            if (category.words.stream().anyMatch(word -> stated.contains(" " + word + " "))) {
                if (found != null) {
                    throw new IllegalArgumentException("names more than one category (use 'Two or More Races')");
                }
                found = category;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("not an EEO-1 race/ethnicity category (Hispanic or Latino, White, Black or"
                    + " African American, Native Hawaiian or Pacific Islander, Asian, Native American or Alaska Native,"
                    + " Two or More Races) or not disclosed");
        }
        return found;
    }
}
