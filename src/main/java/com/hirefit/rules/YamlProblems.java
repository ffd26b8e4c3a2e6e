package com.hirefit.rules;

import com.hirefit.rules.drl.RuleProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/** Problems in the rules folder's YAML files (stages, taxonomy, vocabulary), placed where the parser stood. */
final class YamlProblems {
    private YamlProblems() {
    }

    static RuleProblem at(String file, TokenStreamLocation at, String message) {
        return new RuleProblem(file, at.getLineNr(), at.getColumnNr(), message);
    }

    /** A file the YAML parser cannot read; Jackson gives no location for some failures (line and column 0 then). */
    static RuleProblem syntax(String file, JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        return new RuleProblem(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                "YAML syntax: " + e.getOriginalMessage());
    }
}
