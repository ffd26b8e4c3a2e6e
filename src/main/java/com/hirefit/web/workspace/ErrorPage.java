package com.hirefit.web.workspace;

import java.util.List;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A page that says what went wrong, in the workspace's layout, with a way back: what a person gets where a machine
 * gets a problem detail. It names a field at fault, never a value from the request, and never an exception's message
 * (a library's can quote the input).
 *
 * @param status HTTP status
 * @param title  the heading
 * @param detail what happened and what to do, in plain words
 */
record ErrorPage(int status, String title, String detail) {

    static ErrorPage notFound(String detail) {
        return new ErrorPage(404, "Not found", detail);
    }

    /** The page for an error the servlet container reports by its status alone. */
    static ErrorPage of(int status) {
        if (status == 404) {
            return notFound("There is no such page: the address may be mistyped, or what it showed is no longer there.");
        }
        return of(new ResponseStatusException(HttpStatus.valueOf(status)));
    }

    /** The page for an exception a workspace request ended in. */
    static ErrorPage of(Exception e) {
        if (e instanceof NoResourceFoundException) {
            return of(404);
        }
        if (e instanceof HttpRequestMethodNotSupportedException) {
            return new ErrorPage(405, "Not a way to use this page", "This page cannot be used that way; open it from the workspace's"
                    + " own links and forms.");
        }
        if (e instanceof MaxUploadSizeExceededException || e instanceof MultipartException) {
            return new ErrorPage(e instanceof MaxUploadSizeExceededException ? 413 : 400, "The upload was not taken",
                    "The file is larger than this service takes, or the form sending it could not be read. Nothing was screened.");
        }
        List<String> fields = fields(e);
        if (!fields.isEmpty() || e instanceof TypeMismatchException) {
            return new ErrorPage(400, "A value this page does not take", "A value in the address or the form is not one this page"
                    + " takes" + (fields.isEmpty() ? "" : " (" + String.join(", ", fields) + ")")
                    + ". Go back and choose it from the page's own links and fields.");
        }
        int status = e instanceof ErrorResponse response ? response.getStatusCode().value() : 500;
        // A page of the workspace refusing with its own words (never a value: those pages write their reasons).
        if (e instanceof ResponseStatusException refused && refused.getReason() != null && status < 500
                && refused.getClass() == ResponseStatusException.class) {
            return new ErrorPage(status, status == 404 ? "Not found" : HttpStatus.valueOf(status).getReasonPhrase(), refused.getReason());
        }
        if (status == 404) {
            return of(404);
        }
        if (status >= 500) {
            return new ErrorPage(status, "Something went wrong", "HireFit could not show this page because of an error on its side."
                    + " The error is logged; try again in a moment, and tell your administrator if it happens again.");
        }
        return new ErrorPage(status, HttpStatus.resolve(status) == null ? "Refused" : HttpStatus.resolve(status).getReasonPhrase(),
                "This request was refused. Go back and try again from the workspace's own links and forms.");
    }

    /** The names of the parameters at fault, where the exception knows them. */
    private static List<String> fields(Exception e) {
        if (e instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
            return List.of(mismatch.getPropertyName());
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return List.of(missing.getParameterName());
        }
        if (e instanceof HandlerMethodValidationException invalid) {
            return invalid.getParameterValidationResults().stream().map(r -> r.getMethodParameter().getParameterName()).distinct().toList();
        }
        if (e instanceof org.springframework.validation.BindException bind) {
            return bind.getFieldErrors().stream().map(org.springframework.validation.FieldError::getField).distinct().toList();
        }
        return List.of();
    }
}
