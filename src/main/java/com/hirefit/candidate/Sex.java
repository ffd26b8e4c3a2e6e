package com.hirefit.candidate;

import java.util.Map;

/**
 * A sex category of the EEO-1 Component 1 report, as a candidate self-identified it (demographic self-identification:
 * personal data, never a rule input, kept only for the adverse-impact audit). Not disclosed is {@code null}.
 */
public enum Sex {
    MALE("Male"),
    FEMALE("Female");

    private static final Map<String, Sex> WORDS = Map.of("male", MALE, "m", MALE, "man", MALE, "men", MALE,
            "female", FEMALE, "f", FEMALE, "woman", FEMALE, "women", FEMALE);

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The category a self-identification answer names: a label or code in any case ("Female", "F", "FEMALE"); null for
     * a blank or declined answer ({@link SelfIdentification#isDeclined}).
     *
     * @throws IllegalArgumentException for anything else (the message never quotes the answer)
     */
    public static Sex parse(String answer) {
        String words = SelfIdentification.words(answer);
        if (SelfIdentification.isDeclined(words)) {
            return null;
        }
        Sex sex = WORDS.get(words);
        if (sex == null) {
            throw new IllegalArgumentException("not Male, Female, or not disclosed (blank, 'Not disclosed', 'Decline to state')");
        }
        return sex;
    }
}
