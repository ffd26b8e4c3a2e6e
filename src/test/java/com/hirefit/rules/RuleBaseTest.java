package com.hirefit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBaseTest {

    @TempDir
    Path dir;

    @Test
    void everyRuleIsCataloguedWithFileLineReasonAndSource() {
        assertThat(RuleFixture.RULES.rules().values()).allSatisfy(rule -> {
            assertThat(rule.file()).endsWith(".drl");
            assertThat(rule.line()).isPositive();
            assertThat(rule.group()).isNotBlank();
            assertThat(rule.reason()).isNotBlank();
            assertThat(rule.source()).isNotBlank();
        });
        RuleInfo rag = RuleFixture.RULES.rule("Designing retrieval-augmented generation is a green flag");
        assertThat(rag.file()).isEqualTo("green-flags.drl");
        assertThat(lineOf(Path.of("rules/green-flags.drl"), "rule \"Designing retrieval-augmented generation")).isEqualTo(rag.line());
    }

    @Test
    void eachSidesSessionHoldsTheRulesOfItsStagesOnly() {
        RuleBase rules = RuleFixture.RULES;
        java.util.Set<String> candidateRules = new java.util.TreeSet<>();
        java.util.Set<String> jobOnly = new java.util.TreeSet<>();
        rules.rules().values().forEach(rule -> (rules.stages().candidateOrder().contains(rule.group()) ? candidateRules : jobOnly)
                .add(rule.name()));
        assertThat(jobOnly).as("the job-only stages have rules").contains("An ML engineer opening with no training data and no plan for any will fail")
                .isNotEmpty();

        var candidate = rules.newSession(Stages.Side.CANDIDATE);
        var job = rules.newSession(Stages.Side.JOB);
        try {
            assertThat(ruleNames(candidate.getKieBase())).isEqualTo(candidateRules);
            java.util.Set<String> all = new java.util.TreeSet<>(candidateRules);
            all.addAll(jobOnly);
            assertThat(ruleNames(job.getKieBase())).isEqualTo(all);
        } finally {
            candidate.dispose();
            job.dispose();
        }
    }

    private static java.util.Set<String> ruleNames(org.kie.api.KieBase base) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        base.getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule -> names.add(rule.getName())));
        return names;
    }

    @Test
    void everyCodeARuleProducesIsInThePublicVocabulary() {
        assertThat(RuleFixture.RULES.rules().values()).filteredOn(rule -> rule.code() != null)
                .allSatisfy(rule -> assertThat(RuleFixture.RULES.vocabulary().contains(rule.code()))
                        .as("code %s of rule %s", rule.code(), rule.name()).isTrue());
    }

    @Test
    void aBrokenDrlFileIsReportedWithFileAndLine() throws Exception {
        copyRules();
        Files.writeString(dir.resolve("broken.drl"), """
                package hirefit;

                rule "A rule with a syntax error"
                when
                    Evidence(tag == )
                then
                end
                """);
        assertThatThrownBy(() -> RuleBase.compile(RuleSource.fromDirectory(dir)))
                .isInstanceOf(RuleBaseException.class)
                .satisfies(e -> assertThat(((RuleBaseException) e).problems()).anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("broken.drl");
                    assertThat(p.line()).isEqualTo(5);
                }));
    }

    @Test
    void aMissingTaxonomyIsReported() throws Exception {
        copyRules();
        Files.delete(dir.resolve("taxonomy.yaml"));
        assertThatThrownBy(() -> RuleBase.compile(RuleSource.fromDirectory(dir)))
                .hasMessageContaining("taxonomy.yaml:0:0: missing");
    }

    @Test
    void aMissingFolderIsReported() {
        assertThatThrownBy(() -> RuleSource.fromDirectory(dir.resolve("nope"))).hasMessageContaining("rules folder not found");
    }

    @Test
    void theVersionChangesWithAnyRuleFileAndOnlyThen() throws Exception {
        copyRules();
        String before = RuleSource.fromDirectory(dir).version();
        assertThat(RuleSource.fromDirectory(dir).version()).isEqualTo(before);
        Files.writeString(dir.resolve("verdict.drl"), Files.readString(dir.resolve("verdict.drl")) + "\n// note\n");
        assertThat(RuleSource.fromDirectory(dir).version()).isNotEqualTo(before);
    }

    @Test
    void theBundledRulesAreTheRulesFolder() throws Exception {
        RuleSource bundled = RuleSource.bundled();
        assertThat(bundled.files().keySet()).isEqualTo(RuleSource.fromDirectory(Path.of("rules")).files().keySet());
        assertThat(bundled.version()).isEqualTo(RuleFixture.RULES.version());
    }

    private void copyRules() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
    }

    private static int lineOf(Path file, String prefix) {
        try {
            var lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(prefix)) {
                    return i + 1;
                }
            }
            return -1;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
