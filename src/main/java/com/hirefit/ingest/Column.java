package com.hirefit.ingest;

import com.hirefit.candidate.Candidate;

/**
 * The column contract, written once: the canonical columns of a candidate file, with the label the readers expect (a
 * header, a JSON key, a webhook's mapped field), reports write and errors name, and for the fields that are stored as
 * they are, the longest value the store keeps.
 */
public enum Column {
    CANDIDATE_ID("Candidate ID", Kind.TEXT, Candidate.MAX_ID_LENGTH),
    NAME("Name", Kind.TEXT, Candidate.MAX_NAME_LENGTH),
    EMAIL("Email", Kind.TEXT, Candidate.MAX_EMAIL_LENGTH),
    CURRENT_TITLE("Current Title", Kind.TEXT),
    YEARS_EXPERIENCE("Years Experience", Kind.YEARS),
    YEARS_LLM_EXPERIENCE("Years LLM Experience", Kind.YEARS),
    SKILLS("Skills", Kind.LIST),
    HIGHLIGHTS("Highlights", Kind.PROSE),
    EDUCATION("Education", Kind.PROSE),
    PUBLICATIONS("Publications", Kind.PROSE),
    PORTFOLIO("Portfolio", Kind.LIST),
    DOMAINS("Domains", Kind.LIST),
    LANGUAGES("Languages", Kind.LIST),
    EXPECTED_SALARY("Expected Salary", Kind.SALARY),
    MARKET("Market", Kind.MARKET);

    /** How a field's cells are read. */
    enum Kind {
        /** One line of text; a list (JSON array) is a type error. */
        TEXT,
        /** Free text; several cells or list items are joined. */
        PROSE,
        /** A list of short items. */
        LIST,
        YEARS,
        SALARY,
        MARKET
    }

    private final String label;
    private final Kind kind;
    private final int maxLength;

    Column(String label, Kind kind, int maxLength) {
        this.label = label;
        this.kind = kind;
        this.maxLength = maxLength;
    }

    Column(String label, Kind kind) {
        this(label, kind, Integer.MAX_VALUE);
    }

    public String label() {
        return label;
    }

    Kind kind() {
        return kind;
    }

    /** The longest value kept, in characters, once trimmed; longer makes the row an error (the cell limit applies too). */
    int maxLength() {
        return maxLength;
    }

    /** Highlights alone may come from several columns (their texts are joined); any other field takes the first. */
    boolean allowsSeveralColumns() {
        return this == HIGHLIGHTS;
    }

    /** How list items or several cells of a PROSE field are joined into one text. */
    String joiner() {
        return this == HIGHLIGHTS ? "\n\n" : "; ";
    }
}
