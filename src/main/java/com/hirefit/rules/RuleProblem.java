package com.hirefit.rules;

/** One problem in a rule file, located as precisely as the compiler allows (line and column 0 when unknown). */
public record RuleProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
