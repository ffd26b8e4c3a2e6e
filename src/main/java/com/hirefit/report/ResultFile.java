package com.hirefit.report;

import com.hirefit.screening.ScreeningSink;
import java.io.OutputStream;

/**
 * A screening's results as a download, as the API and the workspace serve them: the results workbook, or the
 * Results table as CSV (text neutralised against formula injection in both). The response stream stays open.
 */
public enum ResultFile {
    XLSX(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV(".csv", "text/csv;charset=UTF-8");

    private final String extension;
    private final String mediaType;

    ResultFile(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The name the browser saves it under: {@code hirefit-SCREENING_ID.xlsx}. */
    public String fileName(String screeningId) {
        return "hirefit-" + screeningId + extension;
    }

    /**
     * The name a job's results are saved under: {@code hirefit-job-JOB_ID.xlsx}, the job id (free text) reduced to
     * letters, digits, {@code .}, {@code _} and {@code -}, at most 100 of them.
     */
    public String jobFileName(String jobId) {
        String safe = jobId.replaceAll("[^A-Za-z0-9._-]", "_");
        return "hirefit-job-" + safe.substring(0, Math.min(safe.length(), 100)) + extension;
    }

    /** The writer; {@code detail} is what the workbook's Explanations sheet holds (the CSV has no such sheet). */
    public ScreeningSink writer(OutputStream out, XlsxReport.Detail detail) {
        return this == XLSX ? new XlsxReport(new KeepOpen(out), detail) : new CsvReport(new KeepOpen(out));
    }
}
