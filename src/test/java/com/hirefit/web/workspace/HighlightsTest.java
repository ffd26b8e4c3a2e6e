package com.hirefit.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Evidence phrases found in raw resume text the way the taxonomy reads it, and nothing else marked. */
class HighlightsTest {

    private static List<String> marked(String text, Set<String> phrases) {
        return Highlights.of(text, phrases).stream().filter(Highlights.Piece::evidence).map(Highlights.Piece::text).toList();
    }

    @Test
    void aNormalisedPhraseIsFoundWhateverThePunctuationAndCaseBetweenItsWords() {
        assertThat(marked("Built LLM-as-judge evals and an llm as judge harness.", Set.of("llm as judge")))
                .containsExactly("LLM-as-judge", "llm as judge");
    }

    @Test
    void onlyWholeWordsAreMarkedAndTheLongestPhraseWins() {
        assertThat(marked("RAGAS scores for our RAG pipeline; rag.", Set.of("rag", "rag pipeline")))
                .containsExactly("RAG pipeline", "rag");
    }

    @Test
    void thePiecesGiveBackTheTextExactlyAndMarkupStaysText() {
        String text = "<script>x</script> shipped a RAG pipeline & evals";
        List<Highlights.Piece> pieces = Highlights.of(text, Set.of("rag pipeline"));
        assertThat(String.join("", pieces.stream().map(Highlights.Piece::text).toList())).isEqualTo(text);
        assertThat(pieces).filteredOn(Highlights.Piece::evidence).extracting(Highlights.Piece::text).containsExactly("RAG pipeline");
    }

    @Test
    void phrasesWithRegexCharactersAreTakenLiterally() {
        assertThat(marked("C++ and C# and c.", Set.of("c++", "c#"))).containsExactly("C++", "C#");
        assertThat(marked("nothing here", Set.of())).isEmpty();
    }
}
