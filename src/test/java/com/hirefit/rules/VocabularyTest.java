package com.hirefit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hirefit.rules.authoring.RuleValidator;
import com.hirefit.rules.drl.RuleProblem;
import com.hirefit.vocabulary.Role;
import com.hirefit.vocabulary.Seniority;
import com.hirefit.vocabulary.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One vocabulary: the roles, seniority levels and verdicts of rules/vocabulary.yaml are exactly the Java enums the rules
 * match on (this test fails the build when either changes alone), and a misspelt one, in the file or in a rule, is a
 * validation error with file and line.
 */
class VocabularyTest {

    @TempDir
    Path dir;

    private static Vocabulary read(String yaml) throws RuleBaseException {
        return Vocabulary.read("vocabulary.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theBundledVocabularyNamesExactlyTheJavaEnums() throws Exception {
        Vocabulary vocabulary = Vocabulary.read("vocabulary.yaml", Files.readAllBytes(Path.of("rules/vocabulary.yaml")));
        assertThat(vocabulary.codes("roles")).containsExactly(Arrays.stream(Role.values()).map(Enum::name).toArray(String[]::new));
        assertThat(vocabulary.codes("seniority")).containsExactly(Arrays.stream(Seniority.values()).map(Enum::name).toArray(String[]::new));
        assertThat(vocabulary.codes("verdicts")).containsExactlyInAnyOrder(Arrays.stream(Verdict.values()).map(Enum::name).toArray(String[]::new));
    }

    @Test
    void aMisspeltRoleInTheFileIsAnErrorAtItsLineAndTheRoleItReplacedIsMissing() {
        String yaml = """
                roles: [LLM_ENGINEER, ML_ENGINEER, NLP_ENGINEER, AI_AGENT_ENGINEER,
                        DATA_ENGINER, PLATFORM_ENGINEER, PROMPT_ENGINEER]
                seniority: [JUNIOR, MID, SENIOR, STAFF]
                verdicts: [STRONG_FIT, FIT, REVIEW, NOT_FIT]
                """;
        assertThatThrownBy(() -> read(yaml)).isInstanceOfSatisfying(RuleBaseException.class, e -> assertThat(e.problems())
                .extracting(RuleProblem::toString).containsExactly(
                        "vocabulary.yaml:1:1: 'roles' lacks DATA_ENGINEER: roles are LLM_ENGINEER, ML_ENGINEER, NLP_ENGINEER,"
                                + " AI_AGENT_ENGINEER, DATA_ENGINEER, PLATFORM_ENGINEER, PROMPT_ENGINEER (com.hirefit.vocabulary.Role)",
                        "vocabulary.yaml:2:9: 'roles' lists DATA_ENGINER, which HireFit does not know: roles are LLM_ENGINEER,"
                                + " ML_ENGINEER, NLP_ENGINEER, AI_AGENT_ENGINEER, DATA_ENGINEER, PLATFORM_ENGINEER, PROMPT_ENGINEER"
                                + " (com.hirefit.vocabulary.Role)"));
    }

    @Test
    void aVerdictTheEnumsDoNotKnowOrAMissingKindIsAnError() {
        String yaml = """
                roles: [LLM_ENGINEER, ML_ENGINEER, NLP_ENGINEER, AI_AGENT_ENGINEER, DATA_ENGINEER, PLATFORM_ENGINEER, PROMPT_ENGINEER]
                verdicts: [STRONG_FIT, FIT, REVIEW, NOT_FIT, MAYBE]
                """;
        assertThatThrownBy(() -> read(yaml)).isInstanceOfSatisfying(RuleBaseException.class, e -> assertThat(e.problems())
                .extracting(RuleProblem::toString).anySatisfy(p -> assertThat(p).startsWith("vocabulary.yaml:2:46: 'verdicts' lists MAYBE"))
                .anySatisfy(p -> assertThat(p).startsWith("vocabulary.yaml:1:1: needs 'seniority': seniority are JUNIOR, MID, SENIOR, STAFF")));
    }

    @Test
    void aMisspeltVerdictCodeOrRoleInARuleIsAValidationErrorAtTheRule() throws Exception {
        try (var files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        Path verdict = dir.resolve("verdict.drl");
        Files.writeString(verdict, Files.readString(verdict).replaceFirst("@code\\(\"NOT_FIT\"\\)", "@code(\"NOT_FITT\")"));
        Path risks = dir.resolve("candidate-risks.drl");
        Files.writeString(risks, Files.readString(risks).replaceFirst("Role\\.ML_ENGINEER", "Role.ML_ENGINER"));
        assertThat(RuleValidator.validate(RuleSource.fromDirectory(dir)))
                .anySatisfy(p -> assertThat(p.toString()).matches("verdict\\.drl:\\d+:1: code NOT_FITT is not in the public vocabulary \\(vocabulary\\.yaml\\)"))
                .anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("candidate-risks.drl");
                    assertThat(p.line()).isPositive();
                    assertThat(p.message()).contains("ML_ENGINER");
                });
    }
}
