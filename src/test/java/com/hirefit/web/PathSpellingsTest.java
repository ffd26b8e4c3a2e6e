package com.hirefit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.web.ProtectedRoutes.Route;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * What is checked is what is routed: every {@code /api} route and every actuator endpoint, in every spelling an
 * attacker tries ({@code ;} parameters, a percent-encoded letter or slash, {@code //}, dot segments, case, a trailing
 * slash, a backslash, an absolute-form target), sent byte for byte without a key, answers 400, 401 or 404 as a problem
 * detail, never 2xx. The routes are read from the running service ({@link ProtectedRoutes}).
 */
class PathSpellingsTest extends ProtectedRoutes {

    @Test
    void everyRouteInEverySpellingWithoutAKeyIsRefusedWithAProblemDetail() {
        assertThat(routes).extracting(Route::path)
                .contains("/api/jobs", "/api/jobs/X1", "/api/screenings", "/api/candidates/X1", "/api/rules/reload",
                        "/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/jvm.memory.used");
        SoftAssertions softly = new SoftAssertions();
        int sent = 0;
        for (Route route : routes) {
            RawHttp.Response canonical = send(route, route.path());
            softly.assertThat(canonical.status()).as(route + " without a key: " + canonical).isEqualTo(401);
            softly.assertThat(canonical.headers()).as(route + " WWW-Authenticate").containsKey("www-authenticate");
            for (String spelling : spellings(route.path())) {
                RawHttp.Response response = send(route, spelling);
                sent++;
                softly.assertThat(response.status()).as(route.method() + " " + spelling + ": " + response).isIn(400, 401, 404);
                softly.assertThat(response.contentType()).as(route.method() + " " + spelling + ": " + response)
                        .startsWith("application/problem+json");
            }
        }
        softly.assertAll();
        assertThat(sent).isGreaterThan(routes.size() * 30);
    }

    /** COMPLIANCE's part of the API, which a key opens only if it is also a compliance key (AuditApiTest uses one). */
    private static boolean forComplianceKeys(String path) {
        return path.startsWith("/api/audit") || path.startsWith("/api/self-identification");
    }

    @Test
    void aValidKeyStillOpensEveryCanonicalReadRoute() {
        int compliance = 0;
        for (Route route : routes) {
            if (route.method().equals("GET") && !route.path().contains("X1")) {
                RawHttp.Response response = http.send("GET", route.path(), "X-API-Key: " + ApiHttp.KEY);
                if (forComplianceKeys(route.path())) {
                    compliance++;
                    assertThat(response.status()).as(route + ": " + response).isEqualTo(403);
                    assertThat(response.body()).as(route.toString()).contains("not a compliance key");
                } else {
                    assertThat(response.status()).as(route + ": " + response).isEqualTo(200);
                }
            }
        }
        assertThat(compliance).isEqualTo(3);
        assertThat(http.send("GET", "/actuator/metrics/jvm.memory.used", "X-API-Key: " + ApiHttp.KEY).status()).isEqualTo(200);
        assertThat(http.send("GET", "/api/jobs/X1", "X-API-Key: " + ApiHttp.KEY).status()).isEqualTo(404);
        assertThat(http.send("GET", "/api/jobs", "X-API-Key: wrong").status()).isEqualTo(401);
    }

    private RawHttp.Response send(Route route, String target) {
        return route.hasBody() ? http.send(route.method(), target, "{}".getBytes(), "Content-Type: application/json")
                : http.send(route.method(), target);
    }

    /** The spellings of one canonical path that a path check on the raw URI would miss. */
    private List<String> spellings(String path) {
        String first = path.substring(1).split("/")[0];
        String rest = path.substring(1 + first.length());
        String tail = rest.isEmpty() ? "" : rest.substring(1);
        List<String> spellings = new ArrayList<>(List.of(
                path + "/",
                "/" + first + ";" + rest,
                "/" + first + ";x=y" + rest,
                "/" + first + ";jsessionid=1" + rest,
                path + ";x=y",
                "/" + encode(first, 0) + rest,
                "/" + encode(first, 0).toLowerCase(Locale.ROOT) + rest,
                "/" + encodeAll(first) + rest,
                "/%25" + HexFormat.of().toHexDigits((byte) first.charAt(0)) + first.substring(1) + rest,
                "/%2F" + path.substring(1),
                "/%2f" + path.substring(1),
                "/" + path,
                "/" + first + "/" + rest,
                "/" + first + "//" + tail,
                "/./" + path.substring(1),
                "/" + first + "/." + rest,
                "/x/.." + path,
                "/" + first + "/../" + first + rest,
                "/%2e/" + path.substring(1),
                "/%2E" + path,
                "/x/%2e%2e" + path,
                "/x/.%2e" + path,
                "/" + first.toUpperCase(Locale.ROOT) + rest,
                "/" + Character.toUpperCase(first.charAt(0)) + first.substring(1) + rest,
                path.toUpperCase(Locale.ROOT),
                "/" + first + "%3B" + rest,
                "/" + first + "%00" + rest,
                "/" + first + "\\" + tail,
                "/" + first + "%5C" + tail,
                "http://127.0.0.1:" + port + path,
                "http://127.0.0.1:" + port + "/" + encode(first, 0) + rest));
        if (!tail.isEmpty()) {
            spellings.add("/" + first + "%2F" + tail);
            spellings.add("/" + first + "%2f" + tail);
            spellings.add("/" + first + "/" + encode(tail, 0));
            spellings.add("/" + first + ";/" + encode(tail, 0));
        }
        return spellings;
    }

    /** The letter at {@code index} as %XX (upper-case hex). */
    private static String encode(String segment, int index) {
        return segment.substring(0, index) + "%" + HexFormat.of().withUpperCase().toHexDigits((byte) segment.charAt(index))
                + segment.substring(index + 1);
    }

    private static String encodeAll(String segment) {
        StringBuilder encoded = new StringBuilder();
        for (char c : segment.toCharArray()) {
            encoded.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
        }
        return encoded.toString();
    }
}
