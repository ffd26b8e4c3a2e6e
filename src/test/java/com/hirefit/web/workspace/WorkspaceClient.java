package com.hirefit.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.user.Role;
import com.hirefit.user.UserAccounts;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The workspace over real HTTP as a browser uses it: keeps its cookies, logs in with the form, follows no redirect. */
final class WorkspaceClient {
    static final String PASSWORD = "correct-horse-battery";
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    WorkspaceClient(int port) {
        this.port = port;
    }

    /** A client logged in as the user of this role (created with {@link #PASSWORD} when not there yet). */
    static WorkspaceClient as(Role role, int port, UserAccounts accounts) throws IOException, InterruptedException {
        String name = role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (!accounts.exists(name)) {
            accounts.add(name, java.util.EnumSet.of(role), PASSWORD);
        }
        WorkspaceClient client = new WorkspaceClient(port);
        HttpResponse<String> login = client.logIn(name, PASSWORD);
        assertThat(login.headers().firstValue("Location")).as("logged in").hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
        return client;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET as htmx sends it, for a fragment. */
    HttpResponse<String> htmx(String path) throws IOException, InterruptedException {
        return http.send(request(path).header("HX-Request", "true").build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A file uploaded as the job page's form sends it over htmx: multipart, the CSRF token in its header. */
    HttpResponse<String> htmxUpload(String path, String fileName, byte[] content, String tokenFrom)
            throws IOException, InterruptedException {
        String boundary = "hirefit-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return http.send(request(path).header("HX-Request", "true").header("X-CSRF-TOKEN", token(tokenFrom))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A form post with the CSRF token of the page at {@code tokenFrom}. */
    HttpResponse<String> post(String path, String form, String tokenFrom) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(token(tokenFrom)))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> logIn(String username, String password) throws IOException, InterruptedException {
        return post("/login", "username=" + encode(username) + "&password=" + encode(password), "/login");
    }

    private String token(String page) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get(page).body());
        assertThat(token.find()).as("a CSRF token on " + page).isTrue();
        return token.group(1);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", BROWSER_ACCEPT);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
