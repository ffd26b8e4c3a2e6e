package com.hirefit.web;

import com.hirefit.fairness.AuditDownloads;
import com.hirefit.fairness.AuditQueries;
import com.hirefit.fairness.AuditReport;
import com.hirefit.fairness.AuditService;
import com.hirefit.fairness.SelfIdIntake;
import java.io.IOException;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The adverse-impact audit and the self-identification it rests on, for compliance keys only
 * ({@code hirefit.api.compliance-keys}): the report as JSON, as a workbook and as the published summary; answers sent in
 * as a table or as JSON. What comes out is counts; no one's answer ever does.
 */
@RestController
class AuditController {
    private final AuditService audits;
    private final SelfIdIntake intake;
    private final SelfIdUploads uploads;

    AuditController(AuditService audits, SelfIdIntake intake, SelfIdUploads uploads) {
        this.audits = audits;
        this.intake = intake;
        this.uploads = uploads;
    }

    @GetMapping("/api/audit")
    AuditReport report(@ParameterObject AuditQueries.Params params) {
        return audits.report(query(params));
    }

    @GetMapping("/api/audit/report.xlsx")
    ResponseEntity<StreamingResponseBody> workbook(@ParameterObject AuditQueries.Params params) {
        return AuditDownloads.workbook(audits.report(query(params)));
    }

    /** The summary to publish (6 RCNY §5-303): Markdown, or HTML with {@code format=html}. */
    @GetMapping("/api/audit/summary")
    ResponseEntity<String> summary(@ParameterObject AuditQueries.Params params,
                                   @RequestParam(defaultValue = "markdown") String format) {
        return AuditDownloads.summary(audits.report(query(params)), format);
    }

    /** A self-identification table (.xlsx or .csv) keyed by Candidate ID. */
    @PostMapping(path = "/api/self-identification", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<SelfIdIntake.Outcome> upload(@RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Send the self-identification table in the multipart part 'file'.",
                    List.of("file: required, a .xlsx or .csv file with a Candidate ID column and sex or race/ethnicity columns"));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(uploads.fromTable(file, UploadNames.of(file)));
    }

    /** Answers as JSON. */
    record Answers(List<SelfIdIntake.Answer> answers) {
    }

    @PostMapping(path = "/api/self-identification", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SelfIdIntake.Outcome> answers(@RequestBody Answers body) {
        if (body == null || body.answers() == null) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Send {\"answers\": [{\"candidateId\", \"sex\", \"raceEthnicity\"}]}.",
                    List.of("answers: required"));
        }
        if (body.answers().size() > MAX_ANSWERS) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Too many answers in one request.",
                    List.of("answers: at most " + MAX_ANSWERS + "; send a table for more"));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(intake.fromAnswers(body.answers(), "api"));
    }

    private static final int MAX_ANSWERS = 10_000;

    private static AuditService.Query query(AuditQueries.Params params) {
        try {
            return params.query();
        } catch (AuditQueries.Invalid e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "The audit's parameters are not valid.", e.errors());
        }
    }
}
