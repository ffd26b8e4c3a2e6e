package com.hirefit.rules.drl;

import java.util.Map;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * A rule (or query) as Drools' parser read it from its file: where it starts, its name (escapes read), its
 * metadata and group, and its conditions on one line without comments (what a trace shows for a step that
 * bound no fact).
 */
public record DrlRule(String file, int line, int column, String name, boolean query, Map<String, String> metadata,
                      String group, String conditions) {

    static DrlRule of(RuleModel.DrlFile file, RuleDescr rule) {
        return new DrlRule(file.name(), rule.getLine(), rule.getColumn() + 1, rule.getName(), rule.isQuery(),
                Map.copyOf(RuleModel.metadata(rule)), RuleModel.group(rule), conditions(file, rule));
    }

    /** The text from the first condition up to {@code then} (or the rule's end), comments out, on one line. */
    private static String conditions(RuleModel.DrlFile file, RuleDescr rule) {
        AndDescr lhs = rule.getLhs();
        if (lhs == null || lhs.getDescrs().isEmpty() || lhs.getStartCharacter() < 0) {
            return "";
        }
        int start = lhs.getStartCharacter();
        int then = file.offset(rule.getConsequenceLine(), rule.getConsequencePattern());
        int end = then > start ? then : Math.min(file.text().length(), lhs.getEndCharacter() + 1);
        return DrlTokens.of(file.text().substring(start, end)).withoutComments();
    }
}
