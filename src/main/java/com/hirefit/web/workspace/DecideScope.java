package com.hirefit.web.workspace;

import com.hirefit.job.JobDocument;
import com.hirefit.job.JobStore;
import com.hirefit.screening.ResultsStore;
import com.hirefit.screening.ScreeningRecord;
import com.hirefit.screening.ScreeningStore;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The results a Decide page works over, as the results pages show them: one completed screening's, or one job's (its
 * id a query parameter, since job ids are free text). Gives the addresses of its results, review and bulk pages.
 */
record DecideScope(ResultsStore.Scope scope, String jobId, String title, String resultsPath) {
    private static final String JOB_RESULTS = "/jobs/results";

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

    /** Finds the scope a Decide page is asked for, and draws the page in it; a 404 page when there is none. */
    @Component
    static class Finder {
        private final ScreeningStore screenings;
        private final JobStore jobs;

        Finder(ScreeningStore screenings, JobStore jobs) {
            this.screenings = screenings;
            this.jobs = jobs;
        }

        /** In a screening's results when {@code screeningId} is given, else in a job's. */
        String find(String screeningId, String jobId, HttpServletResponse response, Model model, Function<DecideScope, String> page) {
            return screeningId != null ? screening(screeningId, response, model, page) : job(jobId, response, model, page);
        }

        /** In one completed screening's results. */
        private String screening(String id, HttpServletResponse response, Model model, Function<DecideScope, String> page) {
            return (Ids.valid(id) ? screenings.get(id) : Optional.<ScreeningRecord>empty())
                    .filter(r -> ScreeningRecord.COMPLETED.equals(r.status()))
                    .map(r -> new DecideScope(ResultsStore.Scope.screening(id), null, "the screening of " + r.fileName(), "/screenings/" + id))
                    .map(page).orElseGet(() -> NotFound.page(response, model, "There is no such screening with results to decide on."));
        }

        /** In one job's results. */
        private String job(String id, HttpServletResponse response, Model model, Function<DecideScope, String> page) {
            return (id == null ? Optional.<JobDocument>empty() : jobs.get(id))
                    .map(d -> new DecideScope(ResultsStore.Scope.job(id), id, d.job().jobTitle() + " (" + id + ")", JOB_RESULTS))
                    .map(page).orElseGet(() -> NotFound.job(response, model));
        }
    }
}
