package com.hirefit.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds taxonomy phrases in free text: per sentence, a walk of a trie of words over the normalised words of
 * the text (lower case, punctuation as spaces), so only whole words ever match, skipping phrases that a plain
 * negation ("no", "not", "never", "without"...) governs within the same clause. Words, not characters: a
 * character automaton (Aho-Corasick) needed a whole-word check afterwards and cost five times the lookups.
 * The text is read once, character by character, into the numbers of its words ({@link WordTrie}), never into
 * a String per sentence or word.
 */
public final class TextMatcher {

    /** A taxonomy term found in a text: which tag and term, the phrase as normalised, and its sentence. */
    public record Hit(String tag, String term, String phrase, int sentence) {
    }

    private static final Set<String> NEGATIONS = Set.of("no", "not", "never", "without", "lack", "lacks", "lacking",
            "none", "nor", "cannot", "cant", "havent", "hasnt", "hadnt", "didnt", "dont", "doesnt", "isnt", "wasnt",
            "arent", "werent", "wont", "couldnt", "neither");
    /** Pseudo-negations: "not only X", "no downtime", "no longer" do not deny what follows. */
    private static final Set<String> NEGATION_CANCELLERS = Set.of("only", "just", "merely", "downtime", "matter", "doubt", "limited", "longer");
    private static final Set<String> CLAUSE_WORDS = Set.of("but", "however", "although", "though", "whereas", "except");
    private static final int NEGATION_REACH = 12;
    /** A token where a comma and the like stood; an unknown word is {@link WordTrie#NONE}. */
    private static final int CLAUSE_BREAK = -2;
    private static final byte NEGATION = 1;
    private static final byte CANCELLER = 2;
    private static final byte CLAUSE_WORD = 4;

    /** What a phrase gives: a tag and its term (a phrase's owners, each pair once). */
    private record Term(String tag, String term) {
    }

    private final WordTrie trie;
    /** The phrases in String order, so that a phrase's index sorts hits ending on the same word as the text did. */
    private final String[] phrases;
    private final int[] phraseWords;
    private final Term[][] termsOf;
    /** By word number: whether the word negates, cancels a negation, or opens a clause. */
    private final byte[] kinds;

    TextMatcher(List<Taxonomy.Entry> entries) {
        Map<String, Set<Term>> byPhrase = new TreeMap<>();
        for (Taxonomy.Entry entry : entries) {
            for (String phrase : entry.phrases()) {
                String normal = normalize(phrase);
                add(byPhrase, normal, entry);
                if (!normal.endsWith("s")) {
                    add(byPhrase, normal + "s", entry);
                }
            }
        }
        phrases = byPhrase.keySet().toArray(String[]::new);
        phraseWords = Arrays.stream(phrases).mapToInt(phrase -> phrase.split(" ").length).toArray();
        termsOf = byPhrase.values().stream().map(terms -> terms.toArray(Term[]::new)).toArray(Term[][]::new);
        Set<String> special = new LinkedHashSet<>(NEGATIONS);
        special.addAll(NEGATION_CANCELLERS);
        special.addAll(CLAUSE_WORDS);
        trie = new WordTrie(List.of(phrases), special);
        kinds = new byte[trie.words()];
        NEGATIONS.forEach(word -> kinds[trie.word(word)] |= NEGATION);
        NEGATION_CANCELLERS.forEach(word -> kinds[trie.word(word)] |= CANCELLER);
        CLAUSE_WORDS.forEach(word -> kinds[trie.word(word)] |= CLAUSE_WORD);
    }

    private static void add(Map<String, Set<Term>> byPhrase, String phrase, Taxonomy.Entry entry) {
        if (!phrase.isEmpty()) {
            byPhrase.computeIfAbsent(phrase, p -> new LinkedHashSet<>()).add(new Term(entry.tag(), entry.term()));
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
        return new Scan().run(text);
    }

    /**
     * One call's reading of a text. Sentences end at . ! ? followed by a space, line breaks and bullets; a sentence's
     * tokens are its normalised words' numbers, with a clause break where commas and the like stood.
     */
    private final class Scan {
        private final char[] word = new char[trie.maxWordLength()];
        private int wordLength;
        private int wordHash;
        private int[] tokens = new int[16];
        private int tokenCount;
        private boolean blank = true;
        private int sentence;
        private boolean[] covered = new boolean[16];
        /** A phrase found in the sentence: its last token in the high half, its index in the low half. */
        private long[] spans = new long[8];
        private int spanCount;
        private long[] hitPhrases;
        private List<Hit> hits;

        List<Hit> run(String text) {
            int length = text.length();
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' || c == '\u2022'
                        || ((c == '.' || c == '!' || c == '?') && (i + 1 == length || Character.isWhitespace(text.charAt(i + 1))))) {
                    endSentence();
                } else {
                    read(c);
                }
            }
            endSentence();
            return hits == null ? List.of() : List.copyOf(hits);
        }

