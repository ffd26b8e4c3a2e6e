package com.hirefit.rules;

import com.hirefit.rules.drl.RuleProblem;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The public codes from vocabulary.yaml, by kind, in the order results list them. Results sort codes by
 * this order, so the same assessment always lists its codes the same way.
 */
public final class Vocabulary {
    private final Map<String, List<String>> codesByKind;
    private final Map<String, Integer> position = new HashMap<>();

    private Vocabulary(Map<String, List<String>> codesByKind) {
        this.codesByKind = codesByKind;
        int i = 0;
        for (List<String> codes : codesByKind.values()) {
            for (String code : codes) {
                position.putIfAbsent(code, i++);
            }
        }
    }

    static Vocabulary read(String file, byte[] yaml) throws RuleBaseException {
        Map<String, List<String>> codes = new LinkedHashMap<>();
        try {
            JsonNode root = YAMLMapper.builder().build().readTree(yaml);
            if (root == null || !root.isObject()) {
                throw new RuleBaseException(new RuleProblem(file, 1, 1, "expected kinds of codes, each with a list"));
            }
            for (Map.Entry<String, JsonNode> kind : root.properties()) {
                if (!kind.getValue().isArray()) {
                    throw new RuleBaseException(new RuleProblem(file, 0, 0, "'" + kind.getKey() + "' needs a list of codes"));
                }
                codes.put(kind.getKey(), kind.getValue().valueStream().map(JsonNode::asString).toList());
            }
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new RuleBaseException(new RuleProblem(file, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), "YAML syntax: " + e.getOriginalMessage()));
        }
        return new Vocabulary(codes);
    }

    /** Where a code sorts; codes missing from the vocabulary sort last. */
    public int order(String code) {
        return position.getOrDefault(code, Integer.MAX_VALUE);
    }

    public boolean contains(String code) {
        return position.containsKey(code);
    }

    public Set<String> kinds() {
        return codesByKind.keySet();
    }

    public List<String> codes(String kind) {
        return codesByKind.getOrDefault(kind, List.of());
    }
}
