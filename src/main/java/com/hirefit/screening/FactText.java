package com.hirefit.screening;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Renders rule facts for a trace. Facts are records; {@link #compact} writes them like a record's
 * {@code toString} ({@code Evidence[tag=RAG, term=rag, ...]}) but leaves out null components, lists a set's
 * elements in a stable (sorted) order, and can leave out a {@code rule} component naming the rule the
 * reader is already looking at. Anything else is written with its {@code toString}.
 */
public final class FactText {

    private FactText() {
    }

    /** The fact in compact form. */
    public static String compact(Object fact) {
        return compact(fact, null);
    }

    /** The fact in compact form, without a {@code rule} component equal to {@code currentRule}. */
    public static String compact(Object fact, String currentRule) {
        if (fact == null) {
            return "null";
        }
        Map<String, Object> fields = components(fact);
        if (fields == null) {
            return fact.toString();
        }
        StringJoiner text = new StringJoiner(", ", fact.getClass().getSimpleName() + "[", "]");
        fields.forEach((name, value) -> {
            if (value != null && !(name.equals("rule") && value.equals(currentRule))) {
                text.add(name + "=" + value(value));
            }
        });
        return text.toString();
    }

    /** The fact's type name: the record's simple class name. */
    public static String type(Object fact) {
        return fact == null ? "null" : fact.getClass().getSimpleName();
    }

    /**
     * The fact's components by name, in declaration order (nulls kept, sets as sorted lists), for JSON; null
     * when the fact is not a record.
     */
    public static Map<String, Object> fields(Object fact) {
        Map<String, Object> fields = components(fact);
        if (fields == null) {
            return null;
        }
        fields.replaceAll((name, value) -> value instanceof Set<?> set ? sorted(set) : value);
        return fields;
    }

    private static Map<String, Object> components(Object fact) {
        if (fact == null || !fact.getClass().isRecord()) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        try {
            for (RecordComponent component : fact.getClass().getRecordComponents()) {
                fields.put(component.getName(), component.getAccessor().invoke(fact));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
        return fields;
    }

    private static String value(Object value) {
        return value instanceof Set<?> set ? sorted(set).toString() : String.valueOf(value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Object> sorted(Collection<?> items) {
        List<Object> list = new ArrayList<>(items);
        if (list.stream().allMatch(item -> item instanceof Comparable) && list.stream().map(Object::getClass).distinct().count() <= 1) {
            list.sort((a, b) -> ((Comparable) a).compareTo(b));
        } else {
            list.sort((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
        }
        return list;
    }
}
