package com.hirefit.web.workspace;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/** A page for something that is not there: status 404, and a page that says what was looked for. */
final class NotFound {
    private NotFound() {
    }

    static String page(HttpServletResponse response, Model model, String problem) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("problem", problem);
        return "screenings/refused";
    }

    static String job(HttpServletResponse response, Model model, String jobId) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("missing", jobId);
        return "jobs/missing";
    }
}
