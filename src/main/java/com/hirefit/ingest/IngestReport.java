package com.hirefit.ingest;

import java.util.List;

/**
 * What a read saw besides the rows: how many data rows, the protected-attribute columns dropped unread (those that
 * only may carry one among them, and also listed as uncertain), and the unknown columns kept as extra text.
 */
public record IngestReport(String file, int rows, List<String> droppedColumns, List<UncertainColumn> uncertainColumns,
                           List<String> extraColumns) {
    public IngestReport {
        droppedColumns = List.copyOf(droppedColumns);
        uncertainColumns = List.copyOf(uncertainColumns);
        extraColumns = List.copyOf(extraColumns);
    }
}
