/**
 * Reading resume files into {@link com.hirefit.candidate.Candidate} records.
 *
 * <p>{@link com.hirefit.ingest.CandidateFiles} is the entry point: it picks a reader by file extension
 * (.csv, .xlsx, .json) and hands every data row to a {@link com.hirefit.ingest.RowSink}, either as a candidate
 * or as a {@link com.hirefit.ingest.RowError}. The readers only turn their format into raw rows; the column
 * rules (aliases, protected attributes dropped unread, unknown columns kept as extra) live in {@code Columns},
 * and the validation of values, shared by every format, in {@code RowMapper} and {@code Values}.
 */
package com.hirefit.ingest;
