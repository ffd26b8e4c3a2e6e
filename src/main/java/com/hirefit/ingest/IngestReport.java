package com.hirefit.ingest;

import java.util.List;

/**
 * What a read saw besides the rows: how many data rows, the protected-attribute columns dropped
 * unread, and the unknown columns kept as extra text.
 */
public record IngestReport(String file, int rows, List<String> droppedColumns, List<String> extraColumns) {
    public IngestReport {
        droppedColumns = List.copyOf(droppedColumns);
        extraColumns = List.copyOf(extraColumns);
    }
}
