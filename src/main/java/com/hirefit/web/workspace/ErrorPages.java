package com.hirefit.web.workspace;

import com.hirefit.security.BrowserPages;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * The servlet container's error page ({@code /error}) for a browser, which asks for HTML: an error no handler answered
 * (a path no part of the service serves, a page that failed while it was drawn) is an {@link ErrorPage}. A machine's
 * path ({@code /api/**}, webhooks, the actuator) keeps its problem detail even when HTML is asked for; any other
 * client gets the problem detail of {@code ProblemErrorController}. Only the status is told.
 */
@Controller
class ErrorPages {

    @RequestMapping(value = "${server.error.path:/error}", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? HttpStatus.resolve(code) : null;
        if (status == null || !status.isError()) {
            status = HttpStatus.NOT_FOUND;
        }
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                ? uri.substring(Math.min(uri.length(), request.getContextPath().length())) : "/error";
        if (BrowserPages.isForMachines(path)) {
            return problem(status);
        }
        return WorkspaceErrors.view(ErrorPage.of(status.value()), path);
    }

    /** The problem detail a machine's path answers with, as {@code ProblemErrorController} writes it. */
    private static ModelAndView problem(HttpStatus status) {
        JacksonJsonView json = new JacksonJsonView();
        json.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.setExtractValueFromSingleKeyModel(true);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        ModelAndView view = new ModelAndView(json, Map.of("problem", problem));
        view.setStatus(status);
        return view;
    }
}