        private void read(char c) {
            if (!Character.isWhitespace(c)) {
                blank = false;
            }
            if (c == '\'' || c == '\u2019') {
                return;
            }
            if (Character.isLetterOrDigit(c) || c == '+' || c == '#') {
                char lower = Character.toLowerCase(c);
                if (wordLength < word.length) {
                    word[wordLength] = lower;
                }
                wordHash = 31 * wordHash + lower;
                wordLength++;
                return;
            }
            endWord();
            if ((c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\u2014')
                    && tokenCount > 0 && tokens[tokenCount - 1] != CLAUSE_BREAK) {
                push(CLAUSE_BREAK);
            }
        }

        private void endWord() {
            if (wordLength > 0) {
                push(wordLength <= word.length ? trie.word(word, wordLength, wordHash) : WordTrie.NONE);
                wordLength = 0;
                wordHash = 0;
            }
        }

        private void push(int token) {
            if (tokenCount == tokens.length) {
                tokens = Arrays.copyOf(tokens, tokenCount * 2);
            }
            tokens[tokenCount++] = token;
        }

        private void endSentence() {
            endWord();
            if (!blank) {
                match();
                sentence++;
            }
            tokenCount = 0;
            blank = true;
        }

        private void match() {
            if (covered.length < tokenCount) {
                covered = new boolean[tokens.length];
            } else {
                Arrays.fill(covered, 0, tokenCount, false);
            }
            spanCount = 0;
            for (int first = 0; first < tokenCount; first++) {
                int node = 0;
                for (int t = first; t < tokenCount && tokens[t] >= 0 && (node = trie.child(node, tokens[t])) >= 0; t++) {
                    int phrase = trie.phrase(node);
                    if (phrase >= 0) {
                        if (spanCount == spans.length) {
                            spans = Arrays.copyOf(spans, spanCount * 2);
                        }
                        spans[spanCount++] = ((long) t << 32) | phrase;
                        Arrays.fill(covered, first, t + 1, true);
                    }
                }
            }
            // Hits in the order the text ends them (then by phrase): the order evidence has always been inserted in.
            Arrays.sort(spans, 0, spanCount);
            boolean hit = false;
            for (int s = 0; s < spanCount; s++) {
                int phrase = (int) spans[s];
                if (!negated((int) (spans[s] >>> 32) - phraseWords[phrase] + 1)) {
                    hit |= add(phrase);
                }
            }
            if (hit) {
                Arrays.fill(hitPhrases, 0L);
            }
        }

        /** Adds the phrase's hits unless it already gave them in this sentence. */
        private boolean add(int phrase) {
            if (hitPhrases == null) {
                hitPhrases = new long[(phrases.length + 63) >>> 6];
            }
            if ((hitPhrases[phrase >>> 6] & (1L << phrase)) != 0) {
                return false;
            }
            hitPhrases[phrase >>> 6] |= 1L << phrase;
            if (hits == null) {
                hits = new ArrayList<>();
            }
            for (Term term : termsOf[phrase]) {
                hits.add(new Hit(term.tag(), term.term(), phrases[phrase], sentence));
            }
            return true;
        }

        private boolean negated(int first) {
            for (int t = first - 1; t >= 0 && t >= first - NEGATION_REACH; t--) {
                int token = tokens[t];
                if (token == CLAUSE_BREAK || token >= 0 && (kinds[token] & CLAUSE_WORD) != 0) {
                    return false;
                }
                if (token >= 0 && !covered[t] && (kinds[token] & NEGATION) != 0
                        && !(t + 1 < tokenCount && tokens[t + 1] >= 0 && (kinds[tokens[t + 1]] & CANCELLER) != 0)) {
                    return true;
                }
            }
            return false;
        }
    }
}
