package com.hirefit.web;

import com.hirefit.job.JobFileException;
import com.hirefit.job.JobStore;
import com.hirefit.screening.ScreeningService;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every refusal as an RFC 9457 problem detail that names the field, row or header at fault. */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

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

    @ExceptionHandler(ScreeningService.UnreadableFile.class)
    ProblemDetail unreadable(ScreeningService.UnreadableFile e) {
        ProblemDetail problem = detail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), List.of("file: " + e.getMessage()));
        problem.setProperty("screeningId", e.screeningId());
        return problem;
    }

    private static ProblemDetail detail(HttpStatus status, String detail, List<String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
