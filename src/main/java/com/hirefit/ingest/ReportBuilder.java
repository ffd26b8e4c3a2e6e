package com.hirefit.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

/** Collects the dropped and extra column names of one read, in first-seen order, without repeats. */
final class ReportBuilder {
    private final String file;
    private final Set<String> dropped = new LinkedHashSet<>();
    private final Set<String> extra = new LinkedHashSet<>();

    ReportBuilder(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void dropped(String column) {
        dropped.add(column);
    }

    void extra(String column) {
        extra.add(column);
    }

    IngestReport build(int rows) {
        return new IngestReport(file, rows, new ArrayList<>(dropped), new ArrayList<>(extra));
    }
}
