package com.hirefit.ingest;

/**
 * A column (or JSON key) dropped unread because it may carry a protected attribute, though its name does not
 * surely say so ("Native Language", "Graduation Year", a misspelt "Ethnicty"). A recruiter whose column holds
 * nothing of the kind renames it to have it read.
 *
 * @param column    the column's name as written
 * @param mayReveal what it may reveal, in plain words ("nationality, citizenship or national origin")
 */
public record UncertainColumn(String column, String mayReveal) {

    /** What a recruiter is told about such columns, after their list. */
    public static final String ADVICE = "their names may carry a protected attribute, so they were dropped unread;"
            + " rename a column that holds none to have it read";

    /** "Native Language (may reveal nationality, citizenship or national origin)". */
    public String describe() {
        return column + " (may reveal " + mayReveal + ")";
    }
}
