package com.hirefit.fairness;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A report's query from request parameters (the page's form, the API), every bad one named with the field at fault. */
public final class AuditQueries {
    private static final int MAX_JOB_ID = 200;

    private AuditQueries() {
    }

    /** Parameters that could not be read: each message names its field and never quotes the value. */
    public static final class Invalid extends RuntimeException {
        private final List<String> errors;

        Invalid(List<String> errors) {
            super("The audit's parameters are not valid: " + String.join("; ", errors));
            this.errors = List.copyOf(errors);
        }

        public List<String> errors() {
            return errors;
        }
    }

    /**
     * A report's parameters as sent, bound by name from a request (the page's form, the API's query string); the page
     * keeps them for its download links.
     */
    public record Params(String jobId, String from, String to, String selection, Boolean excludeUnderTwoPercent, String alpha) {
        public static final Params NONE = new Params(null, null, null, null, null, null);

        public boolean exclude() {
            return Boolean.TRUE.equals(excludeUnderTwoPercent);
        }

        /** @throws Invalid naming each parameter at fault */
        public AuditService.Query query() {
            return parse(jobId, from, to, selection, exclude(), alpha);
        }
    }

    static AuditService.Query parse(String jobId, String from, String to, String selection, boolean excludeUnderTwoPercent,
                                           String alpha) {
        List<String> errors = new ArrayList<>();
        String job = jobId == null || jobId.isBlank() ? null : jobId.strip();
        if (job != null && job.length() > MAX_JOB_ID) {
            errors.add("jobId: at most " + MAX_JOB_ID + " characters");
        }
        LocalDate start = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        if (start != null && end != null && start.isAfter(end)) {
            errors.add("from: after to");
        }
        Selection chosen = Selection.FIT;
        if (selection != null && !selection.isBlank()) {
            try {
                chosen = Selection.valueOf(selection.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add("selection: one of " + java.util.Arrays.toString(Selection.values()));
            }
        }
        double level = AuditOptions.DEFAULT.alpha();
        if (alpha != null && !alpha.isBlank()) {
            try {
                level = Double.parseDouble(alpha.strip());
            } catch (NumberFormatException e) {
                level = Double.NaN;
            }
            if (!(level > 0 && level < 1)) {
                errors.add("alpha: a number between 0 and 1, such as 0.05");
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return new AuditService.Query(job, start, end, chosen, new AuditOptions(excludeUnderTwoPercent, level));
    }

    private static LocalDate date(String field, String text, List<String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(field + ": a date as YYYY-MM-DD");
            return null;
        }
    }
}
