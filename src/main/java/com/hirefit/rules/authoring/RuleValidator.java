package com.hirefit.rules.authoring;

import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleBaseException;
import com.hirefit.rules.RuleSource;
import com.hirefit.rules.drl.RuleProblem;
import java.util.List;

/**
 * Checks a rules folder before it is used: {@link #check} is {@link RuleBase#compile}, which parses, lints (what
 * code rules may carry, see {@link com.hirefit.rules.drl.CodeLint}, and the house rules of
 * {@link com.hirefit.rules.drl.HouseRules}) and builds, plus the tags check ({@link com.hirefit.rules.drl.TagCheck}),
 * and reports every problem by file, line and column.
 */
public final class RuleValidator {

    private RuleValidator() {
    }

    /** Every problem in the folder, errors and warnings, sorted by file and line. */
    public static List<RuleProblem> validate(RuleSource source) {
        return check(source).problems();
    }

    /** What a check found, and the compiled rule base when it had no errors (null otherwise). */
    public record Checked(RuleBase ruleBase, List<RuleProblem> problems) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(RuleProblem::isError);
        }
    }

    /** {@link #validate} that also keeps the rule base it compiled, so a reload compiles only once. */
    public static Checked check(RuleSource source) {
        try {
            RuleBase compiled = RuleBase.compile(source, true);
            return new Checked(compiled, compiled.warnings());
        } catch (RuleBaseException e) {
            return new Checked(null, e.problems());
        }
    }
}
