package com.hirefit.webhook;

import com.hirefit.ingest.ProtectedAttributes;
import com.hirefit.ingest.UncertainColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of a delivery its mapping left out unread, by name (never a value), as an upload lists its dropped
 * columns: every field that names a protected attribute, may name one, or is contact details, and apart, those that
 * only may name one with what they may reveal. A nested key is named by its path ({@code basics.image}). At most
 * {@link #MAX_LISTED} names of at most {@link #MAX_NAME} characters each are listed; the list then says how many more.
 */
public record DroppedFields(List<String> fields, List<UncertainColumn> uncertain) {
    static final int MAX_LISTED = 100;
    static final int MAX_NAME = 200;
    static final DroppedFields NONE = new DroppedFields(List.of(), List.of());

    public DroppedFields {
        fields = List.copyOf(fields);
        uncertain = List.copyOf(uncertain);
    }

    /** Collects the names while a payload is mapped. */
    static final class Collector {
        private final Set<String> names = new LinkedHashSet<>();
        private final Map<String, String> uncertain = new LinkedHashMap<>();
        private final Set<String> more = new LinkedHashSet<>();

        /**
         * A field left out: {@code name} is how it is listed, {@code key} the name that was judged (a nested key's own
         * name, or a custom field's key where its display name was not the one at fault).
         */
        void add(String name, String key) {
            String listed = shortened(name == null || name.isBlank() ? "(unnamed)" : name.strip());
            if (names.size() < MAX_LISTED || names.contains(listed)) {
                names.add(listed);
            } else {
                more.add(listed);
            }
            ProtectedAttributes.classify(key).filter(verdict -> !verdict.certain())
                    .filter(verdict -> uncertain.size() < MAX_LISTED)
                    .ifPresent(verdict -> uncertain.putIfAbsent(listed, verdict.reveals()));
        }

        DroppedFields build() {
            List<String> listed = new ArrayList<>(names);
            if (!more.isEmpty()) {
                listed.add("(and " + more.size() + " more)");
            }
            return new DroppedFields(listed, uncertain.entrySet().stream().map(e -> new UncertainColumn(e.getKey(), e.getValue())).toList());
        }

        private static String shortened(String name) {
            // Control characters are no part of a name worth showing, and would need escaping wherever it is shown.
            String plain = name.replaceAll("\\p{Cntrl}", " ");
            if (plain.length() <= MAX_NAME) {
                return plain;
            }
            int cut = MAX_NAME - 1;
            return plain.substring(0, Character.isHighSurrogate(plain.charAt(cut - 1)) ? cut - 1 : cut) + "\u2026";
        }
    }
}
