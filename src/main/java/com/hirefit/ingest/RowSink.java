package com.hirefit.ingest;

import com.hirefit.candidate.Candidate;

/** Receives every input row, in input order, either as a candidate or as an error. */
public interface RowSink {
    void accept(Candidate candidate);

    void reject(RowError error);

    /**
     * How many data rows the input holds, as far as the reader can tell before reading them (a workbook's
     * dimension, a count of a file's records): an estimate for showing progress, told at most once, never relied on.
     */
    default void expect(int dataRows) {
    }
}
