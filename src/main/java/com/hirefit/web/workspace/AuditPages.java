package com.hirefit.web.workspace;

import com.hirefit.fairness.AuditDownloads;
import com.hirefit.fairness.AuditQueries;
import com.hirefit.fairness.AuditReport;
import com.hirefit.fairness.AuditService;
import com.hirefit.fairness.SelfIdIntake;
import com.hirefit.fairness.Selection;
import com.hirefit.ingest.IngestException;
import com.hirefit.job.JobStore;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The adverse-impact audit in the workspace (COMPLIANCE, ADMIN): the tables and a chart for a job or all jobs over a
 * period, the rules ranked by the gap they drive, override rates, the downloads (workbook, published summary), and the
 * upload of a self-identification table. Aggregates only: no page shows one person's answer.
 */
@Controller
class AuditPages {
    private final AuditService audits;
    private final SelfIdIntake intake;
    private final JobStore jobs;

    AuditPages(AuditService audits, SelfIdIntake intake, JobStore jobs) {
        this.audits = audits;
        this.intake = intake;
        this.jobs = jobs;
    }

    @GetMapping("/compliance/audit")
    String page(AuditQueries.Params form, Model model, HttpServletResponse response) {
        model.addAttribute("form", form);
        model.addAttribute("selections", Selection.values());
        model.addAttribute("jobIds", jobs.list().stream().map(j -> j.job().jobId()).toList());
        try {
            AuditReport report = audits.report(form.query());
            model.addAttribute("report", report);
            model.addAttribute("rules", report.rules().stream().limit(RULES_SHOWN).toList());
            model.addAttribute("rulesShown", RULES_SHOWN);
        } catch (AuditQueries.Invalid e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", e.errors());
        }
        return "compliance/audit";
    }

    /** The upload named by its kind alone ("answers.xlsx"): the name a browser sends is not needed, nor shown. */
    private static String tableName(String sent) {
        String lower = sent == null ? "" : sent.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".xlsx") ? "answers.xlsx" : lower.endsWith(".csv") ? "answers.csv" : "answers (not .xlsx or .csv)";
    }

    /** Rules shown on the page; the workbook has them all. */
    static final int RULES_SHOWN = 15;

    @GetMapping("/compliance/audit.xlsx")
    ResponseEntity<StreamingResponseBody> workbook(AuditQueries.Params form) {
        return AuditDownloads.workbook(audits.report(form.query()));
    }

    @GetMapping("/compliance/summary")
    ResponseEntity<String> summary(AuditQueries.Params form, @RequestParam(defaultValue = "markdown") String format) {
        return AuditDownloads.summary(audits.report(form.query()), format);
    }

    @PostMapping("/compliance/self-identification")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("uploadProblem", "Choose a .xlsx or .csv file with a Candidate ID column and sex or race/ethnicity columns.");
        } else {
            try (InputStream in = file.getInputStream()) {
                model.addAttribute("uploaded", intake.fromFile(in, tableName(file.getOriginalFilename()), "upload"));
            } catch (IngestException e) {
                response.setStatus(422);
                model.addAttribute("uploadProblem", e.getMessage());
            }
        }
        return page(AuditQueries.Params.NONE, model, response);
    }

}
