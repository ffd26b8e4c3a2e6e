package com.hirefit.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers of the security layer, as RFC 9457 problem details like every other refusal: 401 with
 * {@code WWW-Authenticate} for the API, 400 for a request the firewall rejects, 404 for anything no chain serves.
 * Nothing of the request is echoed (a rejected path may be the attack) and nothing is logged.
 */
final class ProblemResponses {
    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json.rebuild().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
    }

    /** API and actuator without a valid key (or with one lacking the authority). */
    Handlers unauthorized(boolean keysConfigured) {
        String detail = keysConfigured ? "Send an API key in the X-API-Key header, or as the password of HTTP Basic."
                : "No API keys are configured: set hirefit.api.keys (HIREFIT_API_KEYS).";
        return new Handlers(HttpStatus.UNAUTHORIZED, detail, List.of("X-API-Key: missing or not a configured API key"));
    }

    /** A valid key that does not open this part of the API (the audit needs a compliance key). */
    Handlers forbidden() {
        return new Handlers(HttpStatus.FORBIDDEN, "This API key does not open the adverse-impact audit or self-identification:"
                + " they need a compliance key (hirefit.api.compliance-keys).", List.of("X-API-Key: not a compliance key"));
    }

    /** Paths no chain serves: nothing is there, whoever asks. */
    Handlers notFound() {
        return new Handlers(HttpStatus.NOT_FOUND, "No such resource.", List.of());
    }

    /**
     * A browser loading a page (a GET that asks for HTML by name, not only by a wildcard): it is shown the error page
     * the servlet container dispatches to, which answers people with a page.
     */
    private static boolean pageLoad(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(request.getHeader(HttpHeaders.ACCEPT)).stream()
                    .anyMatch(type -> !type.isWildcardType() && type.isCompatibleWith(MediaType.TEXT_HTML) && type.getQualityValue() > 0);
        } catch (org.springframework.util.InvalidMimeTypeException e) {
            return false;
        }
    }

    /** Spelled so that what is checked might differ from what is routed: {@code ;}, encoded slashes, {@code //}, dot segments... */
    RequestRejectedHandler rejected() {
        return (request, response, e) -> write(response, HttpStatus.BAD_REQUEST, "The request's path or headers are not in a"
                + " form this service accepts (path parameters, encoded slashes or dots, empty or dot segments, control characters).",
                List.of("path: not in canonical form"));
    }

    /** One status and detail, as the entry point and access-denied handler of a filter chain. */
    final class Handlers implements AuthenticationEntryPoint, AccessDeniedHandler {
        private final HttpStatus status;
        private final String detail;
        private final List<String> errors;

        private Handlers(HttpStatus status, String detail, List<String> errors) {
            this.status = status;
            this.detail = detail;
            this.errors = errors;
        }

        @Override
        public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
            answer(request, response);
        }

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
            answer(request, response);
        }

        private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
            if (status == HttpStatus.NOT_FOUND && pageLoad(request)) {
                response.sendError(status.value());
                return;
            }
            if (status == HttpStatus.UNAUTHORIZED) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"hirefit\"");
            }
            write(response, status, detail, errors);
        }
    }

    private void write(HttpServletResponse response, HttpStatus status, String detail, List<String> errors) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json(status, detail, errors));
    }

    /** The problem detail as JSON, as Spring MVC writes it: {@code errors} lists the fields at fault. */
    String json(HttpStatus status, String detail, List<String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return json.writeValueAsString(problem);
    }
}
