package com.hirefit.rules;

import com.hirefit.rules.drl.RuleProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads taxonomy.yaml with a streaming parser so that every problem can name its line and column
 * (a tree model would lose them).
 */
final class TaxonomyReader {
    private static final Pattern TAG = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final YAMLFactory YAML = new YAMLFactory();

    private final String file;
    private final List<RuleProblem> problems = new ArrayList<>();

    private TaxonomyReader(String file) {
        this.file = file;
    }

    static Taxonomy read(String file, byte[] yaml) throws RuleBaseException {
        return new TaxonomyReader(file).parse(yaml);
    }

    private Taxonomy parse(byte[] yaml) throws RuleBaseException {
        List<Taxonomy.Entry> evidence = new ArrayList<>();
        List<Taxonomy.Entry> titles = new ArrayList<>();
        try (JsonParser p = YAML.createParser(tools.jackson.core.ObjectReadContext.empty(), yaml)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                fail(p, "expected the sections 'evidence:' and 'titles:'");
            } else {
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String section = p.currentName();
                    TokenStreamLocation at = p.currentTokenLocation();
                    p.nextToken();
                    switch (section) {
                        case "evidence" -> readTags(p, evidence);
                        case "titles" -> readTags(p, titles);
                        default -> {
                            problems.add(YamlProblems.at(file, at, "unknown section '" + section + "' (expected 'evidence' or 'titles')"));
                            p.skipChildren();
                        }
                    }
                }
            }
        } catch (JacksonException e) {
            problems.add(YamlProblems.syntax(file, e));
        }
        if (!problems.isEmpty()) {
            throw new RuleBaseException(problems);
        }
        return new Taxonomy(evidence, titles);
    }

    private void readTags(JsonParser p, List<Taxonomy.Entry> into) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            fail(p, "expected tags, each with a list of phrases or a map of term to phrases");
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String tag = p.currentName();
            int line = line(p);
            if (!TAG.matcher(tag).matches()) {
                fail(p, "tag '" + tag + "' must be upper case letters, digits and underscores");
            }
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_ARRAY) {
                List<String> phrases = readPhrases(p, tag);
                if (!phrases.isEmpty()) {
                    into.add(new Taxonomy.Entry(tag, phrases.get(0), phrases, line));
                }
            } else if (value == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String term = p.currentName();
                    int termLine = line(p);
                    if (p.nextToken() != JsonToken.START_ARRAY) {
                        fail(p, "term '" + term + "' of " + tag + " needs a list of phrases, like [phrase, phrase]");
                        p.skipChildren();
                        continue;
                    }
                    into.add(new Taxonomy.Entry(tag, term, readPhrases(p, tag), termLine));
                }
            } else {
                fail(p, "tag " + tag + " needs a list of phrases or a map of term to phrases");
                p.skipChildren();
            }
        }
    }

    private List<String> readPhrases(JsonParser p, String tag) {
        List<String> phrases = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_STRING && !TextMatcher.normalize(p.getString()).isEmpty()) {
                phrases.add(p.getString());
            } else if (p.currentToken().isScalarValue()) {
                fail(p, "phrase of " + tag + " must be words, not '" + p.getString() + "'");
            } else {
                fail(p, "phrase of " + tag + " must be a plain string");
                p.skipChildren();
            }
        }
        if (phrases.isEmpty()) {
            fail(p, tag + " has no phrases");
        }
        return phrases;
    }

    private void fail(JsonParser p, String message) {
        problems.add(YamlProblems.at(file, p.currentTokenLocation(), message));
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }
}
