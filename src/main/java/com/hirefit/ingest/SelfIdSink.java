package com.hirefit.ingest;

import com.hirefit.candidate.SelfIdentification;

/** Receives every row of a self-identification file, in order: an answer, or an error naming the row and column. */
public interface SelfIdSink {
    void accept(SelfIdentification answer);

    void reject(RowError error);
}
