package com.hirefit.rules.facts;

/**
 * A taxonomy tag found in a candidate's text: the tag, the taxonomy term that matched (e.g. "OpenAI"),
 * the phrase as found (normalised), the field it was read from and the sentence it stands in (numbered
 * across all fields, so two evidence facts with the same sentence were said together). Derived evidence
 * (inferred by rules) has field "rules".
 */
public record Evidence(String tag, String term, String phrase, String field, int sentence) {

    public static final String DERIVED = "rules";

    /** Evidence inferred by a rule from other evidence, not read from text. */
    public static Evidence derived(String tag) {
        return new Evidence(tag, tag, null, DERIVED, -1);
    }
}
