package com.hirefit.web.workspace;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/** A page for something that is not there: status 404, and a page that says what kind of thing was looked for. */
final class NotFound {
    private NotFound() {
    }

    /** {@code problem} names what is missing without quoting the request ("There is no such screening."). */
    static String page(HttpServletResponse response, Model model, String problem) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("problem", ErrorPage.notFound(problem));
        return "problem";
    }

    static String job(HttpServletResponse response, Model model) {
        return page(response, model, "There is no such job: it may have been renamed, or the address mistyped.");
    }
}
