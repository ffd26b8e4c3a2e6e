package com.hirefit.fairness;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A report as the API and the workspace hand it out: the workbook, or the summary to publish (Markdown or HTML). */
public final class AuditDownloads {
    private AuditDownloads() {
    }

    public static ResponseEntity<StreamingResponseBody> workbook(AuditReport report) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.xlsx\"")
                .body(out -> AuditWorkbook.write(report, out));
    }

    /** The summary of 6 RCNY §5-303: Markdown, or HTML for {@code format} "html". */
    public static ResponseEntity<String> summary(AuditReport report, String format) {
        Doc doc = Doc.of(format, "Summary of the bias audit");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(doc.mediaType())).body(AuditSummary.write(report, doc));
    }
}
