package com.hirefit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.web.ProtectedRoutes.Route;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The hostile-request suite: headers, methods, bodies and sizes an attacker without the key tries, against every
 * protected route of the running service, byte for byte. No such request gets a 2xx (or a redirect, or a 500): each
 * answers a 4xx problem detail. Paths are covered by {@link PathSpellingsTest}.
 */
class HostileRequestsTest extends ProtectedRoutes {
    private static final String KEY = ApiHttp.KEY;

    private static String basic(String userAndPassword) {
        return "Authorization: Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    /** Credentials that are not a valid key, however close; and headers that try to change what is routed or checked. */
    private static final List<List<String>> NOT_A_KEY = List.of(
            List.of(),
            List.of("X-API-Key:"),
            List.of("X-API-Key: wrong"),
            List.of("X-API-Key: " + KEY.toUpperCase()),
            List.of("X-API-Key: " + KEY.substring(0, KEY.length() - 1)),
            List.of("X-API-Key: " + KEY + "x"),
            List.of("X-API-Key: x" + KEY),
            List.of("X-API-Key: " + KEY + "\u00a0"),
            List.of("X-API-Key: " + KEY + "," + KEY),
            List.of("X-API-Key: wrong", "Authorization: Basic " + Base64.getEncoder().encodeToString((":" + KEY).getBytes())),
            List.of(basic(KEY + ":")),
            List.of(basic("user:wrong")),
            List.of(basic(KEY)),
            List.of("Authorization: Basic !!not-base64!!"),
            List.of("Authorization: Basic"),
            List.of("Authorization: Bearer " + KEY),
            List.of("Authorization: " + KEY),
            List.of("Api-Key: " + KEY),
            List.of("X-API-Token: " + KEY),
            List.of("Cookie: JSESSIONID=0123456789ABCDEF; X-API-Key=" + KEY),
            List.of("X-Original-URL: /actuator/health", "X-Rewrite-URL: /actuator/health"),
            List.of("X-Forwarded-Prefix: /actuator/health", "X-Forwarded-For: 127.0.0.1", "X-Forwarded-Host: localhost",
                    "X-Real-IP: 127.0.0.1", "Forwarded: for=127.0.0.1;host=localhost"),
            List.of("X-HTTP-Method-Override: GET", "X-Method-Override: OPTIONS"),
            List.of("Accept: text/html", "X-API-Key: wrong"),
            List.of("X-API-Key: " + KEY + "\u0000"),
            List.of("X-API-Key: " + KEY + "\r\n\tfolded"),
            List.of("X-API-Key: " + "k".repeat(9_000)),
            manyHeaders());

    private static List<String> manyHeaders() {
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            headers.add("X-Noise-" + i + ": " + i);
        }
        return headers;
    }

    /** Not a 2xx, 3xx or 5xx, and a problem detail (HEAD has the type but no body). */
    private static void refused(SoftAssertions softly, String what, RawHttp.Response response) {
        softly.assertThat(response.status()).as(what + ": " + response).isBetween(400, 499);
        softly.assertThat(response.contentType()).as(what + ": " + response).startsWith("application/problem+json");
    }

    @Test
    void noCredentialThatIsNotAValidKeyOpensAnyRoute() {
        SoftAssertions softly = new SoftAssertions();
        for (Route route : routes) {
            for (List<String> headers : NOT_A_KEY) {
                String[] lines = headers.toArray(String[]::new);
                RawHttp.Response response = route.hasBody()
                        ? http.send(route.method(), route.path(), "{}".getBytes(StandardCharsets.UTF_8), concat(lines, "Content-Type: application/json"))
                        : http.send(route.method(), route.path(), lines);
                String shown = headers.size() > 3 ? headers.size() + " headers" : headers.toString();
                refused(softly, route + " " + (shown.length() > 120 ? shown.substring(0, 120) : shown), response);
            }
        }
        softly.assertAll();
    }

