package com.hirefit.web.workspace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resume text cut into plain and highlighted pieces: the phrases that became evidence, found as the taxonomy
 * reads them (whole words, case and punctuation between words ignored: "LLM-as-judge" for the phrase "llm as
 * judge"). The pieces are rendered as text, so nothing in a resume ever becomes markup.
 */
final class Highlights {
    private static final String WORD = "[\\p{L}\\p{N}+#]";

    /** A piece of the text: highlighted when it is an evidence phrase. */
    record Piece(String text, boolean evidence) {
    }

    private Highlights() {
    }

    static List<Piece> of(String text, Collection<String> phrases) {
        List<Piece> pieces = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return pieces;
        }
        List<String> alternatives = phrases.stream().filter(p -> p != null && !p.isBlank()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Highlights::pattern).toList();
        if (alternatives.isEmpty()) {
            pieces.add(new Piece(text, false));
            return pieces;
        }
        Matcher m = Pattern.compile("(?<!" + WORD + ")(?:" + String.join("|", alternatives) + ")(?!" + WORD + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                pieces.add(new Piece(text.substring(at, m.start()), false));
            }
            pieces.add(new Piece(m.group(), true));
            at = m.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), false));
        }
        return pieces;
    }

    /** A normalised phrase ("llm as judge") as a pattern over raw text: its words with anything but a word between. */
    private static String pattern(String phrase) {
        List<String> words = List.of(phrase.split(" "));
        return String.join("[^\\p{L}\\p{N}+#]+", words.stream().map(Pattern::quote).toList());
    }
}
