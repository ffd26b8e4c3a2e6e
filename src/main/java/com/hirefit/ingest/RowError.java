package com.hirefit.ingest;

/**
 * A row that could not become a candidate: its row number, the column at fault (may be null) and why. The column
 * name and the message are kept within {@link #MAX_COLUMN_LENGTH} and {@link #MAX_MESSAGE_LENGTH} characters, so
 * every row error fits the store (screening_error) whatever the file's headers hold.
 */
public record RowError(int row, String column, String message) {
    public static final int MAX_COLUMN_LENGTH = 200;
    public static final int MAX_MESSAGE_LENGTH = 2_000;

    public RowError {
        column = column == null ? null : Values.shortened(column, MAX_COLUMN_LENGTH);
        message = Values.shortened(message, MAX_MESSAGE_LENGTH);
    }
}
