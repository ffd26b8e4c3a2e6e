package com.hirefit.rules;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The taxonomy's words as numbers and its phrases as a trie over those numbers, built once per taxonomy, so that
 * matching looks a word of the text up by its characters (no String per word) and walks the trie on ints. Both
 * tables are open-addressing arrays: a word by its characters' {@link String#hashCode}, an edge by (node, word).
 */
final class WordTrie {
    static final int NONE = -1;
    private static final long NO_EDGE = -1L;

    private final char[][] words;
    private final int[] wordSlots;
    private final int maxWordLength;
    private final long[] edgeKeys;
    private final int[] edgeChildren;
    private final int[] phraseAt;

    /** Phrases as normalised words separated by single spaces; other words get a number but no edge. */
    WordTrie(List<String> phrases, Collection<String> otherWords) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        phrases.forEach(phrase -> {
            for (String word : phrase.split(" ")) {
                ids.putIfAbsent(word, ids.size());
            }
        });
        otherWords.forEach(word -> ids.putIfAbsent(word, ids.size()));
        words = new char[ids.size()][];
        wordSlots = new int[tableSize(ids.size())];
        int longest = 0;
        for (Map.Entry<String, Integer> word : ids.entrySet()) {
            words[word.getValue()] = word.getKey().toCharArray();
            longest = Math.max(longest, word.getKey().length());
            int slot = spread(word.getKey().hashCode()) & (wordSlots.length - 1);
            while (wordSlots[slot] != 0) {
                slot = (slot + 1) & (wordSlots.length - 1);
            }
            wordSlots[slot] = word.getValue() + 1;
        }
        maxWordLength = longest;

        Map<Long, Integer> edges = new HashMap<>();
        int[] phraseOf = new int[1 + countWords(phrases)];
        Arrays.fill(phraseOf, NONE);
        for (int p = 0; p < phrases.size(); p++) {
            int node = 0;
            for (String word : phrases.get(p).split(" ")) {
                int next = edges.size() + 1;
                Integer child = edges.putIfAbsent(edgeKey(node, ids.get(word)), next);
                node = child == null ? next : child;
            }
            phraseOf[node] = p;
        }
        phraseAt = Arrays.copyOf(phraseOf, edges.size() + 1);
        edgeKeys = new long[tableSize(edges.size())];
        edgeChildren = new int[edgeKeys.length];
        Arrays.fill(edgeKeys, NO_EDGE);
        edges.forEach((key, child) -> {
            int slot = edgeSlot(key);
            while (edgeKeys[slot] != NO_EDGE) {
                slot = (slot + 1) & (edgeKeys.length - 1);
            }
            edgeKeys[slot] = key;
            edgeChildren[slot] = child;
        });
    }

    private static int countWords(List<String> phrases) {
        return phrases.stream().mapToInt(phrase -> phrase.split(" ").length).sum();
    }

    /** A power of two at least four times the count, so probes stay short. */
    private static int tableSize(int count) {
        return Integer.highestOneBit(Math.max(16, count * 4) - 1) << 1;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private static long edgeKey(int node, int word) {
        return ((long) node << 32) | word;
    }

    private int edgeSlot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - Integer.numberOfTrailingZeros(edgeKeys.length)));
    }

    /** The longest word's length: a longer word of a text is no word of the taxonomy. */
    int maxWordLength() {
        return maxWordLength;
    }

    /** The number of the word in chars[0, length), whose hash is String's hash of those chars; NONE if unknown. */
    int word(char[] chars, int length, int hash) {
        for (int slot = spread(hash) & (wordSlots.length - 1); wordSlots[slot] != 0; slot = (slot + 1) & (wordSlots.length - 1)) {
            char[] word = words[wordSlots[slot] - 1];
            if (word.length == length && Arrays.equals(word, 0, length, chars, 0, length)) {
                return wordSlots[slot] - 1;
            }
        }
        return NONE;
    }

    int word(String word) {
        return word(word.toCharArray(), word.length(), word.hashCode());
    }

    int words() {
        return words.length;
    }

    /** The root is node 0; the node reached from node by word, or NONE. */
    int child(int node, int word) {
        long key = edgeKey(node, word);
        for (int slot = edgeSlot(key); edgeKeys[slot] != NO_EDGE; slot = (slot + 1) & (edgeKeys.length - 1)) {
            if (edgeKeys[slot] == key) {
                return edgeChildren[slot];
            }
        }
        return NONE;
    }

    /** The index (in the constructor's list) of the phrase that ends at node, or NONE. */
    int phrase(int node) {
        return phraseAt[node];
    }
}
