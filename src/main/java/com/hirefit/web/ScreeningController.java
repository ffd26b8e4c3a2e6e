package com.hirefit.web;

import jakarta.validation.constraints.Size;
import com.hirefit.job.Job;
import com.hirefit.job.JobFileException;
import com.hirefit.job.JobStore;
import com.hirefit.report.JsonReport;
import com.hirefit.report.KeepOpen;
import com.hirefit.report.ResultFile;
import com.hirefit.report.XlsxReport;
import com.hirefit.screening.ScreeningRecord;
import com.hirefit.screening.ScreeningService;
import com.hirefit.screening.ScreeningStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Screening files: upload a candidates file (multipart, with a jobId or a job document) and get the screening
 * id and its results; fetch them again as JSON or as the results workbook. Uploads are read from the part's
 * stream (Spring keeps large parts on disk) and results are streamed from the store, never held whole.
 */
@RestController
@RequestMapping("/api/screenings")
class ScreeningController {
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private final ScreeningService screening;
    private final ScreeningStore screenings;
    private final JobStore jobs;
    private final JsonMapper json;
    private final SelfIdUploads selfIds;

    ScreeningController(ScreeningService screening, ScreeningStore screenings, JobStore jobs, JsonMapper json,
                        SelfIdUploads selfIds) {
        this.selfIds = selfIds;
        this.screening = screening;
        this.screenings = screenings;
        this.jobs = jobs;
        this.json = json;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<StreamingResponseBody> upload(@RequestPart(name = "file", required = false) MultipartFile file,
                                                 @RequestParam(name = "jobId", required = false)
                                                 @Size(max = Job.MAX_ID_LENGTH, message = "at most {max} characters") String jobId,
                                                 @RequestPart(name = "job", required = false) MultipartFile jobDocument,
                                                 @RequestParam(name = "selfIdentification", defaultValue = "false")
                                                 boolean selfIdentification)
            throws IOException, JobFileException {
        if (file == null || file.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Send the candidates file in the multipart part 'file'.",
                    List.of("file: required, a .xlsx, .csv or .json file"));
        }
        Job job = job(jobId, jobDocument);
        String name = UploadNames.of(file);
        ScreeningRecord record;
        try (InputStream in = file.getInputStream()) {
            record = screening.screen(job, in, name);
        }
        // Read apart, after the screening, by the self-identification reader: nothing of it reaches the screening.
        String answers = selfIdentification ? json.writeValueAsString(selfIds.fromScreenedFile(file, name)) : null;
        return ResponseEntity.created(URI.create("/api/screenings/" + record.screeningId()))
                .contentType(MediaType.APPLICATION_JSON).body(results(record, answers));
    }

    @GetMapping("/{id}")
    ResponseEntity<StreamingResponseBody> get(@PathVariable @Size(max = ScreeningRecord.ID_LENGTH, message = "at most {max} characters") String id) {
        ScreeningRecord record = screenings.get(id).orElseThrow(() -> ApiProblem.notFound("screening " + id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(results(record));
    }

    /** The results workbook; {@code ?trace=full} puts every fired rule on its Explanations sheet, not the conclusions. */
    @GetMapping("/{id}/results.xlsx")
    ResponseEntity<StreamingResponseBody> workbook(@PathVariable @Size(max = ScreeningRecord.ID_LENGTH, message = "at most {max} characters") String id,
                                                   @RequestParam(defaultValue = "conclusions") String trace) {
        XlsxReport.Detail detail;
        try {
            detail = XlsxReport.Detail.of(trace);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, e.getMessage(), List.of("trace: conclusions or full"));
        }
        return download(id, ResultFile.XLSX, detail);
    }

    /** The Results table as CSV (text neutralised against formula injection); row errors are in the JSON. */
    @GetMapping("/{id}/results.csv")
    ResponseEntity<StreamingResponseBody> csv(@PathVariable @Size(max = ScreeningRecord.ID_LENGTH, message = "at most {max} characters") String id) {
        return download(id, ResultFile.CSV, XlsxReport.Detail.CONCLUSIONS);
    }

    private ResponseEntity<StreamingResponseBody> download(String id, ResultFile file, XlsxReport.Detail detail) {
        ScreeningRecord record = completed(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName(record.screeningId()) + "\"")
                .body(out -> screening.replay(id, file.writer(out, detail)));
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "page must be 0 or more and size between 1 and 200",
                    List.of("page: " + page, "size: " + size));
        }
        return Map.of("page", page, "size", size, "total", screenings.count(), "items", screenings.page(page, size));
    }

    /** The screening's record, then its results exactly as the command line's JSON output. */
    private StreamingResponseBody results(ScreeningRecord record) {
        return results(record, null);
    }

    /** As {@link #results(ScreeningRecord)}, with what became of the file's self-identification answers when asked. */
    private StreamingResponseBody results(ScreeningRecord record, String selfIdentification) {
        return out -> {
            out.write(("{\"screening\": " + json.writeValueAsString(record)
                    + (selfIdentification == null ? "" : ",\n\"selfIdentification\": " + selfIdentification)
                    + ",\n\"results\": ").getBytes(StandardCharsets.UTF_8));
            if (ScreeningRecord.COMPLETED.equals(record.status())) {
                screening.replay(record.screeningId(), new JsonReport(new KeepOpen(out)));
            } else {
                out.write("null".getBytes(StandardCharsets.UTF_8));
            }
            out.write("}\n".getBytes(StandardCharsets.UTF_8));
        };
    }

    private ScreeningRecord completed(String id) {
        ScreeningRecord record = screenings.get(id).orElseThrow(() -> ApiProblem.notFound("screening " + id));
        if (!ScreeningRecord.COMPLETED.equals(record.status())) {
            throw new ApiProblem(HttpStatus.CONFLICT, "screening " + id + " is " + record.status() + ", it has no results");
        }
        return record;
    }

    private Job job(String jobId, MultipartFile document) throws IOException, JobFileException {
        if (document != null && !document.isEmpty()) {
            String name = document.getOriginalFilename() == null ? "" : document.getOriginalFilename().toLowerCase();
            boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml")
                    || (document.getContentType() != null && document.getContentType().contains("yaml"));
            JsonNode tree;
            try {
                tree = yaml ? YAML.readTree(document.getBytes()) : json.readTree(document.getBytes());
            } catch (JacksonException e) {
                // Only where: the parser's message quotes the text it choked on.
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "The job part is not valid " + (yaml ? "YAML" : "JSON") + ".",
                        List.of("job: not valid " + (yaml ? "YAML" : "JSON") + (e.getLocation() == null ? ""
                                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")")));
            }
            return JobController.parse(null, tree).job();
        }
        if (jobId == null || jobId.isBlank()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Send a jobId parameter or a job document part.",
                    List.of("jobId: required (or the part 'job')"));
        }
        return JobController.stored(jobs, jobId);
    }
}
