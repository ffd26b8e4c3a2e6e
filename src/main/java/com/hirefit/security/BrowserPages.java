package com.hirefit.security;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The paths of the pages people use in a browser: the start page, login, logout, the refusal page and every
 * {@link WorkspaceArea}'s pages. The browser filter chain serves them, and a failure on one of them is answered with a
 * page, never a problem detail (those stay with the API and the webhooks).
 */
public final class BrowserPages {
    static final String[] PATHS = Stream.concat(Stream.of("/", "/login", "/logout", "/denied"), Stream.of(WorkspaceArea.allPaths()))
            .toArray(String[]::new);
    private static final List<PathPattern> PATTERNS = patterns(PATHS);
    /** Where machines are answered (the API, the actuator, webhooks, the API's documentation): always problem details. */
    private static final List<PathPattern> MACHINES = patterns(Stream.concat(Stream.of("/api/**", "/actuator/**"),
            Stream.of(SecurityConfiguration.WEBHOOKS_AND_DOCS)).toArray(String[]::new));

    private BrowserPages() {
    }

    /** Whether a request path (within the application, as sent: percent-encoding is decoded to match) is one of them. */
    public static boolean isPage(String path) {
        return matches(PATTERNS, path);
    }

    /** Whether a request path is one machines call, whose every answer is a problem detail whoever asks. */
    public static boolean isForMachines(String path) {
        return matches(MACHINES, path);
    }

    private static boolean matches(List<PathPattern> patterns, String path) {
        if (path == null || path.isEmpty()) {
            return false;
        }
        PathContainer container = PathContainer.parsePath(path);
        return patterns.stream().anyMatch(pattern -> pattern.matches(container));
    }

    private static List<PathPattern> patterns(String[] paths) {
        return Arrays.stream(paths).map(PathPatternParser.defaultInstance::parse).toList();
    }
}
