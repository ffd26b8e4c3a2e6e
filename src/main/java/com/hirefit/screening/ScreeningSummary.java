package com.hirefit.screening;

import com.hirefit.ingest.UncertainColumn;
import java.util.List;

/**
 * Counts and column notes known once the whole input has been read: the protected columns dropped unread (those that
 * only may carry a protected attribute are also listed as uncertain, with what they may reveal) and the extra ones.
 */
public record ScreeningSummary(String inputFile, int screened, int errors, List<String> droppedColumns,
                               List<UncertainColumn> uncertainColumns, List<String> extraColumns) {
    public ScreeningSummary {
        droppedColumns = List.copyOf(droppedColumns);
        uncertainColumns = List.copyOf(uncertainColumns);
        extraColumns = List.copyOf(extraColumns);
    }
}
