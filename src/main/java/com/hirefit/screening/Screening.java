package com.hirefit.screening;

import com.hirefit.candidate.Candidate;
import com.hirefit.ingest.IngestException;
import com.hirefit.ingest.IngestReport;
import com.hirefit.ingest.RowError;
import com.hirefit.ingest.RowSink;
import com.hirefit.job.Job;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One screening: the job assessed once, then every input row streamed from the reader to the sink as an
 * assessment or an error, in input order. A candidate the rules cannot assess becomes an error on its row,
 * so every row ends up in one place or the other.
 */
public final class Screening {

    /** Reads candidates into a row sink (an ingest reader bound to its input). */
    @FunctionalInterface
    public interface CandidateInput {
        IngestReport read(RowSink sink) throws IngestException, IOException;
    }

    private Screening() {
    }

    public static ScreeningSummary run(Assessor assessor, Job job, CandidateInput input, ScreeningSink sink)
            throws IngestException, IOException {
        Assessor.JobRun jobRun = assessor.assessJob(job);
        sink.begin(job, jobRun.assessment(), assessor.rules().version());
        int[] counts = new int[2];
        IngestReport report;
        try {
            report = input.read(new RowSink() {
                @Override
                public void accept(Candidate candidate) {
                    try {
                        CandidateAssessment assessment;
                        try {
                            assessment = assessor.assess(candidate, jobRun);
                        } catch (RuntimeException e) {
                            reject(new RowError(candidate.row(), null, "the rules could not assess this candidate: " + e.getMessage()));
                            return;
                        }
                        sink.assessed(candidate, assessment);
                        counts[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void reject(RowError error) {
                    try {
                        sink.error(error);
                        counts[1]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        ScreeningSummary summary = new ScreeningSummary(report.file(), counts[0], counts[1], report.droppedColumns(),
                report.extraColumns());
        sink.end(summary);
        return summary;
    }
}
