package com.hirefit.rules.drl;

import com.hirefit.ingest.ProtectedAttributes;
import com.hirefit.rules.drl.CodePiece.Kind;
import com.hirefit.rules.drl.DrlTokens.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The house rules every compile enforces over a parsed folder: rule names unique, {@code @code} and {@code @reason}
 * on a rule that concludes, codes from the vocabulary, {@code @source} (a warning when missing), and no reference to
 * a protected attribute.
 */
public final class HouseRules {

    private HouseRules() {
    }

    /** @param inVocabulary whether a code is public; null when the vocabulary did not read (codes are then not checked) */
    public static List<RuleProblem> check(RuleModel model, Predicate<String> inVocabulary) {
        List<RuleProblem> problems = new ArrayList<>();
        duplicates(model.rules(), problems);
        Map<DrlRule, List<CodePiece>> byRule = new IdentityHashMap<>();
        model.pieces().stream().filter(piece -> piece.rule() != null)
                .forEach(piece -> byRule.computeIfAbsent(piece.rule(), r -> new ArrayList<>()).add(piece));
        for (DrlRule rule : model.rules()) {
            List<CodePiece> pieces = byRule.getOrDefault(rule, List.of());
            if (!rule.query()) {
                metadata(rule, pieces, inVocabulary, problems);
            }
            protectedAttributes(model, pieces, problems);
        }
        return problems;
    }

    private static void duplicates(List<DrlRule> rules, List<RuleProblem> problems) {
        Map<String, DrlRule> first = new HashMap<>();
        for (DrlRule rule : rules) {
            DrlRule earlier = first.putIfAbsent(rule.name(), rule);
            if (earlier != null) {
                problems.add(new RuleProblem(rule.file(), rule.line(), rule.column(),
                        "duplicate rule name \"" + rule.name() + "\" (first at " + earlier.file() + ":" + earlier.line() + ")"));
            }
        }
    }

    private static void metadata(DrlRule rule, List<CodePiece> pieces, Predicate<String> inVocabulary, List<RuleProblem> problems) {
        String code = rule.metadata().get("code");
        boolean concludes = pieces.stream().filter(piece -> piece.kind() == Kind.CONSEQUENCE).anyMatch(piece -> {
            List<Token> t = DrlTokens.of(piece.text()).tokens();
            for (int i = 0; i + 1 < t.size(); i++) {
                if (t.get(i).is("Conclusion") && t.get(i + 1).is(".") && (i == 0 || !t.get(i - 1).is("."))) {
                    return true;
                }
            }
            return false;
        });
        if (concludes && (code == null || code.isBlank())) {
            problems.add(new RuleProblem(rule.file(), rule.line(), rule.column(), "rule \"" + rule.name() + "\" concludes a code but has no @code"));
        }
        if (rule.metadata().getOrDefault("reason", "").isBlank()) {
            problems.add(new RuleProblem(rule.file(), rule.line(), rule.column(), "rule \"" + rule.name() + "\" has no @reason"));
        }
        if (rule.metadata().getOrDefault("source", "").isBlank()) {
            problems.add(new RuleProblem(rule.file(), rule.line(), rule.column(), "rule \"" + rule.name() + "\" has no @source",
                    RuleProblem.Severity.WARNING));
        }
        if (code != null && inVocabulary != null && !inVocabulary.test(code)) {
            problems.add(new RuleProblem(rule.file(), rule.line(), rule.column(),
                    "code " + code + " is not in the public vocabulary (vocabulary.yaml)"));
        }
    }

    /** Any name or string in a rule's code that reads as a protected attribute (a field, a map key, a string). */
    private static void protectedAttributes(RuleModel model, List<CodePiece> pieces, List<RuleProblem> problems) {
        for (CodePiece piece : pieces) {
            if (!piece.isCode()) {
                continue;
            }
            for (Token token : DrlTokens.of(piece.text()).tokens()) {
                String word = switch (token.kind()) {
                    case STRING -> token.text().length() >= 2 ? token.text().substring(1, token.text().length() - 1) : "";
                    case IDENT -> token.text().replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').replace("$", "");
                    default -> "";
                };
                if (!word.isEmpty() && ProtectedAttributes.isProtected(word)) {
                    problems.add(model.problem(piece, token.start(), "refers to a protected attribute (\"" + word + "\"): no rule may use one",
                            RuleProblem.Severity.ERROR));
                    return;
                }
            }
        }
    }
}
