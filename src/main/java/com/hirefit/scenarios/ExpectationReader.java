package com.hirefit.scenarios;

import com.hirefit.rules.RuleBase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads an {@code expect:} block. Every key must be one of the block's known keys, and every code one the
 * vocabulary (or, for {@code firedRules}, the rule base) knows: a typo is an error, never a check that passes.
 */
final class ExpectationReader {

    private enum Shape { VALUE, OPTIONAL_VALUE, BOOLEAN, SET }

    /** An expectation key: how its value is written, and where its allowed codes come from. */
    private record Key(Shape shape, String codes) {
    }

    private static final String RULES = "(rule names)";

    private static final Map<String, Key> JOB = keys(
            "neededRoles", new Key(Shape.SET, "roles"),
            "hireNeitherYet", new Key(Shape.BOOLEAN, null),
            "risks", new Key(Shape.SET, "failureRisks"),
            "notes", new Key(Shape.SET, "notes"),
            "firedRules", new Key(Shape.SET, RULES));

    private static final Map<String, Key> CANDIDATE = keys(
            "verdict", new Key(Shape.VALUE, "verdicts"),
            "recommendedRole", new Key(Shape.OPTIONAL_VALUE, "roles"),
            "seniority", new Key(Shape.OPTIONAL_VALUE, "seniority"),
            "compensation", new Key(Shape.VALUE, "compensation"),
            "greenFlags", new Key(Shape.SET, "greenFlags"),
            "yellowFlags", new Key(Shape.SET, "yellowFlags"),
            "failureRisks", new Key(Shape.SET, "failureRisks"),
            "interviewFocus", new Key(Shape.SET, "interviewFocus"),
            "firedRules", new Key(Shape.SET, RULES));

    private final RuleBase rules;

    ExpectationReader(RuleBase rules) {
        this.rules = rules;
    }

    /** The job's expectations in {@code node} (null: none); each problem goes to {@code problems} prefixed by {@code at}. */
    Expectations job(JsonNode node, String at, List<String> problems) {
        return read(node, JOB, at, problems);
    }

    /** A candidate's expectations, like {@link #job}. */
    Expectations candidate(JsonNode node, String at, List<String> problems) {
        return read(node, CANDIDATE, at, problems);
    }

    private Expectations read(JsonNode node, Map<String, Key> keys, String at, List<String> problems) {
        if (node == null || node.isNull()) {
            return Expectations.NOTHING;
        }
        if (!node.isObject()) {
            problems.add(at + ": must be a map of expectations (keys: " + String.join(", ", keys.keySet()) + ")");
            return Expectations.NOTHING;
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Expectations.CodeSet> sets = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String name = entry.getKey();
            Key key = keys.get(name);
            String where = at + "." + name;
            if (key == null) {
                problems.add(at + ": unknown key \"" + name + "\" (allowed: " + String.join(", ", keys.keySet()) + ")");
                continue;
            }
            JsonNode value = entry.getValue();
            switch (key.shape()) {
                case BOOLEAN -> {
                    if (value.isBoolean()) {
                        values.put(name, Boolean.toString(value.asBoolean()));
                    } else {
                        problems.add(where + ": must be true or false (was " + value + ")");
                    }
                }
                case VALUE, OPTIONAL_VALUE -> {
                    String code = single(value, key, where, problems);
                    if (code != null) {
                        values.put(name, code);
                    }
                }
                case SET -> {
                    Expectations.CodeSet set = set(value, key, where, problems);
                    if (set != null) {
                        sets.put(name, set);
                    }
                }
            }
        }
        return new Expectations(values, sets);
    }

    private String single(JsonNode value, Key key, String where, List<String> problems) {
        boolean optional = key.shape() == Shape.OPTIONAL_VALUE;
        if (optional && (value.isNull() || value.isString() && value.asString().strip().equals(Expectations.NONE))) {
            return Expectations.NONE;
        }
        if (!value.isString()) {
            problems.add(where + ": must be one code" + (optional ? " or none" : "") + " (allowed: " + allowed(key) + ")");
            return null;
        }
        return code(value.asString().strip(), key, where, problems);
    }

    private Expectations.CodeSet set(JsonNode value, Key key, String where, List<String> problems) {
        if (value.isArray()) {
            List<String> codes = codes(value, key, where, problems);
            return codes == null ? null : Expectations.CodeSet.exact(codes);
        }
        if (!value.isObject()) {
            problems.add(where + ": must be a list (exactly these) or {include: [...], exclude: [...]}");
            return null;
        }
        List<String> include = List.of();
        List<String> exclude = List.of();
        for (Map.Entry<String, JsonNode> part : value.properties()) {
            switch (part.getKey()) {
                case "include" -> include = codes(part.getValue(), key, where + ".include", problems);
                case "exclude" -> exclude = codes(part.getValue(), key, where + ".exclude", problems);
                default -> problems.add(where + ": unknown key \"" + part.getKey() + "\" (allowed: include, exclude)");
            }
        }
        return include == null || exclude == null ? null : Expectations.CodeSet.of(include, exclude);
    }

    private List<String> codes(JsonNode list, Key key, String where, List<String> problems) {
        if (list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            problems.add(where + ": must be a list of codes (allowed: " + allowed(key) + ")");
            return null;
        }
        List<String> codes = new ArrayList<>();
        boolean ok = true;
        for (JsonNode item : list) {
            String code = item.isString() ? code(item.asString().strip(), key, where, problems) : null;
            if (!item.isString()) {
                problems.add(where + ": " + item + " is not a code");
            }
            ok &= code != null;
            codes.add(code);
        }
        return ok ? codes : null;
    }

    private String code(String code, Key key, String where, List<String> problems) {
        boolean known = key.codes().equals(RULES) ? rules.rules().containsKey(code) : rules.vocabulary().codes(key.codes()).contains(code);
        if (!known && key.codes().equals(RULES)) {
            boolean cutAtComma = rules.rules().keySet().stream().anyMatch(name -> name.startsWith(code + ","));
            problems.add(where + ": no rule is named \"" + code + "\"" + (cutAtComma
                    ? " (a rule name with a comma must be quoted inside [...], or written as a \"- \" list item)" : ""));
            return null;
        }
        if (!known) {
            problems.add(where + ": unknown code " + code + " (allowed: " + allowed(key) + ")");
            return null;
        }
        return code;
    }

    private String allowed(Key key) {
        return key.codes().equals(RULES) ? "the names of the rules" : String.join(", ", rules.vocabulary().codes(key.codes()));
    }

    private static Map<String, Key> keys(Object... pairs) {
        Map<String, Key> keys = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            keys.put((String) pairs[i], (Key) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(keys);
    }
}
