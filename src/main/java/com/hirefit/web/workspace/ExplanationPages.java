package com.hirefit.web.workspace;

import com.hirefit.fairness.CandidateNotice;
import com.hirefit.fairness.Doc;
import com.hirefit.job.JobStore;
import com.hirefit.fairness.Explanations;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What candidates read: an explanation of their assessment, for the recruiter to send, and a job's notice for its career
 * page. HTML to read and print, or Markdown to paste.
 */
@Controller
class ExplanationPages {
    private final Explanations explanations;
    private final CandidateNotice notices;
    private final JobStore jobs;

    ExplanationPages(Explanations explanations, CandidateNotice notices, JobStore jobs) {
        this.explanations = explanations;
        this.notices = notices;
        this.jobs = jobs;
    }

    @GetMapping("/jobs/notice")
    ResponseEntity<String> notice(@RequestParam(defaultValue = "") String id, @RequestParam(defaultValue = "html") String format) {
        Doc doc = Doc.of(format, "How applications are screened");
        return jobs.get(id).map(found -> ResponseEntity.ok().contentType(MediaType.parseMediaType(doc.mediaType()))
                        .body(notices.write(found.job(), doc)))
                .orElse(ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("There is no such job."));
    }

    @GetMapping("/candidates/{id}/explanation")
    ResponseEntity<String> explanation(@PathVariable String id, @RequestParam(defaultValue = "html") String format) {
        Doc doc = Doc.of(format, "How your application was assessed");
        return (Ids.valid(id) ? explanations.explain(id, doc) : java.util.Optional.<String>empty())
                .map(text -> ResponseEntity.ok().contentType(MediaType.parseMediaType(doc.mediaType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"explanation." + ("html".equals(format) ? "html" : "md") + "\"")
                        .body(text))
                .orElse(ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("There is no such assessment."));
    }
}
