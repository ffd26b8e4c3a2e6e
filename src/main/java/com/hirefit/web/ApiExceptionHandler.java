package com.hirefit.web;

import com.hirefit.job.JobFileException;
import com.hirefit.job.JobStore;
import com.hirefit.screening.ScreeningService;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal as an RFC 9457 problem detail that names the field, row or header at fault, and the limit it broke;
 * never a long input value.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private final TomcatServerProperties tomcat;

    ApiExceptionHandler(TomcatServerProperties tomcat) {
        this.tomcat = tomcat;
    }

    @ExceptionHandler(ApiProblem.class)
    ProblemDetail problem(ApiProblem e) {
        return detail(e.status(), e.getMessage(), e.errors());
    }

    @ExceptionHandler(JobFileException.class)
    ProblemDetail invalidJob(JobFileException e) {
        List<String> errors = Arrays.asList(e.getMessage().split("\n"));
        return detail(HttpStatus.BAD_REQUEST, "The job is invalid: " + errors.size() + " problem(s).", errors);
    }

    @ExceptionHandler(JobStore.AtsJobTaken.class)
    ProblemDetail atsJobTaken(JobStore.AtsJobTaken e) {
        return detail(HttpStatus.CONFLICT, e.getMessage(), List.of("atsJobIds: " + e.getMessage()));
    }

    @ExceptionHandler(JobStore.DocumentTooLong.class)
    ProblemDetail jobTooLong(JobStore.DocumentTooLong e) {
        return detail(HttpStatus.BAD_REQUEST, "The job is invalid: 1 problem(s).", List.of("body: " + e.getMessage()));
    }

    @ExceptionHandler(ScreeningService.UnreadableFile.class)
    ProblemDetail unreadable(ScreeningService.UnreadableFile e) {
        ProblemDetail problem = detail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), List.of("file: " + e.getMessage()));
        problem.setProperty("screeningId", e.screeningId());
        return problem;
    }

    /** A multipart body Tomcat cannot parse (a part's headers broken, a NUL in a file name...). */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableMultipart(MultipartException e) {
        return detail(HttpStatus.BAD_REQUEST, "The multipart body could not be read.",
                List.of("file: the multipart body or a part's headers (its name, file name) could not be read"));
    }

    /**
     * Tomcat reports a part whose headers are over server.tomcat.max-part-header-size (a very long file name) as an
     * upload too large: it is the file name that is at fault, whatever the upload's size.
     */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().startsWith("Header section has more than")) {
                return ResponseEntity.badRequest().body(detail(HttpStatus.BAD_REQUEST, "A part's headers are too long.",
                        List.of("file: the part's headers, with its file name, are longer than "
                                + tomcat.getMaxPartHeaderSize().toBytes() + " bytes")));
            }
        }
        return super.handleMaxUploadSizeExceededException(e, headers, status, request);
    }

    /**
     * Anything unforeseen. The message of a database or library exception can quote the input (a value that did not
     * fit a column, a token that did not parse), so only the exception's type and where it was thrown are logged.
     * Spring Security's own exceptions go back to its filters.
     */
    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e;
        }
        StackTraceElement[] trace = e.getStackTrace();
        LOG.error("Request failed: {} at {}", e.getClass().getName(), trace.length == 0 ? "?" : trace[0]);
        return detail(HttpStatus.INTERNAL_SERVER_ERROR, "The service failed to answer this request; the failure is logged.",
                List.of());
    }

    /** A path variable or parameter over its limit ({@code @Size}): named with the limit; the path is not echoed. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<String> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> result.getMethodParameter().getParameterName() + ": " + error.getDefaultMessage()))
                .toList();
        ProblemDetail problem = detail(HttpStatus.BAD_REQUEST, "The request is invalid: " + errors.size() + " problem(s).", errors);
        Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (route != null) {
            problem.setInstance(URI.create(route.toString().replace("{", "%7B").replace("}", "%7D")));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static ProblemDetail detail(HttpStatus status, String detail, List<String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
