package com.hirefit.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a scenario expects of one assessment (the job's or a candidate's): single values by key (a verdict, a
 * role, {@code none} for an expected absence) and sets of codes by key. Keys left out are not checked.
 */
public record Expectations(Map<String, String> values, Map<String, CodeSet> sets) {
    /** The value of a single-valued key that is absent (no recommended role, no seniority). */
    public static final String NONE = "none";
    public static final Expectations NOTHING = new Expectations(Map.of(), Map.of());

    public Expectations {
        values = new LinkedHashMap<>(values);
        sets = new LinkedHashMap<>(sets);
    }

    /**
     * An expectation on a set of codes: {@code exactly} (a plain list in the file) when given, otherwise codes
     * that must be there ({@code include}) and codes that must not ({@code exclude}).
     */
    public record CodeSet(List<String> exactly, List<String> include, List<String> exclude) {
        public static CodeSet exact(List<String> codes) {
            return new CodeSet(List.copyOf(codes), null, null);
        }

        public static CodeSet of(List<String> include, List<String> exclude) {
            return new CodeSet(null, List.copyOf(include), List.copyOf(exclude));
        }

        /** The difference as text ({@code missing A; unexpected B (actual: [...])}), or null when it holds. */
        String diff(List<String> actual) {
            Set<String> have = new LinkedHashSet<>(actual);
            List<String> missing = new ArrayList<>();
            List<String> unexpected = new ArrayList<>();
            if (exactly != null) {
                exactly.stream().filter(code -> !have.contains(code)).distinct().forEach(missing::add);
                have.stream().filter(code -> !exactly.contains(code)).forEach(unexpected::add);
            } else {
                include.stream().filter(code -> !have.contains(code)).distinct().forEach(missing::add);
                exclude.stream().filter(have::contains).distinct().forEach(unexpected::add);
            }
            if (missing.isEmpty() && unexpected.isEmpty()) {
                return null;
            }
            List<String> parts = new ArrayList<>();
            if (!missing.isEmpty()) {
                parts.add("missing " + String.join(", ", missing));
            }
            if (!unexpected.isEmpty()) {
                parts.add("unexpected " + String.join(", ", unexpected));
            }
            return String.join("; ", parts) + " (actual: " + List.copyOf(have) + ")";
        }
    }

    /**
     * What one assessment concluded, in the same keys. A null value is shown and compared as {@code none};
     * {@code why} may say, by key, what produced a value (the verdict's rules), shown when it was not expected.
     */
    public record Actual(Map<String, String> values, Map<String, List<String>> sets, Map<String, String> why) {
    }

    /** Every expectation that does not hold, as {@code key: difference}: single values first, then sets. */
    public List<String> check(Actual actual) {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> value : values.entrySet()) {
            String was = actual.values().get(value.getKey());
            was = was == null ? NONE : was;
            if (!was.equals(value.getValue())) {
                String why = actual.why().get(value.getKey());
                failures.add(value.getKey() + ": expected " + value.getValue() + ", was " + was
                        + (why == null ? "" : " (" + why + ")"));
            }
        }
        for (Map.Entry<String, CodeSet> set : sets.entrySet()) {
            String diff = set.getValue().diff(actual.sets().getOrDefault(set.getKey(), List.of()));
            if (diff != null) {
                failures.add(set.getKey() + ": " + diff);
            }
        }
        return failures;
    }
}
