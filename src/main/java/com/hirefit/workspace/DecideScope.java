package com.hirefit.workspace;

import com.hirefit.job.JobStore;
import com.hirefit.screening.ResultsStore;
import com.hirefit.screening.ScreeningRecord;
import com.hirefit.screening.ScreeningStore;
import java.util.Optional;

/**
 * The results a Decide page works over, as the results pages show them: one completed screening's, or one job's (its
 * id a query parameter, since job ids are free text). Gives the addresses of its results, review and bulk pages.
 */
record DecideScope(ResultsStore.Scope scope, String jobId, String title, String resultsPath) {
    private static final String JOB_RESULTS = "/jobs/results";

    static Optional<DecideScope> screening(String id, ScreeningStore screenings) {
        return (Ids.valid(id) ? screenings.get(id) : Optional.<ScreeningRecord>empty())
                .filter(r -> ScreeningRecord.COMPLETED.equals(r.status()))
                .map(r -> new DecideScope(ResultsStore.Scope.screening(id), null, "the screening of " + r.fileName(), "/screenings/" + id));
    }

    static Optional<DecideScope> job(String id, JobStore jobs) {
        return (id == null ? Optional.<com.hirefit.job.JobDocument>empty() : jobs.get(id))
                .map(d -> new DecideScope(ResultsStore.Scope.job(id), id, d.job().jobTitle() + " (" + id + ")", JOB_RESULTS));
    }

    /** The scope of a results table, from its links: a job's when they carry a job id, else the screening's path. */
    static String base(TableLinks links) {
        return links.jobId() != null ? "/jobs" : links.path();
    }

    String reviewPath() {
        return (jobId != null ? "/jobs" : resultsPath) + "/review";
    }

    String bulkPath() {
        return (jobId != null ? "/jobs" : resultsPath) + "/bulk";
    }

    /** The table's links for a filter, on one of this scope's pages. */
    TableLinks links(String path, ResultsStore.Filter filter) {
        return new TableLinks(path, jobId, filter);
    }

    /** What the scope is missing as words, for a 404 page. */
    static String missing(String what, String id) {
        return "There is no " + what + " " + id + " with results to decide on.";
    }
}
