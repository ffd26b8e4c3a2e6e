package com.hirefit.scenarios;

import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleInfo;
import java.util.Comparator;
import java.util.List;

/** For every rule in the rule base, how many scenarios fired it; sorted by file, then line. */
public record Coverage(List<Line> lines) {

    /** One rule and the number of scenarios that fired it. */
    public record Line(RuleInfo rule, int scenarios) {
    }

    public Coverage {
        lines = List.copyOf(lines);
    }

    static Coverage of(RuleBase rules, List<ScenarioResult> results) {
        return new Coverage(rules.rules().values().stream()
                .sorted(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line).thenComparing(RuleInfo::name))
                .map(rule -> new Line(rule, (int) results.stream().filter(r -> r.firedRules().contains(rule.name())).count()))
                .toList());
    }

    /** The rules no scenario fires, in file and line order. */
    public List<RuleInfo> uncovered() {
        return lines.stream().filter(line -> line.scenarios() == 0).map(Line::rule).toList();
    }

    public int covered() {
        return lines.size() - uncovered().size();
    }
}
