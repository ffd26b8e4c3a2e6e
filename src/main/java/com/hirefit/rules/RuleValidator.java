package com.hirefit.rules;

import com.hirefit.ingest.ProtectedAttributes;
import com.hirefit.rules.CodePiece.Kind;
import com.hirefit.rules.DrlTokens.Token;
import com.hirefit.vocabulary.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a rules folder before it is used: {@link #check} is {@link RuleBase#compile}, which parses, lints (what
 * code rules may carry, see {@link CodeLint}, and the house rules here) and builds, plus the tags check, and
 * reports every problem by file, line and column. The house rules, which every compile enforces: rule names
 * unique, {@code @code} and {@code @reason} on a rule that concludes, codes from the vocabulary, {@code @source}
 * (a warning when missing), and no reference to a protected attribute. The tags check, for validation and
 * reloads: every tag a rule tests produced by the taxonomy or a rule, and every taxonomy tag tested.
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

    /** The house rules over a parsed folder (the vocabulary may be null when it did not read). */
    static List<RuleProblem> houseRules(RuleModel model, Vocabulary vocabulary) {
        List<RuleProblem> problems = new ArrayList<>();
        duplicates(model.rules(), problems);
        Map<DrlRule, List<CodePiece>> byRule = new IdentityHashMap<>();
        model.pieces().stream().filter(piece -> piece.rule() != null)
                .forEach(piece -> byRule.computeIfAbsent(piece.rule(), r -> new ArrayList<>()).add(piece));
        for (DrlRule rule : model.rules()) {
            List<CodePiece> pieces = byRule.getOrDefault(rule, List.of());
            if (!rule.query()) {
                metadata(rule, pieces, vocabulary, problems);
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

    /** Tags a rule tests that nothing produces, and taxonomy tags no rule tests. */
    static List<RuleProblem> tags(RuleModel model, Taxonomy taxonomy) {
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> produced = new HashSet<>();
        taxonomy.evidence().forEach(e -> produced.add(e.tag()));
        taxonomy.titles().forEach(e -> produced.add(e.tag()));
        for (CodePiece piece : model.pieces()) {
            List<Token> t = piece.kind() == Kind.CONSEQUENCE ? DrlTokens.of(piece.text()).tokens() : List.of();
            for (int i = 0; i + 4 < t.size(); i++) {
                if (t.get(i).is("Evidence") && t.get(i + 1).is(".") && t.get(i + 2).is("derived") && t.get(i + 3).is("(")
                        && t.get(i + 4).kind() == DrlTokens.Kind.STRING) {
                    produced.add(DrlTokens.unquote(t.get(i + 4).text()));
                }
            }
        }
        Set<String> used = new HashSet<>();
        for (CodePiece piece : model.pieces()) {
            if (piece.kind() != Kind.CONSTRAINT) {
                continue;
            }
            for (Token tag : testedTags(DrlTokens.of(piece.text()).tokens())) {
                String name = DrlTokens.unquote(tag.text());
                used.add(name);
                if (!produced.contains(name)) {
                    problems.add(model.problem(piece, tag.start(), "tag " + name + " is tested here but no taxonomy entry or rule produces it",
                            RuleProblem.Severity.ERROR));
                }
            }
        }
        List<Taxonomy.Entry> entries = new ArrayList<>(taxonomy.evidence());
        taxonomy.titles().stream().filter(e -> !isRole(e.tag())).forEach(entries::add);
        Set<String> reported = new HashSet<>();
        for (Taxonomy.Entry entry : entries) {
            if (!used.contains(entry.tag()) && reported.add(entry.tag())) {
                problems.add(new RuleProblem(RuleSource.TAXONOMY, entry.line(), 1,
                        "tag " + entry.tag() + " is produced here but no rule tests it"));
            }
        }
        return problems;
    }

    /** The string tokens of {@code tag == "X"} and {@code tag in ("X", "Y")}. */
    private static List<Token> testedTags(List<Token> t) {
        List<Token> tags = new ArrayList<>();
        for (int i = 0; i + 2 < t.size(); i++) {
            if (!t.get(i).is("tag")) {
                continue;
            }
            if (t.get(i + 1).is("==") && t.get(i + 2).kind() == DrlTokens.Kind.STRING) {
                tags.add(t.get(i + 2));
            } else if (t.get(i + 1).is("in") && t.get(i + 2).is("(")) {
                for (int j = i + 3; j < t.size() && !t.get(j).is(")"); j++) {
                    if (t.get(j).kind() == DrlTokens.Kind.STRING) {
                        tags.add(t.get(j));
                    }
                }
            }
        }
        return tags;
    }

    private static void metadata(DrlRule rule, List<CodePiece> pieces, Vocabulary vocabulary, List<RuleProblem> problems) {
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
        if (code != null && vocabulary != null && !vocabulary.contains(code)) {
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

    private static boolean isRole(String tag) {
        return Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(tag));
    }
}
