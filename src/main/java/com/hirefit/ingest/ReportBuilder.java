package com.hirefit.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the dropped and extra column names of one read, in first-seen order, without repeats. Each list names at
 * most {@link #MAX_LISTED} columns, each cut to {@link RowError#MAX_COLUMN_LENGTH} characters, then says how many
 * more there were: a file can have thousands of columns (or JSON keys), and the lists are stored with the screening.
 * The uncertain columns (at most {@link #MAX_LISTED} too) are the dropped ones that only may carry a protected
 * attribute, listed apart so that they are named even when the dropped list is full.
 */
final class ReportBuilder {
    static final int MAX_LISTED = 100;
    private final String file;
    private final Set<String> dropped = new LinkedHashSet<>();
    private final Map<String, String> uncertain = new LinkedHashMap<>();
    private final Set<String> extra = new LinkedHashSet<>();
    /** Names met after a list was full: counted, not listed. */
    private final Set<String> moreDropped = new HashSet<>();
    private final Set<String> moreExtra = new HashSet<>();

    ReportBuilder(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    /** A column dropped unread; one that only may carry a protected attribute is also listed as uncertain. */
    void dropped(String column, ProtectedAttributes.Verdict verdict) {
        String name = add(dropped, moreDropped, column);
        if (!verdict.certain() && (uncertain.size() < MAX_LISTED || uncertain.containsKey(name))) {
            uncertain.putIfAbsent(name, verdict.reveals());
        }
    }

    void extra(String column) {
        add(extra, moreExtra, column);
    }

    /** Lists the column (shortened) while the list has room, else counts it; returns the name as shortened. */
    private static String add(Set<String> listed, Set<String> more, String column) {
        String name = Values.shortened(column, RowError.MAX_COLUMN_LENGTH);
        if (listed.size() < MAX_LISTED || listed.contains(name)) {
            listed.add(name);
        } else {
            more.add(name);
        }
        return name;
    }

    IngestReport build(int rows) {
        return new IngestReport(file, rows, listed(dropped, moreDropped),
                uncertain.entrySet().stream().map(e -> new UncertainColumn(e.getKey(), e.getValue())).toList(),
                listed(extra, moreExtra));
    }

    private static List<String> listed(Set<String> names, Set<String> more) {
        List<String> listed = new ArrayList<>(names);
        if (!more.isEmpty()) {
            listed.add("(and " + more.size() + " more)");
        }
        return listed;
    }
}
