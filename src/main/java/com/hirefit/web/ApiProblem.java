package com.hirefit.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A request the API refuses, with the status, a plain detail and the fields, rows or headers at fault. */
class ApiProblem extends RuntimeException {
    private final HttpStatus status;
    private final List<String> errors;

    ApiProblem(HttpStatus status, String detail, List<String> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    ApiProblem(HttpStatus status, String detail) {
        this(status, detail, List.of());
    }

    static ApiProblem notFound(String what) {
        return new ApiProblem(HttpStatus.NOT_FOUND, what + " not found");
    }

    HttpStatus status() {
        return status;
    }

    List<String> errors() {
        return errors;
    }
}
