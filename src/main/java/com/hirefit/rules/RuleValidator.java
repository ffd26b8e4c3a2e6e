package com.hirefit.rules;

import com.hirefit.ingest.ProtectedAttributes;
import com.hirefit.vocabulary.Role;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a rules folder before it is used: it must compile, and every rule must follow the house rules
 * (see {@link #validate}). Problems are located by file, line and column.
 */
public final class RuleValidator {
    private static final Pattern TAG_EQUALS = Pattern.compile("\\btag\\s*==\\s*\"([A-Z0-9_]+)\"");
    private static final Pattern TAG_IN = Pattern.compile("\\btag\\s+in\\s*\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern DERIVED = Pattern.compile("Evidence\\.derived\\(\\s*\"([A-Z0-9_]+)\"");
    private static final Pattern CONCLUDES = Pattern.compile("\\bConclusion\\.");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    /** Actions must only add facts: no I/O, reflection, threads or access to the JVM. */
    private static final Map<Pattern, String> FORBIDDEN = Map.of(
            Pattern.compile("\\bSystem\\s*\\."), "System.*",
            Pattern.compile("\\bjava\\.(io|nio|net)\\b|\\bFiles\\s*\\.|\\bnew\\s+(File|FileWriter|FileReader|Socket|URL)\\b"), "I/O",
            Pattern.compile("\\bClass\\s*\\.\\s*forName|\\.getClass\\s*\\(|\\bjava\\.lang\\.reflect\\b|\\.getDeclared\\w*\\(|\\bMethodHandles?\\b"), "reflection",
            Pattern.compile("\\bnew\\s+Thread\\b|\\bThread\\s*\\.|\\bExecutors?\\b|\\bCompletableFuture\\b|\\bRuntime\\s*\\.|\\bProcessBuilder\\b"), "threads or processes");

    private RuleValidator() {
    }

    /**
     * Compile errors (syntax, unknown fact types or fields), duplicate rule names, taxonomy errors, tags a
     * rule tests that nothing produces and taxonomy tags no rule tests; and lint: a rule that concludes a
     * code without {@code @code} and {@code @reason}, a code outside the vocabulary, a rule without
     * {@code @source} (warning), a rule that refers to a protected attribute, and actions that do I/O,
     * reflection, threads or {@code System.*}.
     */
    public static List<RuleProblem> validate(RuleSource source) {
        return check(source).problems();
    }

    /** What a check found, and the compiled rule base when the files compiled (null otherwise). */
    public record Checked(RuleBase ruleBase, List<RuleProblem> problems) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(RuleProblem::isError);
        }
    }

    /** {@link #validate} that also keeps the rule base it compiled, so a reload compiles only once. */
    public static Checked check(RuleSource source) {
        List<RuleProblem> problems = new ArrayList<>();
        RuleBase compiled = null;
        try {
            compiled = RuleBase.compile(source);
        } catch (RuleBaseException e) {
            // The compiler names a duplicate at its first occurrence; the check below names both places.
            e.problems().stream().filter(p -> !p.message().startsWith("Duplicate rule name") && !p.message().endsWith("is already defined"))
                    .forEach(problems::add);
        }
        List<DrlRule> rules = new ArrayList<>();
        source.files().forEach((file, bytes) -> {
            if (file.endsWith(".drl")) {
                rules.addAll(DrlRule.scan(file, new String(bytes, StandardCharsets.UTF_8)));
            }
        });
        duplicates(rules, problems);
        Taxonomy taxonomy = quietly(() -> TaxonomyReader.read(RuleSource.TAXONOMY, bytes(source, RuleSource.TAXONOMY)));
        Vocabulary vocabulary = quietly(() -> Vocabulary.read(RuleSource.VOCABULARY, bytes(source, RuleSource.VOCABULARY)));
        if (taxonomy != null) {
            tags(rules, taxonomy, problems);
        }
        for (DrlRule rule : rules) {
            metadata(rule, vocabulary, problems);
            protectedAttributes(rule, problems);
            forbiddenActions(rule, problems);
        }
        problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line).thenComparing(RuleProblem::message));
        return new Checked(compiled, problems.stream().distinct().toList());
    }

    private static void duplicates(List<DrlRule> rules, List<RuleProblem> problems) {
        Map<String, DrlRule> first = new HashMap<>();
        for (DrlRule rule : rules) {
            DrlRule earlier = first.putIfAbsent(rule.name(), rule);
            if (earlier != null) {
                problems.add(new RuleProblem(rule.file(), rule.line(), 1,
                        "duplicate rule name \"" + rule.name() + "\" (first at " + earlier.file() + ":" + earlier.line() + ")"));
            }
        }
    }

    private static void tags(List<DrlRule> rules, Taxonomy taxonomy, List<RuleProblem> problems) {
        Set<String> produced = new HashSet<>();
        taxonomy.evidence().forEach(e -> produced.add(e.tag()));
        taxonomy.titles().forEach(e -> produced.add(e.tag()));
        rules.forEach(rule -> all(DERIVED, rule.then()).forEach(produced::add));
        Set<String> used = new HashSet<>();
        for (DrlRule rule : rules) {
            String when = rule.when().replaceAll("(?m)//.*$", "");
            for (String tag : usedTags(when)) {
                used.add(tag);
                if (!produced.contains(tag)) {
                    problems.add(new RuleProblem(rule.file(), rule.whenLine() + lineOf(when, "\"" + tag + "\""), 1,
                            "tag " + tag + " is tested here but no taxonomy entry or rule produces it"));
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
    }

    private static List<String> usedTags(String when) {
        List<String> tags = new ArrayList<>(all(TAG_EQUALS, when));
        Matcher in = TAG_IN.matcher(when);
        while (in.find()) {
            tags.addAll(all(QUOTED, in.group(1)));
        }
        return tags;
    }

    private static void metadata(DrlRule rule, Vocabulary vocabulary, List<RuleProblem> problems) {
        String code = rule.metadata().get("code");
        boolean concludes = CONCLUDES.matcher(rule.then().replaceAll("(?m)//.*$", "")).find();
        if (concludes && (code == null || code.isBlank())) {
            problems.add(new RuleProblem(rule.file(), rule.line(), 1, "rule \"" + rule.name() + "\" concludes a code but has no @code"));
        }
        if (rule.metadata().getOrDefault("reason", "").isBlank()) {
            problems.add(new RuleProblem(rule.file(), rule.line(), 1, "rule \"" + rule.name() + "\" has no @reason"));
        }
        if (rule.metadata().getOrDefault("source", "").isBlank()) {
            problems.add(new RuleProblem(rule.file(), rule.line(), 1, "rule \"" + rule.name() + "\" has no @source",
                    RuleProblem.Severity.WARNING));
        }
        if (code != null && vocabulary != null && !vocabulary.contains(code)) {
            problems.add(new RuleProblem(rule.file(), rule.line(), 1,
                    "code " + code + " is not in the public vocabulary (vocabulary.yaml)"));
        }
    }

    private static void protectedAttributes(DrlRule rule, List<RuleProblem> problems) {
        String code = rule.code();
        List<String> words = new ArrayList<>(all(QUOTED, code));
        Matcher identifiers = IDENTIFIER.matcher(code.replaceAll("\"[^\"]*\"", " "));
        while (identifiers.find()) {
            words.add(identifiers.group().replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' '));
        }
        words.stream().filter(ProtectedAttributes::isProtected).findFirst().ifPresent(word -> problems.add(new RuleProblem(
                rule.file(), rule.whenLine() + lineOf(rule.when() + rule.then(), word.split(" ")[0]), 1,
                "rule \"" + rule.name() + "\" refers to a protected attribute (\"" + word + "\"): no rule may use one")));
    }

    private static void forbiddenActions(DrlRule rule, List<RuleProblem> problems) {
        String then = rule.then().replaceAll("(?m)//.*$", "");
        FORBIDDEN.forEach((pattern, what) -> {
            Matcher found = pattern.matcher(then);
            if (found.find()) {
                problems.add(new RuleProblem(rule.file(), rule.thenLine() + lineOf(then, found.group()), 1,
                        "rule \"" + rule.name() + "\" does " + what + " in its actions (\"" + found.group().strip()
                                + "\"): actions may only insert facts"));
            }
        });
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return at < 0 ? 0 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
    }

    private static boolean isRole(String tag) {
        return Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(tag));
    }

    private static byte[] bytes(RuleSource source, String file) {
        return source.files().getOrDefault(file, new byte[0]);
    }

    private interface Read<T> {
        T read() throws RuleBaseException;
    }

    /** Reads what the compile step already reported on; a failure here is not reported twice. */
    private static <T> T quietly(Read<T> read) {
        try {
            return read.read();
        } catch (RuleBaseException e) {
            return null;
        }
    }
}
