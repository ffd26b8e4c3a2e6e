package com.hirefit.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleBaseException;
import com.hirefit.rules.RuleSource;
import com.hirefit.rules.drl.RuleProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What code a rule file may carry. Every escape (the environment, the process, files, the network, reflection,
 * class loading, threads) in every place a rule file holds code is refused by the check with its file, line and
 * column, and the folder is never compiled: nothing in it runs, not even the metadata and attributes the build
 * evaluates. Each case is a copy of the real rules plus one file, extra.drl.
 */
class RuleCodeLintTest {
    private static final String HEADER = "package hirefit;\n\nimport com.hirefit.rules.facts.*;\nimport com.hirefit.vocabulary.*;\n\n";
    private static final String SECRET = "System.getenv(\"HIREFIT_WEBHOOKS_GREENHOUSE_SECRET\")";

    @TempDir
    Path dir;
    Path leak;

    /** The taxonomy, vocabulary and stages: enough for the check to read extra.drl (the other files would only slow it). */
    @BeforeEach
    void folder() throws IOException {
        for (String file : List.of(RuleSource.TAXONOMY, RuleSource.VOCABULARY, RuleSource.STAGES)) {
            Files.copy(Path.of("rules").resolve(file), dir.resolve(file));
        }
        leak = dir.resolve("leak.txt");
    }

