package com.hirefit.web.workspace;

import com.hirefit.job.JobDocument;
import com.hirefit.job.JobStore;
import com.hirefit.screening.LiveScreenings;
import com.hirefit.screening.ScreeningRecord;
import com.hirefit.screening.ScreeningService;
import com.hirefit.screening.ScreeningStore;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/**
 * Dropping a resume file on a job: the upload is saved to a temporary file and screened in the background, and
 * the page shows its progress (rows screened out of the rows the file holds) until the results are ready. Without
 * htmx the browser is sent to the screening's page, which shows the same progress.
 */
@Controller
class UploadPages {
    static final String MAX_UPLOAD_TEXT = "50 MB";
    private final JobStore jobs;
    private final ScreeningService screening;
    private final ScreeningStore screenings;
    private final LiveScreenings live;

    UploadPages(JobStore jobs, ScreeningService screening, ScreeningStore screenings, LiveScreenings live) {
        this.jobs = jobs;
        this.screening = screening;
        this.screenings = screenings;
        this.live = live;
    }

    @PostMapping("/jobs/upload")
    String upload(@RequestParam String id, @RequestPart(name = "file", required = false) MultipartFile file,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, HttpServletResponse response)
            throws IOException {
        Optional<JobDocument> job = jobs.get(id);
        String problem = job.isEmpty() ? "There is no such job." : problem(file);
        if (problem != null) {
            response.setStatus(job.isEmpty() ? HttpServletResponse.SC_NOT_FOUND : 422);
            model.addAttribute("problem", problem);
            return htmx != null ? "screenings/progress :: refused" : "screenings/refused";
        }
        String name = file.getOriginalFilename();
        Path saved = Files.createTempFile("hirefit-upload-", extension(name));
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, saved, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(saved);
            throw e;
        }
        String screeningId;
        try {
            screeningId = screening.start(job.get().job(), saved, name);
        } catch (ScreeningService.Busy e) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("problem", e.getMessage());
            return htmx != null ? "screenings/progress :: refused" : "screenings/refused";
        }
        if (htmx == null) {
            return "redirect:/screenings/" + screeningId;
        }
        return ScreeningPages.progress(screenings.get(screeningId).orElseThrow(), live, model);
    }

    /** What is wrong with an upload before any of it is read, in words; null when it can be screened. */
    private static String problem(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return "Choose a file to screen: an .xlsx, .csv or .json file of candidates.";
        }
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "The file has no name; its extension (.xlsx, .csv or .json) says how to read it.";
        }
        if (name.length() > ScreeningRecord.MAX_FILE_NAME_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
            return "The file's name is longer than " + ScreeningRecord.MAX_FILE_NAME_LENGTH
                    + " characters or holds a control character: rename it and try again.";
        }
        String extension = extension(name);
        if (!extension.equals(".xlsx") && !extension.equals(".csv") && !extension.equals(".json")) {
            return "HireFit reads .xlsx, .csv and .json files" + (extension.equals(".xls") ? " (save a legacy .xls workbook as .xlsx)" : "")
                    + "; this file is not one of them.";
        }
        return null;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }
}
