package com.hirefit.web;

import jakarta.validation.constraints.Size;
import com.hirefit.job.Job;
import com.hirefit.job.JobDocument;
import com.hirefit.job.JobFileException;
import com.hirefit.job.JobFiles;
import com.hirefit.job.JobStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
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

    JobController(JobStore jobs) {
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
    static Job stored(JobStore jobs, String jobId) {
        if (jobId.length() > Job.MAX_ID_LENGTH) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "The request is invalid: 1 problem(s).",
                    List.of("jobId: at most " + Job.MAX_ID_LENGTH + " characters"));
        }
        return jobs.get(jobId).orElseThrow(() -> new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "job " + jobId + " not found",
                List.of("jobId: no job " + jobId + "; create it with PUT /api/jobs/" + jobId))).job();
    }

    /** Validates a job body; the path's job id wins when the body has none, and must agree when it has one. */
    static JobDocument parse(String jobId, JsonNode body) throws JobFileException {
        if (body == null || !body.isObject()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "The body must be a job object.");
        }
        ObjectNode fields = ((ObjectNode) body).deepCopy();
        JsonNode ats = fields.remove("atsJobIds");
        if (jobId != null && !fields.hasNonNull("jobId")) {
            fields.put("jobId", jobId);
        }
        List<String> errors = new ArrayList<>();
        Map<String, List<String>> atsJobIds = atsJobIds(ats, errors);
        Job job;
        try {
            job = JobFiles.parse("body", fields);
        } catch (JobFileException e) {
            errors.addAll(0, List.of(e.getMessage().split("\n")));
            throw new JobFileException(String.join("\n", errors));
        }
        if (jobId != null && !jobId.equals(job.jobId())) {
            errors.add("body: jobId: \"" + job.jobId() + "\" differs from the path's job id \"" + jobId + "\"");
        }
        if (!errors.isEmpty()) {
            throw new JobFileException(String.join("\n", errors));
        }
        return new JobDocument(job, atsJobIds);
    }

    /** A key as written when short, else only its length: errors never carry a long input value. */
    private static String shown(String key) {
        return key.length() <= 40 ? key : "(a key of " + key.length() + " characters)";
    }

    private static Map<String, List<String>> atsJobIds(JsonNode ats, List<String> errors) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        if (ats == null || ats.isNull()) {
            return ids;
        }
        if (!ats.isObject()) {
            errors.add("body: atsJobIds: must map a source (" + String.join(", ", JobDocument.SOURCES) + ") to a list of job ids");
            return ids;
        }
        for (Map.Entry<String, JsonNode> source : ats.properties()) {
            if (!JobDocument.SOURCES.contains(source.getKey())) {
                errors.add("body: atsJobIds." + shown(source.getKey()) + ": unknown source (allowed: " + String.join(", ", JobDocument.SOURCES) + ")");
            } else if (!source.getValue().isArray() || source.getValue().valueStream().anyMatch(v -> !v.isString() && !v.isIntegralNumber())) {
                errors.add("body: atsJobIds." + source.getKey() + ": must be a list of job ids");
            } else if (source.getValue().valueStream().anyMatch(v -> v.asString().length() > JobDocument.MAX_ATS_JOB_ID_LENGTH)) {
                errors.add("body: atsJobIds." + source.getKey() + ": a job id is longer than " + JobDocument.MAX_ATS_JOB_ID_LENGTH
                        + " characters");
            } else {
                ids.put(source.getKey(), source.getValue().valueStream().map(JsonNode::asString).toList());
            }
        }
        return ids;
    }
}
