package com.hirefit.cli;

import com.hirefit.candidate.Candidate;
import com.hirefit.ingest.RowError;
import com.hirefit.job.Job;
import com.hirefit.screening.CandidateAssessment;
import com.hirefit.screening.JobAssessment;
import com.hirefit.screening.ScreeningSink;
import com.hirefit.screening.ScreeningSummary;
import com.hirefit.vocabulary.Verdict;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Passes a screening on to the report and counts its verdicts, keeping the IDs of the first fits, so the command
 * can say in one line per job how it went. Assessments arrive in input order from one thread at a time.
 */
final class VerdictTally implements ScreeningSink {
    /** Fits named per job; a large file's further fits are counted, not listed. */
    private static final int NAMED_FITS = 10;

    private final ScreeningSink report;
    private final Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    private final List<String> fits = new ArrayList<>();
    private String jobId;

    VerdictTally(ScreeningSink report) {
        this.report = report;
    }

    @Override
    public void begin(Job job, JobAssessment assessment, String rulesVersion) throws IOException {
        jobId = job.jobId();
        report.begin(job, assessment, rulesVersion);
    }

    @Override
    public void candidate(CandidateAssessment assessment) throws IOException {
        count(assessment);
        report.candidate(assessment);
    }

    @Override
    public void assessed(Candidate candidate, CandidateAssessment assessment) throws IOException {
        count(assessment);
        report.assessed(candidate, assessment);
    }

    private void count(CandidateAssessment assessment) {
        counts.merge(assessment.verdict(), 1, Integer::sum);
        if ((assessment.verdict() == Verdict.STRONG_FIT || assessment.verdict() == Verdict.FIT) && fits.size() < NAMED_FITS) {
            fits.add(assessment.candidateId() + " " + assessment.verdict());
        }
    }

    @Override
    public void error(RowError error) throws IOException {
        report.error(error);
    }

    @Override
    public void end(ScreeningSummary summary) throws IOException {
        report.end(summary);
    }

    @Override
    public void close() throws IOException {
        report.close();
    }

    /** {@code JOB-ID: STRONG_FIT 2, FIT 1, REVIEW 8, NOT_FIT 14; fits: C-1 STRONG_FIT, ...} */
    String line() {
        int named = counts.getOrDefault(Verdict.STRONG_FIT, 0) + counts.getOrDefault(Verdict.FIT, 0);
        String tally = java.util.stream.Stream.of(Verdict.STRONG_FIT, Verdict.FIT, Verdict.REVIEW, Verdict.NOT_FIT)
                .map(v -> v + " " + counts.getOrDefault(v, 0)).collect(Collectors.joining(", "));
        String listed = fits.isEmpty() ? "none" : String.join(", ", fits) + (named > fits.size() ? " and " + (named - fits.size()) + " more" : "");
        return jobId + ": " + tally + "; fits: " + listed;
    }
}
