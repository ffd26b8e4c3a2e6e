package com.hirefit.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds taxonomy phrases in free text: per sentence, a walk of a trie of words over the normalised words of
 * the text (lower case, punctuation as spaces), so only whole words ever match, skipping phrases that a plain
 * negation ("no", "not", "never", "without"...) governs within the same clause. Words, not characters: a
 * character automaton (Aho-Corasick) needed a whole-word check afterwards and cost five times the lookups.
 */
public final class TextMatcher {

    /** A taxonomy term found in a text: which tag and term, the phrase as normalised, and its sentence. */
    public record Hit(String tag, String term, String phrase, int sentence) {
    }

    private static final String CLAUSE_BREAK = "|";
    private static final Set<String> NEGATIONS = Set.of("no", "not", "never", "without", "lack", "lacks", "lacking",
            "none", "nor", "cannot", "cant", "havent", "hasnt", "hadnt", "didnt", "dont", "doesnt", "isnt", "wasnt",
            "arent", "werent", "wont", "couldnt", "neither");
    /** Pseudo-negations: "not only X", "no downtime", "no longer" do not deny what follows. */
    private static final Set<String> NEGATION_CANCELLERS = Set.of("only", "just", "merely", "downtime", "matter", "doubt", "limited", "longer");
    private static final Set<String> CLAUSE_WORDS = Set.of("but", "however", "although", "though", "whereas", "except");
    private static final int NEGATION_REACH = 12;

    /** The phrases as a trie of words: the root's children are first words; a node where a phrase ends names it. */
    private final Word root = new Word();
    private final Map<String, List<Taxonomy.Entry>> entriesByPhrase = new HashMap<>();

    private static final class Word {
        final Map<String, Word> next = new HashMap<>();
        String phrase;
    }

    TextMatcher(List<Taxonomy.Entry> entries) {
        for (Taxonomy.Entry entry : entries) {
            for (String phrase : entry.phrases()) {
                String normal = normalize(phrase);
                add(normal, entry);
                if (!normal.endsWith("s")) {
                    add(normal + "s", entry);
                }
            }
        }
    }

    private void add(String phrase, Taxonomy.Entry entry) {
        if (phrase.isEmpty()) {
            return;
        }
        List<Taxonomy.Entry> owners = entriesByPhrase.computeIfAbsent(phrase, p -> new ArrayList<>());
        if (owners.isEmpty()) {
            Word node = root;
            for (String word : phrase.split(" ")) {
                node = node.next.computeIfAbsent(word, w -> new Word());
            }
            node.phrase = phrase;
        }
        if (!owners.contains(entry)) {
            owners.add(entry);
        }
    }

    /** Lower case, apostrophes dropped, anything but letters, digits, '+' and '#' as single spaces. */
    public static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '\u2019') {
                continue;
            }
            if (Character.isLetterOrDigit(c) || c == '+' || c == '#') {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
    }

    /** Every unnegated hit in the text, once per tag, term and sentence, in text order. */
    public List<Hit> find(String text) {
        Set<Hit> hits = new LinkedHashSet<>();
        List<String> sentences = sentences(text);
        for (int s = 0; s < sentences.size(); s++) {
            findInSentence(sentences.get(s), s, hits);
        }
        return List.copyOf(hits);
    }

    private void findInSentence(String sentence, int index, Set<Hit> hits) {
        List<String> tokens = tokens(sentence);
        List<Span> spans = new ArrayList<>();
        boolean[] covered = new boolean[tokens.size()];
        for (int first = 0; first < tokens.size(); first++) {
            Word node = root;
            for (int t = first; t < tokens.size() && (node = node.next.get(tokens.get(t))) != null; t++) {
                if (node.phrase != null) {
                    spans.add(new Span(node.phrase, first, t));
                    for (int c = first; c <= t; c++) {
                        covered[c] = true;
                    }
                }
            }
        }
        // Hits in the order the text ends them (then by phrase): the order evidence has always been inserted in.
        spans.sort(SPAN_ORDER);
        for (Span span : spans) {
            if (!negated(tokens, covered, span.firstToken())) {
                for (Taxonomy.Entry entry : entriesByPhrase.get(span.phrase())) {
                    hits.add(new Hit(entry.tag(), entry.term(), span.phrase(), index));
                }
            }
        }
    }

    /** A phrase found in a sentence, from its first to its last word. */
    private record Span(String phrase, int firstToken, int lastToken) {
    }

    private static final Comparator<Span> SPAN_ORDER = Comparator.comparingInt(Span::lastToken).thenComparing(Span::phrase);

    private static boolean negated(List<String> tokens, boolean[] covered, int first) {
        for (int t = first - 1; t >= 0 && t >= first - NEGATION_REACH; t--) {
            String token = tokens.get(t);
            if (token.equals(CLAUSE_BREAK) || CLAUSE_WORDS.contains(token)) {
                return false;
            }
            if (!covered[t] && NEGATIONS.contains(token)
                    && !(t + 1 < tokens.size() && NEGATION_CANCELLERS.contains(tokens.get(t + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Splits on sentence ends (. ! ? followed by a space), line breaks and bullets. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || c == '\r' || c == '\u2022'
                    || ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
            if (end) {
                addSentence(out, text.substring(start, i));
                start = i + 1;
            }
        }
        addSentence(out, text.substring(start));
        return out;
    }

    private static void addSentence(List<String> out, String sentence) {
        if (!sentence.isBlank()) {
            out.add(sentence);
        }
    }

    /** Normalised words of a sentence, with a clause-break token where commas and the like stood. */
    static List<String> tokens(String sentence) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '\'' || c == '\u2019') {
                continue;
            }
            if (Character.isLetterOrDigit(c) || c == '+' || c == '#') {
                word.append(Character.toLowerCase(c));
                continue;
            }
            flush(word, tokens);
            if ((c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\u2014')
                    && !tokens.isEmpty() && !tokens.get(tokens.size() - 1).equals(CLAUSE_BREAK)) {
                tokens.add(CLAUSE_BREAK);
            }
        }
        flush(word, tokens);
        return tokens;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (!word.isEmpty()) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }
}
