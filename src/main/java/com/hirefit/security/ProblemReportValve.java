package com.hirefit.security;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat's own error answers (a request it cannot parse or refuses before any filter runs: an over-long request
 * line or header block, an encoded slash, a backslash, a NUL, bad percent-encoding) as RFC 9457 problem details
 * instead of its HTML page. It stands in for Tomcat's {@link ErrorReportValve} on the host. Nothing of the request
 * is echoed or logged.
 */
final class ProblemReportValve extends ErrorReportValve {
    private final ProblemResponses problems;
    private final DataSize headerLimit;

    ProblemReportValve(ProblemResponses problems, DataSize headerLimit) {
        this.problems = problems;
        this.headerLimit = headerLimit;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        HttpStatus status = HttpStatus.resolve(response.getStatus());
        if (status == null || !status.isError() || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(problems.json(status, detail(status), errors(request, status, throwable)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was taken over: nothing more to say.
        }
    }

    private String detail(HttpStatus status) {
        return status == HttpStatus.BAD_REQUEST
                ? "The request could not be read as HTTP this service accepts; the request line and headers may be at most "
                        + headerLimit.toKilobytes() + " KB."
                : "The request was refused before it reached the service.";
    }

    /** Which part was at fault: Tomcat reads the request line, then the headers, then decodes and checks the path. */
    private List<String> errors(Request request, HttpStatus status, Throwable throwable) {
        if (status != HttpStatus.BAD_REQUEST) {
            return List.of();
        }
        boolean lineRead = request.getCoyoteRequest() != null && !request.getCoyoteRequest().requestURI().isNull();
        if (!lineRead) {
            return List.of("request line: the method and path are longer than " + headerLimit.toKilobytes()
                    + " KB or holds characters a URL may not (a backslash, a space, a raw control character)");
        }
        if (throwable != null) {
            return List.of("headers: longer than " + headerLimit.toKilobytes() + " KB in all, or not valid HTTP");
        }
        return List.of("path: not a valid path (an encoded slash or backslash, an encoded NUL, or bad percent-encoding)");
    }
}
