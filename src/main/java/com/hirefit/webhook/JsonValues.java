package com.hirefit.webhook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * JSON values as the plain Java values of a candidate map (String, Number, Boolean, List, Map), so that the
 * service can serialise the map back to the same JSON. Object keys that are {@linkplain ExcludedKeys#excluded
 * protected or contact details} are left out at every depth; nulls, blanks and empty containers are left out.
 */
final class JsonValues {

    /** The largest power of ten (either way) a range end may have to be read as a number. */
    static final int MAX_EXPONENT = 1000;

    private JsonValues() {
    }

    /**
     * Any JSON value, passed through as given (minus excluded keys, each listed in {@code dropped} by its path below
     * {@code path}); null when there is nothing to carry.
     */
    static Object plain(JsonNode node, String path, DroppedFields.Collector dropped) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String key = property.getKey();
                String keyPath = path.isEmpty() ? key : path + "." + key;
                if (ExcludedKeys.excluded(key)) {
                    dropped.add(keyPath, key);
                    continue;
                }
                Object value = plain(property.getValue(), keyPath, dropped);
                if (value != null) {
                    map.put(property.getKey(), value);
                }
            }
            return map.isEmpty() ? null : Collections.unmodifiableMap(map);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            for (JsonNode item : node) {
                Object value = plain(item, path, dropped);
                if (value != null) {
                    list.add(value);
                }
            }
            return list.isEmpty() ? null : Collections.unmodifiableList(list);
        }
        return scalar(node);
    }

    /**
     * A custom field's value, reduced to what a candidate column can hold: a money value {@code {amount, unit}}
     * becomes its amount; a range {@code {min_value, max_value}} its midpoint (as ingest reads a salary range);
     * any other object with a {@code value}, {@code name} or {@code label} that value (e.g. a user field's
     * name); a list of such values a list of texts. An object without any of these is carried as is.
     */
    static Object customValue(JsonNode node, String path, DroppedFields.Collector dropped) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : node) {
                Object value = customValue(item, path, dropped);
                if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                    items.add(value.toString());
                } else if (value != null) {
                    return plain(node, path, dropped);
                }
            }
            return items.isEmpty() ? null : List.copyOf(items);
        }
        if (!node.isObject()) {
            return scalar(node);
        }
        if (Json.field(node, "amount") != null) {
            return customValue(node.get("amount"), path, dropped);
        }
        if (Json.field(node, "min_value") != null || Json.field(node, "max_value") != null) {
            return midpoint(Json.field(node, "min_value"), Json.field(node, "max_value"));
        }
        for (String key : List.of("value", "name", "label")) {
            if (Json.field(node, key) != null) {
                return customValue(node.get(key), path, dropped);
            }
        }
        return plain(node, path, dropped);
    }

    /**
     * The midpoint of a range whose ends may be numbers or numeric strings ("10000.0"). One end alone is that
     * end; ends that are not numbers are passed on as the text "min-max", for the reader to judge. An end that is an
     * object or a list bounds nothing and counts as absent; with no end left, there is nothing to carry.
     */
    private static Object midpoint(JsonNode min, JsonNode max) {
        JsonNode lowEnd = min == null || min.isContainer() ? null : min;
        JsonNode highEnd = max == null || max.isContainer() ? null : max;
        BigDecimal low = decimal(lowEnd);
        BigDecimal high = decimal(highEnd);
        if (lowEnd != null && highEnd != null) {
            if (low == null || high == null) {
                return lowEnd.asString().strip() + "-" + highEnd.asString().strip();
            }
            return number(low.add(high).divide(BigDecimal.valueOf(2)));
        }
        JsonNode only = lowEnd != null ? lowEnd : highEnd;
        if (only == null) {
            return null;
        }
        BigDecimal end = low != null ? low : high;
        return end != null ? number(end) : scalar(only);
    }

    /**
     * A range end as a number, or null. An exponent beyond {@link #MAX_EXPONENT} either way is not taken as a
     * number: exact arithmetic on 1e999999999 needs a billion digits, and no salary is anywhere near it.
     */
    private static BigDecimal decimal(JsonNode node) {
        if (node == null || node.isContainer()) {
            return null;
        }
        BigDecimal value;
        if (node.isNumber()) {
            value = node.decimalValue();
        } else {
            try {
                value = new BigDecimal(node.asString().strip().replace(",", ""));
            } catch (NumberFormatException notNumeric) {
                return null;
            }
        }
        return Math.abs((long) value.scale()) > MAX_EXPONENT ? null : value;
    }

    /** A whole number as a Long (so it serialises as 170000, not 1.7E+5), otherwise a plain decimal. */
    private static Number number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
            return stripped.longValueExact();
        }
        return stripped.scale() <= 0 ? stripped.setScale(0) : stripped;
    }

    private static Object scalar(JsonNode node) {
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isString()) {
            String text = node.stringValue();
            return text.isBlank() ? null : text;
        }
        return null;
    }
}