    private void copyTheRealRules() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
    }

    /** Escapes that are values: each would run when its rule is built, matched or fired. */
    static Map<String, String> escapes(Path leak) {
        return Map.ofEntries(
                Map.entry("the secret from the environment", SECRET),
                Map.entry("a file written", "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + leak + "\"), String.valueOf("
                        + SECRET + "))"),
                Map.entry("System fully qualified", "java.lang.System.getProperty(\"user.home\")"),
                Map.entry("a process", "Runtime.getRuntime().exec(\"id\")"),
                Map.entry("a process builder", "new ProcessBuilder(\"id\").start()"),
                Map.entry("a file", "new java.io.File(\"/etc/passwd\").exists()"),
                Map.entry("the network", "new java.net.Socket(\"127.0.0.1\", 9)"),
                Map.entry("reflection", "Class.forName(\"java.lang.Runtime\")"),
                Map.entry("a class loader", "\"x\".getClass().getClassLoader()"),
                Map.entry("a thread", "Thread.currentThread().getName()"),
                Map.entry("an executor", "java.util.concurrent.Executors.newSingleThreadExecutor()"),
                Map.entry("a project class that reads files", "com.hirefit.job.JobFiles.read(null)"),
                Map.entry("an evaluator of strings", "org.mvel2.MVEL.eval(\"1\")"));
    }

    /** Every place a rule file carries code, with %s where the escape goes. */
    static Map<String, String> positions() {
        return Map.ofEntries(
                Map.entry("eval", "rule \"R\"\nwhen\n    eval((%s) != null)\nthen\nend\n"),
                Map.entry("a method call in a constraint", "rule \"R\"\nwhen\n    Evidence(term == String.valueOf(%s))\nthen\nend\n"),
                Map.entry("a cast in a constraint", "rule \"R\"\nwhen\n    Evidence(term == ((String) %s))\nthen\nend\n"),
                Map.entry("a constraint after an inline cast", "rule \"R\"\nwhen\n    Evidence(this#Evidence.term == %s)\nthen\nend\n"),
                Map.entry("from", "rule \"R\"\nwhen\n    String() from %s\nthen\nend\n"),
                Map.entry("collect", "rule \"R\"\nwhen\n    java.util.List() from collect(Evidence(term == %s))\nthen\nend\n"),
                Map.entry("accumulate init", "rule \"R\"\nwhen\n    Number() from accumulate(Evidence($s: sentence),\n"
                        + "        init(Object leak = %s;), action(), reverse(), result(0))\nthen\nend\n"),
                Map.entry("accumulate action", "rule \"R\"\nwhen\n    Number() from accumulate(Evidence($s: sentence), init(int n = 0;),\n"
                        + "        action(Object leak = %s;), reverse(), result(n))\nthen\nend\n"),
                Map.entry("accumulate reverse", "rule \"R\"\nwhen\n    Number() from accumulate(Evidence($s: sentence), init(int n = 0;),\n"
                        + "        action(n++;), reverse(Object leak = %s;), result(n))\nthen\nend\n"),
                Map.entry("accumulate result", "rule \"R\"\nwhen\n    Object() from accumulate(Evidence($s: sentence), init(int n = 0;),\n"
                        + "        action(n++;), reverse(n--;), result(%s))\nthen\nend\n"),
                Map.entry("accumulate function argument", "rule \"R\"\nwhen\n    accumulate(Evidence($s: sentence);\n"
                        + "        $all: collectList(%s))\nthen\nend\n"),
                Map.entry("entry-point", "rule \"R\"\nwhen\n    Evidence(term == %s) from entry-point \"leak\"\nthen\nend\n"),
                Map.entry("not and exists", "rule \"R\"\nwhen\n    not (exists Evidence(term == %s))\nthen\nend\n"),
                Map.entry("a conditional branch", "rule \"R\"\nwhen\n    $e : Evidence()\n    if ((%s) != null) do[t]\nthen\nthen[t]\nend\n"),
                Map.entry("an action", "rule \"R\"\nwhen\n    Evidence()\nthen\n    Object leak = %s;\nend\n"),
                Map.entry("a named action", "rule \"R\"\nwhen\n    Evidence()\n    do[t]\nthen\nthen[t]\n    Object leak = %s;\nend\n"),
                Map.entry("a function", "function Object leaky() {\n    return %s;\n}\n"),
                Map.entry("a query", "query leaky\n    Evidence(term == %s)\nend\n"),
                Map.entry("a declared type's field initialiser", "declare Leak\n    value : Object = %s\nend\n"),
                Map.entry("salience", "rule \"R\"\n    salience ((%s).hashCode())\nwhen\n    Evidence()\nthen\nend\n"),
                Map.entry("enabled", "rule \"R\"\n    enabled ((%s) != null)\nwhen\n    Evidence()\nthen\nend\n"),
                Map.entry("a metadata value", "rule \"R\"\n    @reason(%s)\nwhen\n    Evidence()\nthen\nend\n"),
                Map.entry("a one-line rule", "rule x when Evidence() then Object leak = %s; end\n"),
                Map.entry("an odd layout", "rule/*a*/\"R\"//b\n  when/*c*/Evidence(/*d*/term/*e*/==/*f*/%s)then end\n"));
    }

    static Stream<Arguments> everyEscapeInEveryPosition() {
        List<Arguments> cases = new ArrayList<>();
        Path leak = Path.of("LEAK");
        positions().forEach((position, template) -> escapes(leak).keySet()
                .forEach(escape -> cases.add(Arguments.of(position, escape))));
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("everyEscapeInEveryPosition")
    void anEscapeInAnyPositionIsRefusedWithItsPlaceAndNothingRuns(String position, String escape) throws Exception {
        String code = escapes(leak).get(escape);
        String text = HEADER + positions().get(position).formatted(code);
        Files.writeString(dir.resolve("extra.drl"), text);
        assertRefusedAt(text, code);
    }

    /** Types that reach what rules may not: as a pattern, a cast, a declared field, a parameter, a global, an import. */
    static Stream<Arguments> everyForbiddenTypeInEveryTypePosition() {
        List<String> types = List.of("java.io.File", "Runtime", "java.lang.reflect.Method", "Thread", "java.net.Socket", "ClassLoader",
                "com.hirefit.job.JobFiles");
        Map<String, String> positions = Map.ofEntries(
                Map.entry("a pattern", "rule \"R\"\nwhen\n    %s()\nthen\nend\n"),
                Map.entry("an inline cast", "rule \"R\"\nwhen\n    Evidence(this#%s.term != null)\nthen\nend\n"),
                Map.entry("a cast in an action", "rule \"R\"\nwhen\n    Evidence()\nthen\n    Object o = (%s) null;\nend\n"),
                Map.entry("new in an action", "rule \"R\"\nwhen\n    Evidence()\nthen\n    Object o = new %s();\nend\n"),
                Map.entry("a declared field", "declare Leak\n    value : %s\nend\n"),
                Map.entry("a declared super type", "declare Leak extends %s\n    value : String\nend\n"),
                Map.entry("a function parameter", "function String leaky(%s x) {\n    return null;\n}\n"),
                Map.entry("a function return type", "function %s leaky() {\n    return null;\n}\n"),
                Map.entry("a query parameter", "query leaky(%s x)\n    Evidence()\nend\n"),
                Map.entry("a global", "global %s leak;\n"),
                Map.entry("an import", "import %s;\n"));
        List<Arguments> cases = new ArrayList<>();
        positions.forEach((position, template) -> types.forEach(type -> cases.add(Arguments.of(position, template, type))));
        return cases.stream();
    }

    @ParameterizedTest(name = "{2} as {0}")
    @MethodSource("everyForbiddenTypeInEveryTypePosition")
    void aForbiddenTypeInAnyTypePositionIsRefused(String position, String template, String type) throws Exception {
        String text = HEADER + template.formatted(type);
        Files.writeString(dir.resolve("extra.drl"), text);
        assertRefusedAt(text, position.equals("a global") ? text.substring(HEADER.length()).strip() : type);
    }

    @Test
    void theRuleFromTheIssueIsRefusedAndTheSecretIsNeverWritten() throws Exception {
        copyTheRealRules();
        String condition = "eval( java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + leak + "\"), "
                + "System.getenv(\"HIREFIT_WEBHOOKS_GREENHOUSE_SECRET\")) != null )";
        String text = HEADER + """
                rule "Leaks the webhook secret"
                    @code("RAG_DESIGN")
                    @reason("Looks like a flag.")
                    @source("[004]")
                    ruleflow-group "flags"
                when
                    exists Evidence(tag == "RAG")
                    %s
                then
                    insert(Conclusion.green(drools));
                end
                """.formatted(condition);
        Files.writeString(dir.resolve("extra.drl"), text);
        assertRefusedAt(text, condition);
    }

    @Test
    void theOneLineRuleFromTheIssueIsRefused() throws Exception {
        copyTheRealRules();
        String action = "System.out.println(\"hi\");";
        String text = HEADER + "rule x when Evidence() then " + action + " end\n";
        Files.writeString(dir.resolve("extra.drl"), text);
        assertRefusedAt(text, action);
    }

    @Test
    void unicodeEscapesAreRefusedWhereverTheyAre() throws Exception {
        for (String action : List.of("\\u0053ystem.exit(0);", "String s = \"\\u0022 + System.exit(0) + \\u0022\";",
                "// \\u000a System.exit(0);", "insert(Conclusion.green(drools)); /* \\u002a/ System.exit(0); /* */")) {
            String text = HEADER + "rule \"R\"\nwhen\n    Evidence()\nthen\n    " + action + "\nend\n";
            Files.writeString(dir.resolve("extra.drl"), text);
            assertThat(RuleValidator.validate(RuleSource.fromDirectory(dir))).as(action).anySatisfy(p -> {
                assertThat(p.toString()).startsWith("extra.drl:10:").contains("unicode escape");
            });
        }
    }

    @Test
    void namesSplitByCommentsOrBuiltFromStringsReachNothing() throws Exception {
        assertActionsRefused("Sys/**/tem.exit(0);", "Object o = org.mvel2.MVEL.eval(\"Sys\" + \"tem.exit(0)\");",
                "Object o = Class.forName(\"java.lang.\" + \"Runtime\");", "Object o = \"Runtime\".getClass();");
    }

    @Test
    void importsOutsideTheAllowlistAreRefused() throws Exception {
        for (String imported : List.of("import java.lang.System;", "import java.nio.file.*;", "import com.hirefit.job.JobFiles;",
                "import function java.lang.System.getenv;", "import static java.lang.System.exit;",
                "import function com.hirefit.job.JobFiles.read;", "import com.hirefit.screening.*;")) {
            String text = HEADER + imported + "\n";
            Files.writeString(dir.resolve("extra.drl"), text);
            assertRefusedAt(text, imported);
        }
    }

    @Test
    void aWildcardImportOfAnAllowedPackageStillAllowsOnlyItsAllowedClasses() throws Exception {
        String text = HEADER + "import com.hirefit.job.*;\n\nrule \"R\"\nwhen\n    Evidence()\nthen\n    Object o = JobFiles.read(null);\nend\n";
        Files.writeString(dir.resolve("extra.drl"), text);
        assertRefusedAt(text, "JobFiles");
    }

    @Test
    void theEnginesOwnContextIsRefused() throws Exception {
        assertActionsRefused("drools.getKieRuntime().halt();", "kcontext.getKieRuntime().halt();", "insert(drools);",
                "insert(Conclusion.green(kcontext));", "Object o = drools;", "drools.insert(\"x\");");
    }

    @Test
    void lambdasMethodReferencesAnonymousClassesLoopsAndUpdatesAreRefused() throws Exception {
        assertActionsRefused("Runnable r = () -> {};", "java.util.List.of(1).forEach(String::valueOf);",
                "Object o = new java.util.ArrayList() {{ add(1); }};", "Object o = new Object() { };", "while (true) { }",
                "for (int i = 0; i < 3; i++) { }", "modify($e) { setTag(\"X\") }", "update($e);", "delete($e);");
    }

    @Test
    void textTheLintAndJavaCouldReadDifferentlyIsRefused() throws Exception {
        // a text block, a Cyrillic letter that looks like S, a soft hyphen Java ignores inside a name
        assertActionsRefused("String s = \"\"\" \" + System.exit(0) + \" \"\"\";", "\u0405ystem.exit(0);", "Sys\u00ADtem.exit(0);");
        // Java ends a // comment at a lone carriage return, so what follows is code (Drools' parser refuses the file first)
        for (String text : List.of(HEADER + "rule \"R\"\nwhen\n    Evidence()\nthen\n    insert(Evidence.derived(\"RAG\")); // x\r System.exit(0);\nend\n",
                HEADER + "rule \"R\" when Evidence() then insert(Evidence.derived(\"RAG\")); // x\r System.exit(0);\nend\n")) {
            Files.writeString(dir.resolve("extra.drl"), text);
            assertThat(RuleValidator.validate(RuleSource.fromDirectory(dir))).as(text).anySatisfy(p -> {
                assertThat(p.file()).isEqualTo("extra.drl");
                assertThat(p.line()).isBetween(6, 11);
                assertThat(p.isError()).isTrue();
            });
            assertThatThrownBy(() -> RuleBase.compile(RuleSource.fromDirectory(dir))).isInstanceOf(RuleBaseException.class);
        }
    }

    @Test
    void mvelSyntaxInAConstraintReachesNothingMore() throws Exception {
        for (String constraint : List.of("term == [\"a\" : System.getenv(\"X\")]", "this instanceof java.lang.Runtime",
                "term == ((Object) \"x\").getClass().getName()", "term == String.class.getName()", "term == Math.random() + \"\"")) {
            String text = HEADER + "rule \"R\"\nwhen\n    Evidence(" + constraint + ")\nthen\nend\n";
            Files.writeString(dir.resolve("extra.drl"), text);
            assertRefusedAt(text, constraint);
        }
    }

    /** Each action, alone in a rule of its own, is refused where it is written. */
    private void assertActionsRefused(String... actions) throws Exception {
        for (String action : actions) {
            String text = HEADER + "rule \"R\"\nwhen\n    $e : Evidence()\nthen\n    " + action + "\nend\n";
            Files.writeString(dir.resolve("extra.drl"), text);
            assertRefusedAt(text, action);
        }
    }

    @Test
    void globalsAndConstructsRulesDoNotNeedAreRefused() throws Exception {
        for (String construct : List.of("global java.util.List results;", "declare enum Leak A, B; end", "declare trait Leak end",
                "declare window Leak Evidence() over window:length(1) end", "declare Leak @role(event) end",
                "rule \"R\" timer (int: 1s) when Evidence() then end", "rule \"R\" date-effective \"1-Jan-2020\" when Evidence() then end",
                "rule \"R\" dialect \"mvel\" when Evidence() then end", "rule \"R\" @Propagation(IMMEDIATE) when Evidence() then end",
                "rule \"R\" @source(a = \"x\", b = \"y\") when Evidence() then end",
                "rule \"R\" when Evidence() @watch(tag) then end", "rule \"R\" when Evidence() over window:length(2) then end")) {
            String text = HEADER + construct + "\n";
            Files.writeString(dir.resolve("extra.drl"), text);
            List<RuleProblem> problems = RuleValidator.validate(RuleSource.fromDirectory(dir));
            assertThat(problems).as(construct).anySatisfy(p -> {
                assertThat(p.file()).isEqualTo("extra.drl");
                assertThat(p.line()).isEqualTo(6);
                assertThat(p.isError()).isTrue();
            });
            assertThatThrownBy(() -> RuleBase.compile(RuleSource.fromDirectory(dir))).as(construct).isInstanceOf(RuleBaseException.class);
        }
    }

    @Test
    void namesThatWouldStandForAClassOrTheEngineAreRefused() throws Exception {
        for (String rule : List.of("rule \"R\" when System : Evidence() then end", "rule \"R\" when drools : Evidence() then end",
                "declare Evidence\n    tag : String\nend", "function String evidence() { return null; }",
                "function String insert(String s) { return s; }")) {
            String text = HEADER + rule + "\n";
            Files.writeString(dir.resolve("extra.drl"), text);
            assertThat(RuleValidator.validate(RuleSource.fromDirectory(dir))).as(rule)
                    .anySatisfy(p -> assertThat(p.toString()).startsWith("extra.drl:6:"));
        }
    }

    @Test
    void whatRulesMayUseInAnyLayoutValidatesCleanAndCompiles() throws Exception {
        copyTheRealRules();
        Files.writeString(dir.resolve("extra.drl"), HEADER + """
                import com.hirefit.job.*;
                import java.util.List;
                import function com.hirefit.rules.facts.Evidence.derived;

                function int doubled(int n) {
                    if (n > 0) { return n * 2; } else { return 0; }
                }

                declare Tally
                    label : String
                    total : int
                end

                rule "Say \\"hi\\" to \\\\ escapes" @code("RAG_DESIGN") @reason("r") @source("s") ruleflow-group "flags" when exists Evidence(tag == "RAG") then insert(Conclusion.green(drools)); end

                rule
                  /* before the name */ "Odd layout"   // after the name
                    @reason( "A reason" )   @source("s")
                    salience -5 no-loop true ruleflow-group "evidence"
                when /* c */ $e : Evidence( /* c */ tag == "RAG" , $s : sentence, term.length() > Math.max(1, 2), this#Evidence.sentence >= 0 )
                    $n : Number(intValue >= 0) from accumulate(Evidence(sentence == $s, $t : term),
                        init(int count = 0;), action(count += 1;), reverse(count -= 1;), result(count))
                    $all : List() from collect(Evidence(tag in ("RAG", "LLM_EVAL")))
                    accumulate(RoleSignal($w : weight); $sum : sum($w))
                    String(this != null) from $e.term()
                    Job(workShape contains WorkShape.UNSTRUCTURED_TEXT, domain != Domain.LEGAL)
                then
                    String detail = String.valueOf(doubled($n.intValue())) + " of " + $all.size() + " " + $e.term().toUpperCase();
                    insert(new Tally(detail, $sum.intValue()));
                    insert(derived("LLM_IN_PRODUCTION"));
                end
                """);
        List<RuleProblem> problems = RuleValidator.validate(RuleSource.fromDirectory(dir));
        assertThat(problems).filteredOn(RuleProblem::isError).isEmpty();
        RuleBase compiled = RuleBase.compile(RuleSource.fromDirectory(dir));
        assertThat(compiled.rule("Say \"hi\" to \\ escapes")).satisfies(rule -> {
            assertThat(rule.file()).isEqualTo("extra.drl");
            assertThat(rule.line()).isEqualTo(19);
            assertThat(rule.group()).isEqualTo("flags");
            assertThat(rule.code()).isEqualTo("RAG_DESIGN");
        });
        assertThat(compiled.rule("Odd layout")).satisfies(rule -> {
            assertThat(rule.line()).isEqualTo(21);
            assertThat(rule.group()).isEqualTo("evidence");
            assertThat(rule.reason()).isEqualTo("A reason");
        });
        assertThat(compiled.model().rule("Odd layout").conditions()).startsWith("$e : Evidence( tag == \"RAG\" ,")
                .endsWith("domain != Domain.LEGAL)").doesNotContain("/*", "c */");
    }

    /**
     * The check refuses the folder with an error in extra.drl on the line of {@code part}, at a column inside it;
     * compiling the folder fails the same way; and no escape ran (the leak file was never written).
     */
    private void assertRefusedAt(String text, String part) throws Exception {
        int start = text.indexOf(part);
        assertThat(start).as("the test's own text holds %s", part).isNotNegative();
        int line = 1 + (int) text.substring(0, start).chars().filter(c -> c == '\n').count();
        int column = start - text.lastIndexOf('\n', start - 1);
        int end = column + part.length();
        List<RuleProblem> problems = RuleValidator.validate(RuleSource.fromDirectory(dir));
        assertThat(problems).as("the problems with %s", part).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("extra.drl");
            assertThat(p.isError()).isTrue();
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isBetween(column, end);
        });
        assertThatThrownBy(() -> RuleBase.compile(RuleSource.fromDirectory(dir))).isInstanceOf(RuleBaseException.class);
        assertThat(leak).doesNotExist();
    }
}
