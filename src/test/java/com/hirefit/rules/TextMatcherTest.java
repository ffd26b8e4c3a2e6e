package com.hirefit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The taxonomy matcher on natural resume prose, with the real taxonomy. */
class TextMatcherTest {
    private final TextMatcher matcher = RuleFixture.RULES.evidenceMatcher();

    private List<String> tags(String text) {
        return matcher.find(text).stream().map(TextMatcher.Hit::tag).distinct().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Scored answers with LLM-as-judge.", "Scored answers with an LLM as a judge.",
            "Scored answers with llm as judge", "Scored answers with LLM/as/judge rubrics."})
    void usualSpellingsOfLlmAsJudgeAllMatch(String text) {
        assertThat(tags(text)).contains("LLM_EVAL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Built our RAG pipeline.", "Built retrieval-augmented generation over contracts.",
            "Built Retrieval Augmented Generation for support.", "Owned two RAG pipelines end to end."})
    void usualSpellingsOfRagAllMatch(String text) {
        assertThat(tags(text)).contains("RAG");
    }

    @Test
    void matchesAreCaseInsensitiveAndOnWholeWordsOnly() {
        assertThat(tags("Moved STORAGE to a new drag-and-drop tool")).doesNotContain("RAG");
        assertThat(tags("Fine-Tuned LLaMA 3 with QLORA")).contains("FINE_TUNING", "PEFT", "LLM_PROVIDER");
    }

    @Test
    void nestedAndOverlappingPhrasesAllMatchInTheOrderTheTextEndsThem() {
        TextMatcher own = new TextMatcher(List.of(
                new Taxonomy.Entry("STORE", "vector database", List.of("vector database"), 1),
                new Taxonomy.Entry("DB", "database", List.of("database"), 2),
                new Taxonomy.Entry("SEARCH", "database search", List.of("database search"), 3),
                new Taxonomy.Entry("VEC", "vector", List.of("vector"), 4)));

        List<String> found = own.find("A vector database search, and vector databases; not a vectordatabase.").stream()
                .map(hit -> hit.tag() + ":" + hit.phrase()).toList();

        assertThat(found).containsExactly("VEC:vector", "DB:database", "STORE:vector database",
                "SEARCH:database search", "DB:databases", "STORE:vector databases");
    }

    @Test
    void aPlainNegationInTheSameClauseCancelsTheEvidence() {
        assertThat(tags("No production experience yet.")).doesNotContain("PRODUCTION");
        assertThat(tags("I have not fine-tuned models.")).doesNotContain("FINE_TUNING");
        assertThat(tags("Never deployed anything to users.")).doesNotContain("PRODUCTION");
        assertThat(tags("None of my projects has been in front of real users yet.")).doesNotContain("PRODUCTION");
        assertThat(tags("Built the product without LangChain.")).doesNotContain("LLM_FRAMEWORK");
    }

    @Test
    void aNegationDoesNotReachPastTheClause() {
        assertThat(tags("No PhD, but shipped the assistant to 3,000 users.")).contains("PRODUCTION");
        assertThat(tags("Not a researcher; shipped models to production.")).contains("PRODUCTION");
    }

    @Test
    void pseudoNegationsDoNotCancel() {
        assertThat(tags("Not only RAG pipelines but also agents.")).contains("RAG");
        assertThat(tags("Migrated with no downtime and shipped to production.")).contains("PRODUCTION");
    }

    @Test
    void evidenceIsNumberedBySentenceSoRulesCanReadThingsSaidTogether() {
        List<TextMatcher.Hit> hits = matcher.find("Shipped the LLM assistant to 2,000 users. Trained XGBoost on Kaggle.");
        assertThat(hits).filteredOn(h -> h.tag().equals("PRODUCTION")).allMatch(h -> h.sentence() == 0);
        assertThat(hits).filteredOn(h -> h.tag().equals("ML_FRAMEWORK")).allMatch(h -> h.sentence() == 1);
    }

    @Test
    void namedTermsAreKeptSoDistinctProvidersCanBeCounted() {
        assertThat(matcher.find("Routed between Claude, GPT-4o and Cohere.").stream()
                .filter(h -> h.tag().equals("LLM_PROVIDER")).map(TextMatcher.Hit::term).distinct())
                .containsExactlyInAnyOrder("Anthropic", "OpenAI", "Cohere");
    }

    private static final TextMatcher OWN = new TextMatcher(List.of(
            new Taxonomy.Entry("PASTRY", "éclair", List.of("Éclair", "crème brûlée"), 1),
            new Taxonomy.Entry("STREET", "straße", List.of("Straße"), 2),
            new Taxonomy.Entry("CPP", "C++", List.of("C++", "c++ dev"), 3),
            new Taxonomy.Entry("NOCODE", "no-code", List.of("no-code"), 4),
            new Taxonomy.Entry("NOCODE", "no-code", List.of("no code tools"), 5),
            new Taxonomy.Entry("RAG", "RAG", List.of("rag"), 6),
            new Taxonomy.Entry("RAG", "RAG", List.of("RAG"), 7),
            new Taxonomy.Entry("DONT", "don't repeat yourself", List.of("Don't repeat yourself"), 8)));

    private static List<String> found(String text) {
        return OWN.find(text).stream().map(hit -> hit.tag() + ":" + hit.phrase() + "@" + hit.sentence()).toList();
    }

    @Test
    void wordsBeyondAsciiMatchWholeAndInAnyCase() {
        assertThat(found("ÉCLAIRS and Crème-Brûlée on the Straße")).containsExactly(
                "PASTRY:éclairs@0", "PASTRY:crème brûlée@0", "STREET:straße@0");
        assertThat(found("éclairage, straßen, brûlée")).isEmpty();
    }

    @Test
    void plusSignsHyphensAndApostrophesFoldAsThePhrasesDo() {
        assertThat(found("C++/dev work, C++ devs; c#")).containsExactly("CPP:c++@0", "CPP:c++ dev@0", "CPP:c++ devs@0");
        assertThat(found("No-code tools")).containsExactly("NOCODE:no code@0", "NOCODE:no code tools@0");
        assertThat(found("Don’t repeat yourself")).containsExactly("DONT:dont repeat yourself@0");
    }

    @Test
    void aPhraseOwnedTwiceOrSaidTwiceInASentenceGivesItsHitOnce() {
        assertThat(found("RAG, rag and Rag again. Then RAGs.")).containsExactly("RAG:rag@0", "RAG:rags@1");
    }

    @Test
    void emptyBlankAndWordlessSentencesAreCountedAsBefore() {
        assertThat(OWN.find("")).isEmpty();
        assertThat(OWN.find(" \n\t ")).isEmpty();
        // blank sentences are not counted; a sentence of punctuation only is
        assertThat(found("\n\n  .\n--\n rag")).containsExactly("RAG:rag@1");
        assertThat(found("x".repeat(10_000) + " rag " + "é".repeat(50))).containsExactly("RAG:rag@0");
    }

    @Test
    void aNegationReachesTwelveWordsBackWithinItsClauseUnlessItIsPartOfAPhrase() {
        assertThat(found("without one two three four five six seven eight nine ten eleven rag")).isEmpty();
        assertThat(found("without one two three four five six seven eight nine ten eleven twelve rag"))
                .containsExactly("RAG:rag@0");
        assertThat(found("without much (rag)")).containsExactly("RAG:rag@0");
        assertThat(found("no code tools with rag")).containsExactly("NOCODE:no code@0", "NOCODE:no code tools@0", "RAG:rag@0");
    }

    @Test
    void normalisingFoldsPunctuationAndCase() {
        assertThat(TextMatcher.normalize("LLM-as-Judge")).isEqualTo("llm as judge");
        assertThat(TextMatcher.normalize("  Don't  panic! ")).isEqualTo("dont panic");
        assertThat(TextMatcher.normalize("C++ / C#")).isEqualTo("c++ c#");
    }
}
