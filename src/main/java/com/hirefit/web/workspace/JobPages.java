package com.hirefit.web.workspace;

import com.hirefit.job.Job;
import com.hirefit.job.JobDocument;
import com.hirefit.job.JobDocuments;
import com.hirefit.job.JobFileException;
import com.hirefit.job.JobStore;
import com.hirefit.rules.service.CurrentRules;
import com.hirefit.screening.Assessor;
import com.hirefit.screening.ScreeningStore;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Jobs: the list, the intake form with the company-side advice beside it (redrawn by htmx as fields change), and
 * one job's page (its advice, the upload, its screenings). Job ids are free text (they may hold a slash), so a
 * job is named by a query parameter, never a path segment.
 */
@Controller
class JobPages {
    static final int RECENT_SCREENINGS = 20;
    private final JobStore jobs;
    private final CurrentRules rules;
    private final ScreeningStore screenings;

    JobPages(JobStore jobs, CurrentRules rules, ScreeningStore screenings) {
        this.jobs = jobs;
        this.rules = rules;
        this.screenings = screenings;
    }

    static String jobUrl(String path, String jobId) {
        return TableLinks.url(path, java.util.Map.of("id", jobId));
    }

    @GetMapping("/jobs")
    String list(Model model) {
        model.addAttribute("jobs", jobs.list());
        return "jobs/list";
    }

    @GetMapping("/jobs/edit")
    String form(@RequestParam(required = false) String id, Model model, HttpServletResponse response) {
        JobForm form = JobForm.empty();
        boolean existing = false;
        if (id != null) {
            Optional<JobDocument> stored = jobs.get(id);
            if (stored.isEmpty()) {
                return NotFound.job(response, model);
            }
            form = JobForm.of(stored.get());
            existing = true;
        }
        return form(model, form, existing, Map.of());
    }

    private String form(Model model, JobForm form, boolean existing, Map<String, List<String>> errors) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("options", JobOptions.INSTANCE);
        adviceModel(form, model);
        return "jobs/form";
    }

    /** Saves the job; its problems come back on the form, each beside its field. */
    @PostMapping("/jobs/edit")
    String save(@ModelAttribute JobForm form, @RequestParam(defaultValue = "false") boolean existing, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        try {
            JobDocument document = JobDocuments.parse(null, form.toJson(null, null));
            jobs.put(document);
            redirect.addFlashAttribute("saved", document.job().jobId());
            return "redirect:" + jobUrl("/jobs/job", document.job().jobId());
        } catch (JobFileException e) {
            errors.putAll(byField(e.getMessage()));
        } catch (JobStore.AtsJobTaken e) {
            errors.put("atsJobIds", List.of(e.getMessage()));
        } catch (JobStore.DocumentTooLong e) {
            errors.put("form", List.of(e.getMessage()));
        }
        response.setStatus(422);
        return form(model, form, existing, errors);
    }

    /** The advice panel alone, for htmx, from whatever the form holds so far. */
    @PostMapping("/jobs/advice")
    String advice(@ModelAttribute JobForm form, Model model) {
        adviceModel(form, model);
        return "jobs/advice :: advice";
    }

    @GetMapping("/jobs/job")
    String job(@RequestParam String id, Model model, HttpServletResponse response) {
        Optional<JobDocument> stored = jobs.get(id);
        if (stored.isEmpty()) {
            return NotFound.job(response, model);
        }
        Job job = stored.get().job();
        Assessor assessor = new Assessor(rules.get());
        model.addAttribute("document", stored.get());
        model.addAttribute("job", job);
        model.addAttribute("advice", CompanyAdvice.of(assessor.assessJob(job).assessment(), assessor.rules()));
        model.addAttribute("screenings", screenings.forJob(job.jobId(), RECENT_SCREENINGS));
        model.addAttribute("maxUpload", UploadPages.MAX_UPLOAD_TEXT);
        return "jobs/job";
    }

    private void adviceModel(JobForm form, Model model) {
        List<String> missing = form.missingForAdvice();
        model.addAttribute("missing", missing);
        if (!missing.isEmpty()) {
            return;
        }
        try {
            Job job = JobDocuments.parse(null, form.toJson("(new job)", "(untitled)")).job();
            Assessor assessor = new Assessor(rules.get());
            model.addAttribute("advice", CompanyAdvice.of(assessor.assessJob(job).assessment(), assessor.rules()));
            model.addAttribute("untitled", JobForm.blank(form.jobTitle()));
        } catch (JobFileException e) {
            model.addAttribute("adviceErrors", byField(e.getMessage()));
        }
    }

    /** "body: field: problem" lines by field ({@code atsJobIds.lever} counts as atsJobIds); others under "form". */
    static Map<String, List<String>> byField(String message) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (String line : message.split("\n")) {
            String rest = line.startsWith("body: ") ? line.substring(6) : line;
            int colon = rest.indexOf(": ");
            String field = colon < 0 ? "form" : rest.substring(0, colon);
            if (field.startsWith("atsJobIds")) {
                field = "atsJobIds";
            }
            if (!JobOptions.FIELDS.contains(field)) {
                field = "form";
            }
            errors.computeIfAbsent(field, f -> new ArrayList<>()).add(colon < 0 ? rest : rest.substring(colon + 2));
        }
        return errors;
    }
}
