package com.hirefit.web;

import jakarta.validation.constraints.Size;
import com.hirefit.fairness.CandidateNotice;
import com.hirefit.fairness.Doc;
import com.hirefit.job.Job;
import com.hirefit.job.JobDocument;
import com.hirefit.job.JobDocuments;
import com.hirefit.job.JobFileException;
import com.hirefit.job.JobStore;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Jobs: the job context of the job file, plus the ATS job ids each one stands for. */
@RestController
@RequestMapping("/api/jobs")
class JobController {
    private final JobStore jobs;
    private final CandidateNotice notices;

    JobController(JobStore jobs, CandidateNotice notices) {
        this.notices = notices;
        this.jobs = jobs;
    }

    @PutMapping("/{jobId}")
    ResponseEntity<JobDocument> put(@PathVariable @Size(max = Job.MAX_ID_LENGTH, message = "at most {max} characters") String jobId, @RequestBody JsonNode body) throws JobFileException {
        JobDocument document = parse(jobId, body);
        boolean created = jobs.put(document);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(document);
    }

    @GetMapping("/{jobId}")
    JobDocument get(@PathVariable @Size(max = Job.MAX_ID_LENGTH, message = "at most {max} characters") String jobId) {
        return jobs.get(jobId).orElseThrow(() -> ApiProblem.notFound("job " + jobId));
    }

    @GetMapping
    List<JobDocument> list() {
        return jobs.list();
    }

    /** The stored job a request names; a missing one is the request's fault (422), naming the field. */
    /** The candidate notice for the job's career page: Markdown, or HTML with {@code format=html}. */
    @GetMapping("/{jobId}/notice")
    ResponseEntity<String> notice(@PathVariable String jobId, @RequestParam(defaultValue = "markdown") String format) {
        Doc doc = Doc.of(format, "How applications are screened");
        String text = notices.write(stored(jobs, jobId), doc);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(doc.mediaType())).body(text);
    }

    static Job stored(JobStore jobs, String jobId) {
        if (jobId.length() > Job.MAX_ID_LENGTH) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "The request is invalid: 1 problem(s).",
                    List.of("jobId: at most " + Job.MAX_ID_LENGTH + " characters"));
        }
        return jobs.get(jobId).orElseThrow(() -> new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "job " + jobId + " not found",
                List.of("jobId: no job " + jobId + "; create it with PUT /api/jobs/" + jobId))).job();
    }

    /** Validates a job body (see {@link JobDocuments#parse}); anything but an object is refused as a whole. */
    static JobDocument parse(String jobId, JsonNode body) throws JobFileException {
        if (body == null || !body.isObject()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "The body must be a job object.");
        }
        return JobDocuments.parse(jobId, (ObjectNode) body);
    }
}
