package com.hirefit.ingest;

/** A row that could not become a candidate: its row number, the column at fault (may be null) and why. */
public record RowError(int row, String column, String message) {
}
