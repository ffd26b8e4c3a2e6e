package com.hirefit.scenarios;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Builds a tree from a YAML parser, resolving what Jackson's own tree reading leaves as plain text: anchors
 * ({@code &name}) on maps and lists, aliases ({@code *name}, a copy of the anchored value) and merge keys
 * ({@code <<: *name}, the anchored map's fields under the map's own). So a scenario file can write a job or a
 * resume once and reuse it. An alias whose anchor is unknown (or sits on a single value, which the parser does
 * not report) is an error, never the alias's name read as text.
 */
final class YamlTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MERGE = "<<";

    private final YAMLParser parser;
    private final Map<String, JsonNode> anchors = new HashMap<>();

    YamlTree(JsonParser parser) {
        this.parser = (YAMLParser) parser;
    }

    /** A problem in the YAML that the parser itself accepts (an unknown alias, a merge of a non-map). */
    static final class Problem extends Exception {
        final int line;

        Problem(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    /** The value that starts at the parser's current token; the parser is left on the value's last token. */
    JsonNode value() throws Problem {
        int line = parser.currentTokenLocation().getLineNr();
        if (parser.isCurrentAlias()) {
            JsonNode target = anchors.get(parser.getString());
            if (target == null) {
                throw new Problem(line, "*" + parser.getString() + " refers to no anchor &" + parser.getString()
                        + " written before it (anchors work on maps and lists, such as a whole job: or candidate:)");
            }
            return target.deepCopy();
        }
        Object anchor = parser.getObjectId();
        JsonNode node = switch (parser.currentToken()) {
            case START_OBJECT -> object();
            case START_ARRAY -> array();
            case VALUE_STRING -> NODES.stringNode(parser.getString());
            case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new Problem(line, "unexpected " + parser.currentToken());
        };
        if (anchor != null) {
            anchors.put(anchor.toString(), node);
        }
        return node;
    }

    private ObjectNode object() throws Problem {
        Map<String, JsonNode> own = new LinkedHashMap<>();
        List<JsonNode> merged = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            int line = parser.currentTokenLocation().getLineNr();
            parser.nextToken();
            JsonNode value = value();
            if (!name.equals(MERGE)) {
                own.put(name, value);
            } else if (value.isObject()) {
                merged.add(value);
            } else if (value.isArray() && value.valueStream().allMatch(JsonNode::isObject)) {
                value.forEach(merged::add);
            } else {
                throw new Problem(line, "<< merges a map (<<: *name) or a list of maps, not " + value.getNodeType());
            }
        }
        ObjectNode object = NODES.objectNode();
        // The first merged map wins over later ones; the map's own keys win over all of them.
        for (int i = merged.size() - 1; i >= 0; i--) {
            merged.get(i).properties().forEach(field -> object.set(field.getKey(), field.getValue().deepCopy()));
        }
        own.forEach(object::set);
        return object;
    }

    private ArrayNode array() throws Problem {
        ArrayNode array = NODES.arrayNode();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == null) {
                throw new Problem(parser.currentLocation().getLineNr(), "a list is not closed");
            }
            array.add(value());
        }
        return array;
    }
}
