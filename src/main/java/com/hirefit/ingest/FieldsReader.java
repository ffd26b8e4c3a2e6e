package com.hirefit.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One candidate given as fields already mapped (a webhook's candidate): keys are headers, read by the same rules as a
 * file's (a {@link Column} label, an alias, an extra column's name; a protected key is dropped unread), values are
 * plain Java values as a JSON object would hold them (text, numbers, booleans, lists, and for extra columns maps).
 */
final class FieldsReader {

    private FieldsReader() {
    }

    static RawRow row(Map<String, ?> fields, ReportBuilder report) {
        RawRow raw = new RawRow(1);
        List<String> keys = new ArrayList<>(fields.keySet());
        List<Columns.Slot> slots = Columns.slots(keys, index -> "(unnamed)");
        for (int i = 0; i < slots.size(); i++) {
            Object value = fields.get(keys.get(i));
            Columns.Slot slot = slots.get(i);
            if (slot instanceof Columns.Dropped dropped) {
                report.dropped(keys.get(i), dropped.verdict());
            } else if (slot instanceof Columns.Mapped mapped) {
                raw.put(mapped.field(), value(value));
            } else if (slot instanceof Columns.Extra extra) {
                extra(extra.name(), value, raw, report);
            } else if (slot instanceof Columns.Unnamed unnamed) {
                extra(unnamed.name(), value, raw, report);
            }
        }
        return raw;
    }

    /** An extra value: a map is flattened to "key.inner" (its protected keys dropped), a list of maps to "key[i]". */
    private static void extra(String path, Object value, RawRow raw, ReportBuilder report) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> {
                String name = path + "." + key;
                var verdict = ProtectedAttributes.classify(String.valueOf(key));
                if (verdict.isPresent()) {
                    report.dropped(name, verdict.get());
                } else {
                    extra(name, inner, raw, report);
                }
            });
        } else if (value instanceof Collection<?> items && !scalars(items)) {
            int i = 0;
            for (Object item : items) {
                extra(path + "[" + i++ + "]", item, raw, report);
            }
        } else {
            Value cell = value(value);
            if (cell != null && !cell.isBlank()) {
                report.extra(path);
                raw.putExtra(path, cell);
            }
        }
    }

    /** A value as a cell, as {@link JsonCandidateReader#value} reads the same value in JSON. */
    private static Value value(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return new Value.Num(number.doubleValue(), text(number));
        }
        if (value instanceof Collection<?> items) {
            return scalars(items) ? new Value.Items(items.stream().filter(item -> item != null).map(FieldsReader::scalar).toList())
                    : new Value.WrongType("an array of objects");
        }
        return value instanceof Map<?, ?> ? new Value.WrongType("an object") : new Value.Text(value.toString());
    }

    /** A decimal as JSON would write it and the reader read it back (BigDecimal), a whole number as written. */
    private static String text(Number number) {
        return number instanceof BigDecimal || number instanceof Double || number instanceof Float
                ? new BigDecimal(number.toString()).toString() : number.toString();
    }

    private static String scalar(Object item) {
        return item instanceof Number number ? text(number) : item.toString();
    }

    private static boolean scalars(Collection<?> items) {
        return items.stream().noneMatch(item -> item instanceof Map<?, ?> || item instanceof Collection<?>);
    }
}
