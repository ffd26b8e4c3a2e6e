package com.hirefit.screening;

import com.hirefit.candidate.Candidate;
import com.hirefit.ingest.RowError;
import com.hirefit.job.Job;
import java.io.IOException;

/**
 * Where a screening's results go, as they are produced: the job first, then candidates and errors
 * interleaved in input order, then the summary. Implementations stream, so a large input never has to
 * be held whole in memory.
 */
public interface ScreeningSink extends AutoCloseable {
    void begin(Job job, JobAssessment assessment, String rulesVersion) throws IOException;

    void candidate(CandidateAssessment assessment) throws IOException;

    /** A candidate with its assessment. Sinks that need the input itself (to store it) override this. */
    default void assessed(Candidate candidate, CandidateAssessment assessment) throws IOException {
        candidate(assessment);
    }

    void error(RowError error) throws IOException;

    void end(ScreeningSummary summary) throws IOException;

    @Override
    void close() throws IOException;
}
