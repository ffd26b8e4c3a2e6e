package com.hirefit.rules.drl;

import com.hirefit.rules.drl.CodePiece.Kind;
import com.hirefit.rules.drl.DrlTokens.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether the rules and the taxonomy hold together: every tag a rule tests ({@code tag == "X"}, {@code tag in (...)})
 * is produced by a taxonomy entry or by a rule ({@code Evidence.derived("X")}), and every taxonomy tag that should be
 * tested is (a warning otherwise).
 */
public final class TagCheck {

    /** A tag the taxonomy produces, the line of its entry, and whether a rule should test it (role titles need not). */
    public record TaxonomyTag(String tag, int line, boolean mustBeTested) {
    }

    private TagCheck() {
    }

    public static List<RuleProblem> check(RuleModel model, String taxonomyFile, List<TaxonomyTag> taxonomy) {
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> produced = new HashSet<>();
        taxonomy.forEach(entry -> produced.add(entry.tag()));
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
        Set<String> reported = new HashSet<>();
        for (TaxonomyTag entry : taxonomy) {
            if (entry.mustBeTested() && !used.contains(entry.tag()) && reported.add(entry.tag())) {
                problems.add(new RuleProblem(taxonomyFile, entry.line(), 1, "tag " + entry.tag() + " is produced here but no rule tests it"));
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
}
