package com.hirefit.candidate;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A candidate's demographic self-identification: sex and race/ethnicity in the EEO-1 categories, each null when not
 * disclosed. Personal data kept apart from everything a rule, a result, an export or a log sees
 * ({@link SelfIdentifications}); it only ever leaves the store as counts, in the adverse-impact audit.
 */
public record SelfIdentification(String candidateId, Sex sex, RaceEthnicity raceEthnicity) {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> DECLINED = Set.of("", "not disclosed", "undisclosed", "not declared", "unknown",
            "decline", "declined", "decline to state", "declined to state", "decline to answer", "declined to answer",
            "decline to self identify", "i decline to self identify", "i do not wish to self identify",
            "i don t wish to answer", "prefer not to say", "prefer not to answer", "not specified", "not stated",
            "n a", "na", "none");

    /** Lower case words separated by single spaces, punctuation dropped: how answers are compared. */
    public static String words(String answer) {
        return answer == null ? "" : NOT_WORD.matcher(answer.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Whether an answer (as {@link #words}) says nothing or declines to say. */
    static boolean isDeclined(String words) {
        return DECLINED.contains(words);
    }

    /** Whether neither sex nor race/ethnicity was disclosed. */
    public boolean isEmpty() {
        return sex == null && raceEthnicity == null;
    }
}
