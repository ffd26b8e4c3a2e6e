package com.hirefit.web.workspace;

import com.hirefit.job.JobDocument;
import com.hirefit.job.JobStore;
import com.hirefit.report.ResultFile;
import com.hirefit.report.XlsxReport;
import com.hirefit.rules.Vocabulary;
import com.hirefit.rules.service.CurrentRules;
import com.hirefit.screening.LiveScreenings;
import com.hirefit.screening.ResultsStore;
import com.hirefit.screening.ScreeningRecord;
import com.hirefit.screening.ScreeningService;
import com.hirefit.screening.ScreeningStore;
import com.hirefit.vocabulary.Role;
import com.hirefit.vocabulary.Verdict;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Results: one screening's (its summary, what was dropped or could not be read, a chart, the table, downloads) and
 * one job's across its uploads and webhook deliveries. The table is filtered, sorted and paged by the database
 * ({@link ResultsStore}); htmx redraws just the table as the filters change, and the address keeps them, so a
 * filtered view can be bookmarked or reloaded.
 */
@Controller
class ResultsPages {
    static final int PAGE_SIZE = 25;
    static final int ERRORS_SHOWN = 100;
    /** A search longer than any name or Candidate ID kept finds nothing more. */
    static final int MAX_SEARCH = 1_000;
    private final ScreeningStore screenings;
    private final ResultsStore results;
    private final ScreeningService screening;
    private final LiveScreenings live;
    private final JobStore jobs;
    private final CurrentRules rules;

    ResultsPages(ScreeningStore screenings, ResultsStore results, ScreeningService screening, LiveScreenings live, JobStore jobs,
                 CurrentRules rules) {
        this.screenings = screenings;
        this.results = results;
        this.screening = screening;
        this.live = live;
        this.jobs = jobs;
        this.rules = rules;
    }

    /** The table's query parameters, as the filter form sends them. */
    record TableQuery(String verdict, String role, String flag, String risk, String q, String sort, String dir, Integer page) {
        ResultsStore.Filter filter(Vocabulary vocabulary) {
            String verdictName = known(verdict, names(Verdict.values()));
            String search = q == null || q.isBlank() ? null : q.strip();
            return new ResultsStore.Filter(verdictName == null ? null : Verdict.valueOf(verdictName),
                    known(role, concat(names(Role.values()), List.of(ResultsStore.Filter.NO_ROLE))),
                    known(flag, concat(vocabulary.codes("greenFlags"), vocabulary.codes("yellowFlags"))),
                    known(risk, vocabulary.codes("failureRisks")),
                    search == null ? null : search.substring(0, Math.min(search.length(), MAX_SEARCH)),
                    order(), "desc".equals(dir), page == null || page < 0 ? 0 : page, PAGE_SIZE);
        }

        ResultsStore.Sort order() {
            return Arrays.stream(ResultsStore.Sort.values()).filter(s -> s.name().equalsIgnoreCase(sort)).findFirst()
                    .orElse(ResultsStore.Sort.INPUT);
        }

        private static String known(String value, List<String> allowed) {
            return value != null && allowed.contains(value) ? value : null;
        }

        private static List<String> names(Enum<?>[] values) {
            return Arrays.stream(values).map(Enum::name).toList();
        }

        private static List<String> concat(List<String> a, List<String> b) {
            return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
        }
    }

    @GetMapping("/screenings/{id}")
    String screening(@PathVariable String id, TableQuery query, @RequestHeader(name = "HX-Request", required = false) String htmx,
                     Model model, HttpServletResponse response) {
        Optional<ScreeningRecord> record = Ids.valid(id) ? screenings.get(id) : Optional.empty();
        if (record.isEmpty()) {
            return NotFound.page(response, model, "There is no such screening.");
        }
        ScreeningRecord r = record.get();
        model.addAttribute("record", r);
        model.addAttribute("errors", screenings.errors(id, ERRORS_SHOWN));
        model.addAttribute("errorsShown", ERRORS_SHOWN);
        if (ScreeningRecord.RUNNING.equals(r.status())) {
            ScreeningPages.progress(r, live, model);
            return "screenings/screening";
        }
        if (ScreeningRecord.FAILED.equals(r.status())) {
            return "screenings/screening";
        }
        return table(ResultsStore.Scope.screening(id), "/screenings/" + id, null, query, htmx, model, "screenings/screening");
    }

