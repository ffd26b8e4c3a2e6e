package com.hirefit.rules.drl;

/**
 * One piece of text in a DRL file that the build reads as a name or as code, with what it is and where it is:
 * {@code offset} is where the text starts in the file (-1 when the parser did not say; then {@code line} and
 * {@code column} give the nearest known place). {@code rule} is the rule or query it belongs to (null outside
 * rules); {@code scope} groups the pieces whose variables are shared (a rule, a function, a declared type).
 */
record CodePiece(String file, DrlRule rule, String owner, int scope, Kind kind, String text, String detail,
                 int offset, int line, int column) {

    enum Kind {
        /** The package name. */
        PACKAGE,
        /** {@code import} of a class or a package. */
        IMPORT,
        /** {@code import function} / {@code import static}. */
        FUNCTION_IMPORT,
        /** A construct rules may not use at all; {@code detail} says which. */
        REFUSED,
        /** A rule or package attribute; {@code detail} is its name, {@code text} its value. */
        ATTRIBUTE,
        /** A rule annotation; {@code detail} is its name, {@code text} its value as written. */
        METADATA,
        /** A type name (pattern, field, parameter, return, super type); {@code detail} says which. */
        TYPE,
        /** A name bound by a pattern, a constraint, an accumulate, a query or function parameter. */
        BINDING,
        /** A {@code function}'s name. */
        FUNCTION,
        /** A {@code declare}d type's name; field names follow as {@link #FIELD} pieces. */
        DECLARED_TYPE,
        /** A declared type's field name; {@code detail} is the type's name. */
        FIELD,
        /** An accumulate function's name ({@code sum}, {@code count}...). */
        ACCUMULATE_FUNCTION,
        /** A constraint inside a pattern; {@code detail} is the pattern's type. Read by MVEL. */
        CONSTRAINT,
        /** An expression: {@code eval}, {@code from}, accumulate arguments and result, attribute values, field initialisers. */
        EXPRESSION,
        /** A rule's action block (Java). */
        CONSEQUENCE,
        /** A function body or an accumulate init/action/reverse block (Java). */
        JAVA_BLOCK
    }

    boolean isCode() {
        return kind == Kind.CONSTRAINT || kind == Kind.EXPRESSION || kind == Kind.CONSEQUENCE || kind == Kind.JAVA_BLOCK;
    }
}
