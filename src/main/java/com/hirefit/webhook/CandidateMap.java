package com.hirefit.webhook;

import com.hirefit.ingest.Column;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds an {@link AtsEvent#candidate()} map keyed by HireFit's canonical columns. Values go in as the ATS
 * gave them (ingest reads and validates them as a file row); a canonical column keeps its first value, except
 * Skills, Highlights, Education and Portfolio, which collect every value into one list. Extra columns keep
 * whatever else the ATS sent under its display name; a name already taken gets " (2)", " (3)"... Skills given
 * as text are split into a list as ingest splits a cell, so they can join the tags. A key that
 * names a protected attribute or contact details is never stored: it is listed by name in {@link #dropped()}.
 */
final class CandidateMap {

    /** Lists split like ingest's cells: on ';' when there is one, otherwise on ',', and on line breaks. */
    private static final Pattern SEMICOLON = Pattern.compile("\\s*;\\s*");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    private static final List<String> LIST_COLUMNS = List.of(Column.SKILLS.label(), Column.HIGHLIGHTS.label(), Column.EDUCATION.label(),
            Column.PORTFOLIO.label());

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, List<String>> lists = new LinkedHashMap<>();
    private final Map<String, Object> extras = new LinkedHashMap<>();
    private final DroppedFields.Collector dropped = new DroppedFields.Collector();

    /** Sets a canonical column (or adds to a list column); nothing happens for a null or blank value. */
    CandidateMap put(String column, Object value) {
        if (isEmpty(value)) {
            return this;
        }
        if (ExcludedKeys.excluded(column)) {
            dropped.add(column, column);
            return this;
        }
        if (LIST_COLUMNS.contains(column)) {
            List<String> list = lists.computeIfAbsent(column, c -> new ArrayList<>());
            boolean split = column.equals(Column.SKILLS.label());
            for (Object item : value instanceof Collection<?> items ? items : List.of(value)) {
                if (!isEmpty(item)) {
                    list.addAll(split ? split(item.toString()) : List.of(item.toString().strip()));
                }
            }
        } else {
            values.putIfAbsent(column, value);
        }
        return this;
    }

    /** Keeps a value the mapping has no column for, under the ATS's own name for it. */
    CandidateMap extra(String name, Object value) {
        if (name == null || name.isBlank() || isEmpty(value)) {
            return this;
        }
        if (ExcludedKeys.excluded(name)) {
            dropped.add(name, name);
            return this;
        }
        String unique = name.strip();
        for (int n = 2; extras.containsKey(unique); n++) {
            unique = name.strip() + " (" + n + ")";
        }
        extras.put(unique, value);
        return this;
    }

    /** Where the fields left out unread are listed, by name. */
    DroppedFields.Collector collector() {
        return dropped;
    }

    DroppedFields dropped() {
        return dropped.build();
    }

    Map<String, Object> build() {
        Map<String, Object> map = new LinkedHashMap<>(values);
        lists.forEach((column, list) -> {
            List<String> distinct = list.stream().filter(item -> !item.isEmpty()).distinct().toList();
            if (!distinct.isEmpty()) {
                map.put(column, distinct);
            }
        });
        extras.forEach((name, value) -> {
            String unique = name;
            for (int n = 2; map.containsKey(unique); n++) {
                unique = name + " (" + n + ")";
            }
            map.put(unique, value);
        });
        return Collections.unmodifiableMap(map);
    }

    private static List<String> split(String text) {
        Pattern separator = text.contains(";") ? SEMICOLON : COMMA;
        List<String> items = new ArrayList<>();
        for (String line : LINE_BREAK.split(text.strip())) {
            for (String item : separator.split(line)) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return items;
    }

    private static boolean isEmpty(Object value) {
        return value == null
                || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> items && items.isEmpty()
                || value instanceof Map<?, ?> map && map.isEmpty();
    }
}
