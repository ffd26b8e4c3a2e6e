package com.hirefit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The word lists of {@code protected-attributes.yaml} (its header says how a name is read and matched), and the
 * matching itself. Immutable once loaded; thread-safe.
 */
final class ProtectedLexicon {

    static final String RESOURCE = "protected-attributes.yaml";

    /** Words at least this long are checked for a typing slip (shorter ones are too near ordinary words). */
    static final int TYPO_MIN_LENGTH = 8;

    /** A phrase is also looked for inside a name written without spaces when it is this long, or longer. */
    private static final int GLUED_MIN_LENGTH = 9;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern CAMEL = Pattern.compile(
            "(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");

    private final Set<String> filler;
    private final List<List<String>> ordinary;
    private final List<Attribute> attributes;

    private ProtectedLexicon(Set<String> filler, List<List<String>> ordinary, List<Attribute> attributes) {
        this.filler = filler;
        this.ordinary = ordinary;
        this.attributes = attributes;
    }

    /** The lists as shipped, next to this class. */
    static ProtectedLexicon load() {
        try (InputStream in = ProtectedLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return of(YAMLMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProtectedLexicon of(JsonNode yaml) {
        List<Attribute> attributes = new ArrayList<>();
        for (JsonNode attribute : yaml.required("attributes")) {
            attributes.add(new Attribute(attribute.required("reveals").asString(),
                    attribute.path("generic").asBoolean(false), Patterns.of(list(attribute, "protected")),
                    Patterns.of(list(attribute, "alone")), Patterns.of(list(attribute, "uncertain")),
                    Patterns.of(list(attribute, "uncertainAlone"))));
        }
        List<List<String>> ordinary = list(yaml, "ordinary").stream().map(ProtectedLexicon::words).toList();
        return new ProtectedLexicon(Set.copyOf(list(yaml, "filler")), ordinary, List.copyOf(attributes));
    }

    private static List<String> list(JsonNode node, String field) {
        List<String> entries = new ArrayList<>();
        node.path(field).forEach(entry -> entries.add(entry.asString()));
        return entries;
    }

    /**
     * What a name reveals, if anything: the first attribute it surely names, else the first it may name. A name of
     * several words that says nothing is read once more as one word ("PcD", "Geburts Datum").
     */
    Optional<ProtectedAttributes.Verdict> classify(String name) {
        List<String> words = withoutOrdinaryPhrases(words(name));
        Optional<ProtectedAttributes.Verdict> verdict = classify(words);
        return verdict.isEmpty() && words.size() > 1 ? classify(List.of(String.join("", words))) : verdict;
    }

    /**
     * The most specific match wins: the longest phrase, then whole words, then word prefixes, then a name made of
     * such words alone. "Country of Birth" is about nationality, not age; "Geboorteland" (country of birth) too,
     * though "geboorte*" (birth...) is in the age list. A generic attribute (EEO self-identification) is the answer
     * only when no other is: "Voluntary Self-Identification of Disability" is about disability.
     */
    private Optional<ProtectedAttributes.Verdict> classify(List<String> words) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String glued = String.join("", words);
        for (boolean certain : new boolean[] {true, false}) {
            for (boolean generic : new boolean[] {false, true}) {
                List<Attribute> among = attributes.stream().filter(a -> a.generic == generic).toList();
                Optional<Attribute> found = match(among, certain, words, glued);
                if (found.isPresent()) {
                    return Optional.of(new ProtectedAttributes.Verdict(found.get().reveals, certain));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Attribute> match(List<Attribute> among, boolean certain, List<String> words, String glued) {
        Attribute longest = null;
        int longestPhrase = 0;
        for (Attribute attribute : among) {
            int phrase = (certain ? attribute.named : attribute.uncertain).longestPhrase(words, glued);
            if (phrase > longestPhrase) {
                longest = attribute;
                longestPhrase = phrase;
            }
        }
        if (longest != null) {
            return Optional.of(longest);
        }
        for (int pass = 1; pass <= 3; pass++) {
            for (Attribute attribute : among) {
                Patterns patterns = certain ? attribute.named : attribute.uncertain;
                boolean found = switch (pass) {
                    case 1 -> words.stream().anyMatch(patterns.words::contains);
                    case 2 -> words.stream().anyMatch(patterns::namesWord)
                            || !certain && words.stream().anyMatch(attribute.named::nearlyNames);
                    default -> alone(words, certain ? attribute.alone : attribute.uncertainAlone);
                };
                if (found) {
                    return Optional.of(attribute);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the name is nothing but such words and filler, with at least one of the words. */
    private boolean alone(List<String> words, Patterns patterns) {
        return words.stream().anyMatch(patterns::namesWord)
                && words.stream().allMatch(word -> patterns.namesWord(word) || filler.contains(word));
    }

    private List<String> withoutOrdinaryPhrases(List<String> words) {
        List<String> left = new ArrayList<>(words);
        for (List<String> phrase : ordinary) {
            for (int at = Collections.indexOfSubList(left, phrase); at >= 0; at = Collections.indexOfSubList(left, phrase)) {
                left.subList(at, at + phrase.size()).clear();
            }
        }
        return left;
    }

    /**
     * The words of a name: accents and ligatures folded, lower case, split at anything but letters and digits and at
     * camelCase, runs of single letters joined. "EEO Gender (self-identified)" is [eeo, gender, self, identified],
     * "D.O.B" is [dob], "Género" is [genero], "passportCountry" is [passport, country].
     */
    static List<String> words(String name) {
        String split = CAMEL.matcher(fold(name)).replaceAll(" ");
        List<String> words = new ArrayList<>();
        StringBuilder letters = new StringBuilder();
        for (String word : NOT_ALNUM.split(split.toLowerCase(Locale.ROOT))) {
            if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
                letters.append(word);
                continue;
            }
            if (!letters.isEmpty()) {
                words.add(letters.toString());
                letters.setLength(0);
            }
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        if (!letters.isEmpty()) {
            words.add(letters.toString());
        }
        return words;
    }

    /** Accents off and ligatures spelled out, case kept: "Staatsangehörigkeit" is "Staatsangehorigkeit". */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").replace("ß", "ss").replace("ẞ", "SS").replace("æ", "ae")
                .replace("Æ", "AE").replace("œ", "oe").replace("Œ", "OE").replace("ø", "o").replace("Ø", "O")
                .replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i");
    }

    private record Attribute(String reveals, boolean generic, Patterns named, Patterns alone, Patterns uncertain,
                             Patterns uncertainAlone) {
    }

    /** One list of the file: its words, word prefixes and phrases. */
    private record Patterns(Set<String> words, List<String> prefixes, List<List<String>> phrases, List<String> glued) {

        static Patterns of(Collection<String> entries) {
            Set<String> words = new HashSet<>();
            List<String> prefixes = new ArrayList<>();
            List<List<String>> phrases = new ArrayList<>();
            List<String> glued = new ArrayList<>();
            for (String entry : entries) {
                if (entry.endsWith("*")) {
                    prefixes.add(fold(entry.substring(0, entry.length() - 1)).toLowerCase(Locale.ROOT));
                    continue;
                }
                List<String> phrase = ProtectedLexicon.words(entry);
                if (phrase.size() == 1) {
                    words.add(phrase.get(0));
                } else {
                    phrases.add(phrase);
                    String together = String.join("", phrase);
                    if (together.length() >= GLUED_MIN_LENGTH && phrase.get(0).length() >= 4) {
                        glued.add(together);
                    }
                }
            }
            return new Patterns(Set.copyOf(words), List.copyOf(prefixes), List.copyOf(phrases), List.copyOf(glued));
        }

        boolean namesWord(String word) {
            return words.contains(word) || prefixes.stream().anyMatch(word::startsWith);
        }

        /** The length in letters of the longest of these phrases the name holds, 0 for none. */
        int longestPhrase(List<String> nameWords, String nameGlued) {
            int longest = 0;
            for (List<String> phrase : phrases) {
                if (Collections.indexOfSubList(nameWords, phrase) >= 0) {
                    longest = Math.max(longest, String.join("", phrase).length());
                }
            }
            for (String together : glued) {
                if (nameGlued.contains(together)) {
                    longest = Math.max(longest, together.length());
                }
            }
            return longest;
        }

        /** A long word one typing slip (a letter added, dropped, changed, or two swapped) from one of these words. */
        boolean nearlyNames(String word) {
            return word.length() >= TYPO_MIN_LENGTH - 1 && !namesWord(word)
                    && words.stream().anyMatch(known -> known.length() >= TYPO_MIN_LENGTH && oneSlipApart(word, known));
        }
    }

    /** Optimal string alignment distance of exactly one. */
    static boolean oneSlipApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int start = 0;
        while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        if (a.length() == b.length()) {
            String restA = a.substring(start + 1);
            String restB = b.substring(start + 1);
            boolean swapped = start + 1 < a.length() && a.charAt(start) == b.charAt(start + 1)
                    && a.charAt(start + 1) == b.charAt(start) && a.substring(start + 2).equals(b.substring(start + 2));
            return restA.equals(restB) || swapped;
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(start + 1).equals(shorter.substring(start));
    }
}
