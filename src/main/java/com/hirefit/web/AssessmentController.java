package com.hirefit.web;

import jakarta.validation.constraints.Size;
import com.hirefit.screening.StoredAssessment;
import com.hirefit.candidate.Candidate;
import com.hirefit.ingest.CandidateFiles;
import com.hirefit.ingest.IngestException;
import com.hirefit.job.Job;
import com.hirefit.job.JobFileException;
import com.hirefit.job.JobStore;
import com.hirefit.screening.ScreeningService;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import com.hirefit.fairness.Doc;
import com.hirefit.fairness.Explanations;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One candidate at a time: {"jobId": "...", "candidate": {...}} where the candidate is a candidate object or a JSON Resume. */
@RestController
@RequestMapping("/api/assessments")
class AssessmentController {
    private final ScreeningService screening;
    private final JobStore jobs;
    private final CandidateFiles files;
    private final JsonMapper json;
    private final Explanations explanations;

    AssessmentController(ScreeningService screening, JobStore jobs, CandidateFiles files, JsonMapper json, Explanations explanations) {
        this.explanations = explanations;
        this.screening = screening;
        this.jobs = jobs;
        this.files = files;
        this.json = json;
    }

    @PostMapping
    ResponseEntity<AssessmentView> assess(@RequestBody JsonNode body) throws JobFileException {
        if (body == null || !body.isObject() || !body.hasNonNull("candidate") || !body.get("candidate").isObject()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "The body needs a candidate object.",
                    List.of("candidate: required, a candidate object or a JSON Resume document"));
        }
        Job job = job(body);
        AssessmentView view = AssessmentView.of(screening.assessOne(job, candidate(body.get("candidate")), "api"));
        return ResponseEntity.created(URI.create("/api/assessments/" + view.assessmentId())).body(view);
    }

    @GetMapping("/{id}")
    AssessmentView get(@PathVariable @Size(max = StoredAssessment.ID_LENGTH, message = "at most {max} characters") String id) {
        return screening.get(id).map(AssessmentView::of).orElseThrow(() -> ApiProblem.notFound("assessment " + id));
    }

    /** The explanation a recruiter can send the candidate: Markdown, or HTML with {@code format=html}. */
    @GetMapping("/{id}/explanation")
    ResponseEntity<String> explanation(@PathVariable @Size(max = StoredAssessment.ID_LENGTH, message = "at most {max} characters") String id,
                                       @RequestParam(defaultValue = "markdown") String format) {
        Doc doc = Doc.of(format, "How your application was assessed");
        String text = explanations.explain(id, doc).orElseThrow(() -> ApiProblem.notFound("assessment " + id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(doc.mediaType())).body(text);
    }

    private Job job(JsonNode body) throws JobFileException {
        if (body.hasNonNull("jobId")) {
            String jobId = body.get("jobId").asString();
            return JobController.stored(jobs, jobId);
        }
        if (body.hasNonNull("job")) {
            return JobController.parse(null, body.get("job")).job();
        }
        throw new ApiProblem(HttpStatus.BAD_REQUEST, "The body needs a jobId or a job.", List.of("jobId: required (or job)"));
    }

    private Candidate candidate(JsonNode node) {
        CandidateFiles.One one;
        try {
            one = files.readOne(json.writeValueAsBytes(node), "candidate.json");
        } catch (IngestException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, e.getMessage(), List.of("candidate: " + e.getMessage()));
        }
        if (one.candidate() == null) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "The candidate is invalid.", one.errors().stream()
                    .map(e -> "candidate" + (e.column() == null ? "" : "." + e.column()) + ": " + e.message()).toList());
        }
        return one.candidate();
    }
}
