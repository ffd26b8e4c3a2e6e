package com.hirefit.ingest;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Where a spreadsheet reader (CSV, xlsx) hands a table: which column is what, then every data row. A resume file's rows
 * become candidates ({@link RowMapper}); a self-identification file's become answers ({@link SelfIdRows}). The readers,
 * with every guard they have against hostile files, are the same for both.
 */
interface Rows {
    /**
     * What each header is, in order.
     *
     * @throws IngestException when the headers lack a column this kind of table needs
     */
    default List<Columns.Slot> slots(List<String> headers, IntFunction<String> unnamed) throws IngestException {
        return Columns.slots(headers, unnamed);
    }

    /** One data row's cells, sorted by column. */
    void map(RawRow raw);

    /** A row the reader itself could not make sense of. */
    void reject(int row, String column, String message);

    /** The reader's estimate of the data rows ahead. */
    void expect(int dataRows);
}
