package com.hirefit.ingest;

/**
 * Whether a field name (a column header, a JSON key, an ATS custom-field key) carries a protected attribute
 * (age, gender, race, religion, disability, marital status, nationality, photo...). Such values are never
 * read, stored or given to a rule.
 */
public final class ProtectedAttributes {
    private ProtectedAttributes() {
    }

    public static boolean isProtected(String fieldName) {
        return fieldName != null && Columns.isProtected(fieldName);
    }
}
