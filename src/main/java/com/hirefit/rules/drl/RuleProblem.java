package com.hirefit.rules.drl;

/** One problem in a rule file, located as precisely as the compiler allows (line and column 0 when unknown). */
public record RuleProblem(String file, int line, int column, String message, Severity severity) {

    public enum Severity { ERROR, WARNING }

    public RuleProblem(String file, int line, int column, String message) {
        this(file, line, column, message, Severity.ERROR);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
    }
}
