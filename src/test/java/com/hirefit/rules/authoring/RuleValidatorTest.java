package com.hirefit.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.cli.Commands;
import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleSource;
import com.hirefit.rules.drl.RuleProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every check of {@code rules validate}, each on a copy of the real rules with one file broken. */
class RuleValidatorTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyRules() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
    }

    private List<RuleProblem> validate() throws Exception {
        return RuleValidator.validate(RuleSource.fromDirectory(dir));
    }

    private void addRule(String rule) throws IOException {
        Files.writeString(dir.resolve("extra.drl"), """
                package hirefit;

                import com.hirefit.rules.facts.*;
                import com.hirefit.vocabulary.*;

                """ + rule);
    }

    private static String rule(String name, String metadata, String when, String then) {
        return "rule \"" + name + "\"\n" + metadata + "    ruleflow-group \"flags\"\nwhen\n" + when + "\nthen\n" + then + "\nend\n";
    }

    private static final String GOOD_METADATA = "    @code(\"RAG_DESIGN\")\n    @reason(\"A reason.\")\n    @source(\"[004]\")\n";

    @Test
    void theRealRulesAreClean() throws Exception {
        assertThat(RuleValidator.validate(RuleSource.fromDirectory(Path.of("rules")))).isEmpty();
    }

    @Test
    void aSyntaxErrorIsReportedWithFileLineAndColumn() throws Exception {
        addRule(rule("Broken", GOOD_METADATA, "    Evidence(tag == )", "    insert(Conclusion.green(drools));"));
        assertThat(validate()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("extra.drl");
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.isError()).isTrue();
        });
    }

    @Test
    void anUnknownFactTypeIsReported() throws Exception {
        addRule(rule("Unknown type", GOOD_METADATA, "    Resume(id == \"1\")", "    insert(Conclusion.green(drools));"));
        assertThat(validate()).anySatisfy(p -> {
            assertThat(p.toString()).startsWith("extra.drl:12:5:").contains("the type \"Resume\" is not allowed");
        });
    }

    @Test
    void aFieldTheFactDoesNotHaveIsReportedByTheBuildOnceTheLintPasses() throws Exception {
        addRule(rule("Wrong field", GOOD_METADATA, "    Profile(sentence > 3)", "    insert(Conclusion.green(drools));"));
        assertThat(validate()).anySatisfy(p -> assertThat(p.toString()).startsWith("extra.drl:12:").contains("sentence"));
    }

    @Test
    void anUnknownFieldIsReported() throws Exception {
        addRule(rule("Unknown field", GOOD_METADATA, "    Profile(yearsOfPain > 3)", "    insert(Conclusion.green(drools));"));
        assertThat(validate()).anySatisfy(p -> assertThat(p.toString()).startsWith("extra.drl:12:").contains("yearsOfPain"));
    }

    @Test
    void aDuplicateRuleNameNamesBothPlaces() throws Exception {
        addRule(rule("Designing retrieval-augmented generation is a green flag", GOOD_METADATA,
                "    exists Evidence(tag == \"RAG\")", "    insert(Conclusion.green(drools));"));
        assertThat(validate()).anySatisfy(p -> assertThat(p.toString())
                .isEqualTo("green-flags.drl:19:1: duplicate rule name \"Designing retrieval-augmented generation is a green flag\" (first at extra.drl:6)"));
    }

    @Test
    void aTaxonomySyntaxErrorIsReportedWithItsLine() throws Exception {
        Files.writeString(dir.resolve("taxonomy.yaml"), Files.readString(dir.resolve("taxonomy.yaml")).replaceFirst("(?m)^  RAG: \\[", "  RAG: [[\n"));
        assertThat(validate()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("taxonomy.yaml");
            assertThat(p.line()).isPositive();
        });
    }

    @Test
    void aTagTestedByARuleThatNothingProducesIsReported() throws Exception {
        addRule(rule("Typo tag", GOOD_METADATA, "    exists Evidence(tag == \"RAGG\")", "    insert(Conclusion.green(drools));"));
        assertThat(validate()).anySatisfy(p -> assertThat(p.toString())
                .isEqualTo("extra.drl:12:28: rule \"Typo tag\": tag RAGG is tested here but no taxonomy entry or rule produces it"));
    }

    @Test
    void aTaxonomyTagThatNoRuleTestsIsReported() throws Exception {
        Files.writeString(dir.resolve("taxonomy.yaml"), Files.readString(dir.resolve("taxonomy.yaml"))
                .replaceFirst("(?m)^evidence:\n", "evidence:\n  QUANTUM: [quantum computing]\n"));
        assertThat(validate()).anySatisfy(p -> assertThat(p.toString()).matches("taxonomy\\.yaml:\\d+:1: tag QUANTUM is produced here but no rule tests it"));
    }

    @Test
    void aRuleThatConcludesWithoutCodeOrReasonIsReported() throws Exception {
        addRule(rule("No metadata", "", "    exists Evidence(tag == \"RAG\")", "    insert(Conclusion.green(drools));"));
        assertThat(validate()).extracting(RuleProblem::toString).contains(
                "extra.drl:6:1: rule \"No metadata\" concludes a code but has no @code",
                "extra.drl:6:1: rule \"No metadata\" has no @reason",
                "extra.drl:6:1: warning: rule \"No metadata\" has no @source");
    }

    @Test
    void aCodeOutsideThePublicVocabularyIsReported() throws Exception {
        addRule(rule("Invented code", "    @code(\"GREAT_VIBES\")\n    @reason(\"r\")\n    @source(\"s\")\n",
                "    exists Evidence(tag == \"RAG\")", "    insert(Conclusion.green(drools));"));
        assertThat(validate()).anySatisfy(p -> assertThat(p.toString())
                .isEqualTo("extra.drl:6:1: code GREAT_VIBES is not in the public vocabulary (vocabulary.yaml)"));
    }

    @Test
    void aRuleThatRefersToAProtectedAttributeInAnyFormIsAnError() throws Exception {
        for (String when : List.of("    Profile(dateOfBirth != null)", "    exists Evidence(field == \"Gender\")",
                "    exists Evidence(phrase == \"marital status\")", "    exists Evidence(term == \"religion\")")) {
            addRule(rule("Uses a protected attribute", GOOD_METADATA, when, "    insert(Conclusion.green(drools));"));
            assertThat(validate()).as(when).anySatisfy(p -> {
                assertThat(p.file()).isEqualTo("extra.drl");
                assertThat(p.message()).contains("refers to a protected attribute");
                assertThat(p.isError()).isTrue();
            });
        }
    }

    @Test
    void aRuleflowGroupThatNoStageNamesIsAnErrorAtTheRule() throws Exception {
        addRule(rule("Misspelt stage", GOOD_METADATA, "    exists Evidence(tag == \"RAG\")", "    insert(Conclusion.green(drools));")
                .replace("ruleflow-group \"flags\"", "ruleflow-group \"flag\""));
        assertThat(validate()).anySatisfy(p -> {
            assertThat(p.toString()).isEqualTo("extra.drl:6:1: rule \"Misspelt stage\" runs in ruleflow-group \"flag\", which no stage"
                    + " of stages.yaml names: it would never fire");
            assertThat(p.isError()).isTrue();
        });
        // Outside validation the rules still compile, and the same disagreement is a warning.
        assertThat(RuleBase.compile(RuleSource.fromDirectory(dir)).warnings())
                .anySatisfy(p -> assertThat(p.message()).contains("\"flag\", which no stage"));
    }

    @Test
    void aStageWithNoRulesIsAnErrorAtItsLineInStagesYaml() throws Exception {
        String stages = Files.readString(dir.resolve("stages.yaml"));
        Files.writeString(dir.resolve("stages.yaml"), stages.replace("  - verdict: [verdict.drl]\n", "  - verdict: [verdict.drl]\n  - audit: [verdict.drl]\n"));
        int line = (int) stages.lines().takeWhile(l -> !l.startsWith("  - verdict:")).count() + 2;
        assertThat(validate()).extracting(RuleProblem::toString).contains(
                "stages.yaml:" + line + ":1: stage \"audit\" has no rules: no rule names ruleflow-group \"audit\"");
    }

    @Test
    void aStageThatListsAFileNotInTheFolderIsAnError() throws Exception {
        Files.delete(dir.resolve("interview.drl"));
        assertThat(validate()).anySatisfy(p -> assertThat(p.toString()).matches(
                "stages\\.yaml:\\d+:1: stage \"interview\" lists interview\\.drl, which is not in the rules folder"));
    }

    @Test
    void stagesYamlThatDoesNotReadIsAnErrorWithItsLine() throws Exception {
        Files.writeString(dir.resolve("stages.yaml"), "job:\n  - company: [company.drl]\ncandidate:\n  - evidence: company.drl\n");
        assertThat(validate()).extracting(RuleProblem::toString)
                .anySatisfy(p -> assertThat(p).startsWith("stages.yaml:4:").contains("needs a list of rule files"));
    }

    @Test
    void theValidateCommandPrintsProblemsAndExitsOneOnErrorsAndZeroWhenClean() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(Commands.root()).setOut(new PrintWriter(out, true));
        assertThat(cli.execute("rules", "validate", "--rules", "rules")).isZero();
        assertThat(out.toString()).contains("0 error(s), 0 warning(s)");
        addRule(rule("Typo tag", GOOD_METADATA, "    exists Evidence(tag == \"RAGG\")", "    insert(Conclusion.green(drools));"));
        assertThat(cli.execute("rules", "validate", "--rules", dir.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("extra.drl:12:28: rule \"Typo tag\": tag RAGG is tested here");
    }
}
