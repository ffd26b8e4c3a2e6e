package com.hirefit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hirefit.rules.drl.RuleProblem;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TaxonomyReaderTest {

    private static Taxonomy read(String yaml) throws RuleBaseException {
        return TaxonomyReader.read("taxonomy.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsListAndTermFormsWithTheirLines() throws Exception {
        Taxonomy taxonomy = read("""
                evidence:
                  RAG: [rag, rag pipeline]
                  LLM_PROVIDER:
                    OpenAI: [openai, gpt 4]
                titles:
                  ML_ENGINEER: [ml engineer]
                """);
        assertThat(taxonomy.evidence()).extracting(Taxonomy.Entry::tag, Taxonomy.Entry::term, Taxonomy.Entry::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RAG", "rag", 2),
                        org.assertj.core.groups.Tuple.tuple("LLM_PROVIDER", "OpenAI", 4));
        assertThat(taxonomy.titles()).singleElement().extracting(Taxonomy.Entry::tag).isEqualTo("ML_ENGINEER");
    }

    @Test
    void aYamlSyntaxErrorNamesFileLineAndColumn() {
        assertThatThrownBy(() -> read("evidence:\n  RAG: [rag, rag pipeline\n  SQL: [sql]\n"))
                .isInstanceOf(RuleBaseException.class)
                .satisfies(e -> assertThat(((RuleBaseException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("taxonomy.yaml");
                    assertThat(p.line()).isGreaterThan(1);
                    assertThat(p.message()).startsWith("YAML syntax");
                }));
    }

    @Test
    void shapeErrorsAreAllReportedWithTheirLines() {
        assertThatThrownBy(() -> read("""
                evidence:
                  rag: [rag]
                  SQL: sql
                  EMPTY: []
                weights:
                  X: 1
                """))
                .isInstanceOf(RuleBaseException.class)
                .satisfies(e -> assertThat(((RuleBaseException) e).problems())
                        .extracting(RuleProblem::line, RuleProblem::message)
                        .contains(org.assertj.core.groups.Tuple.tuple(2, "tag 'rag' must be upper case letters, digits and underscores"),
                                org.assertj.core.groups.Tuple.tuple(3, "tag SQL needs a list of phrases or a map of term to phrases"),
                                org.assertj.core.groups.Tuple.tuple(5, "unknown section 'weights' (expected 'evidence' or 'titles')")));
    }
}
