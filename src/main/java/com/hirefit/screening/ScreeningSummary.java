package com.hirefit.screening;

import java.util.List;

/** Counts and column notes known once the whole input has been read. */
public record ScreeningSummary(String inputFile, int screened, int errors, List<String> droppedColumns,
                               List<String> extraColumns) {
    public ScreeningSummary {
        droppedColumns = List.copyOf(droppedColumns);
        extraColumns = List.copyOf(extraColumns);
    }
}
