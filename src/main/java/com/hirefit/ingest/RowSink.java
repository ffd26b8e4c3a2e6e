package com.hirefit.ingest;

import com.hirefit.candidate.Candidate;

/** Receives every input row, in input order, either as a candidate or as an error. */
public interface RowSink {
    void accept(Candidate candidate);

    void reject(RowError error);
}