    @Test
    void noMethodOrQueryTrickOpensAnyRoute() {
        SoftAssertions softly = new SoftAssertions();
        for (Route route : routes) {
            for (String method : List.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE", "TRACE", "get", "FOO")) {
                refused(softly, method + " " + route.path(), http.send(method, route.path()));
            }
            for (String query : List.of("?api_key=" + KEY, "?X-API-Key=" + KEY, "?apiKey=" + KEY + "&_method=GET", "?" + "q=x&".repeat(1_000))) {
                refused(softly, route.method() + " " + route.path() + query.substring(0, Math.min(40, query.length())),
                        http.send(route.method(), route.path() + query));
            }
        }
        softly.assertAll();
    }

    @Test
    void noBodyOrSizeOpensAnyRoute() {
        SoftAssertions softly = new SoftAssertions();
        byte[] big = new byte[3 << 20];
        Arrays.fill(big, (byte) '{');
        List<Supplier<RawHttp.Response>> attempts = new ArrayList<>();
        for (Route route : routes.stream().filter(Route::hasBody).toList()) {
            attempts.add(() -> http.send(route.method(), route.path(), big, "Content-Type: application/json"));
            attempts.add(() -> http.send(route.method(), route.path(), "{\"jobId\": ".getBytes(), "Content-Type: application/json"));
            attempts.add(() -> http.send(route.method(), route.path(), "--b\r\n\r\n--b--\r\n".getBytes(),
                    "Content-Type: multipart/form-data; boundary=b"));
            attempts.add(() -> http.send(route.method(), route.path(), "5\r\n{}{}{\r\n0\r\n\r\n".getBytes(),
                    "Transfer-Encoding: chunked", "Content-Type: application/json"));
            attempts.add(() -> http.exchange((route.method() + " " + route.path() + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                    + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1)));
            attempts.add(() -> http.send(route.method(), route.path(), "{}".getBytes(), "Expect: 100-continue", "Content-Type: application/json"));
        }
        for (Route route : routes) {
            attempts.add(() -> http.send(route.method(), route.path() + "/" + "a".repeat(7_000)));
            attempts.add(() -> http.send(route.method(), route.path() + "/" + "a".repeat(9_000)));
            attempts.add(() -> http.exchange((route.method() + " " + route.path() + " HTTP/1.0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1)));
            attempts.add(() -> http.exchange((route.method() + " http://evil.example" + route.path() + " HTTP/1.1\r\nHost: evil.example\r\n"
                    + "Connection: close\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1)));
        }
        for (int i = 0; i < attempts.size(); i++) {
            refused(softly, "attempt " + i, attempts.get(i).get());
        }
        softly.assertAll();
    }

    @Test
    void aKeyOnOneRequestOpensNothingForTheNextOnTheSameConnection() {
        ByteArrayOutputStream pipelined = new ByteArrayOutputStream();
        pipelined.writeBytes(("GET /api/jobs HTTP/1.1\r\nHost: x\r\nX-API-Key: " + KEY + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        for (Route route : routes.stream().filter(route -> route.method().equals("GET")).toList()) {
            pipelined.writeBytes(("GET " + route.path() + " HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        pipelined.writeBytes("GET /api/rules HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        List<Integer> statuses = http.statuses(pipelined.toByteArray());
        assertThat(statuses.get(0)).isEqualTo(200);
        assertThat(statuses.subList(1, statuses.size())).hasSize((int) routes.stream().filter(r -> r.method().equals("GET")).count() + 1)
                .allMatch(status -> status == 401);
        RawHttp.Response withKey = http.send("GET", "/api/jobs", "X-API-Key: " + KEY);
        assertThat(withKey.status()).isEqualTo(200);
        assertThat(withKey.headers()).as("stateless: no session cookie").doesNotContainKey("set-cookie");
    }

    private static String[] concat(String[] lines, String more) {
        String[] all = Arrays.copyOf(lines, lines.length + 1);
        all[lines.length] = more;
        return all;
    }
}
