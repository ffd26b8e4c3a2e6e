package com.hirefit.scenarios;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One scenario file read as YAML: the list of scenarios, each with the line it starts on. A file that is not
 * YAML, or not a list, is one error for the whole file; a key written twice in a map is a YAML error too, so
 * a repeated {@code expect:} never silently replaces the first. Anchors, aliases and merge keys work (see
 * {@link YamlTree}).
 */
record ScenarioFile(String name, List<Entry> entries, String error) {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** One element of the file's list: where it starts and what it holds. */
    record Entry(int line, JsonNode node) {
    }

    static ScenarioFile read(String name, byte[] yaml) {
        List<Entry> entries = new ArrayList<>();
        try (JsonParser parser = YAML.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new ScenarioFile(name, List.of(), null);
            }
            if (first != JsonToken.START_ARRAY) {
                return new ScenarioFile(name, List.of(), name + ": a scenario file is a list of scenarios, each starting"
                        + " with \"- name: ...\"");
            }
            YamlTree tree = new YamlTree(parser);
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    return new ScenarioFile(name, List.of(), name + ": the list of scenarios is not closed");
                }
                int line = parser.currentTokenLocation().getLineNr();
                entries.add(new Entry(line, tree.value()));
            }
            if (parser.nextToken() != null) {
                return new ScenarioFile(name, List.of(), name + ": more than one YAML document; put every scenario in one list");
            }
        } catch (YamlTree.Problem e) {
            return new ScenarioFile(name, List.of(), name + ":" + e.line + ": " + e.getMessage());
        } catch (JacksonException e) {
            var at = e.getLocation();
            return new ScenarioFile(name, List.of(), name + (at == null ? "" : ":" + at.getLineNr())
                    + ": not valid YAML: " + e.getOriginalMessage());
        }
        return new ScenarioFile(name, entries, null);
    }
}