    @GetMapping("/jobs/results")
    String job(@RequestParam String id, TableQuery query, @RequestHeader(name = "HX-Request", required = false) String htmx,
               Model model, HttpServletResponse response) {
        Optional<JobDocument> job = jobs.get(id);
        if (job.isEmpty()) {
            return NotFound.job(response, model);
        }
        model.addAttribute("job", job.get().job());
        return table(ResultsStore.Scope.job(id), "/jobs/results", id, query, htmx, model, "screenings/job-results");
    }

    private String table(ResultsStore.Scope scope, String path, String jobId, TableQuery query, String htmx, Model model, String page) {
        Vocabulary vocabulary = rules.get().vocabulary();
        ResultsStore.Filter filter = query.filter(vocabulary);
        model.addAttribute("results", results.page(scope, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("links", new TableLinks(path, jobId, filter));
        model.addAttribute("perJob", scope.jobId() != null);
        model.addAttribute("codes", new FilterCodes(vocabulary));
        model.addAttribute("partial", htmx != null);
        if (htmx != null) {
            return "screenings/results :: resultsTable";
        }
        model.addAttribute("counts", results.counts(scope));
        return page;
    }

    /** The codes the filters offer, from the vocabulary the rules use. */
    record FilterCodes(List<String> verdicts, List<String> roles, List<String> flags, List<String> risks) {
        FilterCodes(Vocabulary vocabulary) {
            this(com.hirefit.screening.ResultIndex.DISPLAY_ORDER.stream().map(Enum::name).toList(),
                    Arrays.stream(Role.values()).map(Enum::name).toList(),
                    TableQuery.concat(vocabulary.codes("greenFlags"), vocabulary.codes("yellowFlags")),
                    vocabulary.codes("failureRisks"));
        }
    }

    /** A screening's results.xlsx or results.csv; {@code ?trace=full} puts every fired rule on the workbook's Explanations sheet. */
    @GetMapping("/screenings/{id}/results.{format:xlsx|csv}")
    ResponseEntity<StreamingResponseBody> download(@PathVariable String id, @PathVariable String format,
                                                   @RequestParam(defaultValue = "conclusions") String trace) {
        ResultFile file = ResultFile.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        Optional<ScreeningRecord> record = Ids.valid(id) ? screenings.get(id) : Optional.empty();
        if (record.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such screening.");
        }
        if (!ScreeningRecord.COMPLETED.equals(record.get().status())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "This screening has no results yet: download them once it has ended.");
        }
        return attachment(file, file.fileName(id), out -> screening.replay(id, file.writer(out, detail(trace))));
    }

    /** Every result of a job, from its uploads and webhook deliveries, newest first: the rows of its results table. */
    @GetMapping("/jobs/results.{format:xlsx|csv}")
    ResponseEntity<StreamingResponseBody> jobDownload(@RequestParam String id, @PathVariable String format,
                                                      @RequestParam(defaultValue = "conclusions") String trace) {
        ResultFile file = ResultFile.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        Optional<JobDocument> job = jobs.get(id);
        if (job.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such job: it may have been renamed, or the address mistyped.");
        }
        return attachment(file, file.jobFileName(id), out -> screening.replayJob(job.get().job(), file.writer(out, detail(trace))));
    }

    /** What the workbook's Explanations sheet holds: every fired rule for {@code full}, otherwise the conclusions. */
    private static XlsxReport.Detail detail(String trace) {
        return "full".equals(trace) ? XlsxReport.Detail.FULL : XlsxReport.Detail.CONCLUSIONS;
    }

    private static ResponseEntity<StreamingResponseBody> attachment(ResultFile file, String name, StreamingResponseBody body) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

}
