package com.hirefit.ingest;

/** The canonical columns of a candidate file, with the label used in reports and errors. */
enum Field {
    CANDIDATE_ID("Candidate ID", Kind.TEXT),
    NAME("Name", Kind.TEXT),
    EMAIL("Email", Kind.TEXT),
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

    Field(String label, Kind kind) {
        this.label = label;
        this.kind = kind;
    }

    String label() {
        return label;
    }

    Kind kind() {
        return kind;
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
