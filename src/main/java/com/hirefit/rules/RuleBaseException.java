package com.hirefit.rules;

import com.hirefit.rules.drl.RuleProblem;
import java.util.List;
import java.util.stream.Collectors;

/** The rule files could not be read or compiled; {@link #problems()} says where and why. */
public class RuleBaseException extends Exception {
    private final List<RuleProblem> problems;

    public RuleBaseException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public RuleBaseException(RuleProblem problem) {
        this(List.of(problem));
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
