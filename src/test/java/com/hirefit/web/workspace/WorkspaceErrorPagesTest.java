package com.hirefit.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.user.Role;
import com.hirefit.user.UserAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Over real HTTP: a person in the workspace who meets a missing page, a page of another role, a value the page does
 * not take, a method it does not take or an error on the service's side gets a page in the workspace's layout with a
 * way back, never a problem detail, a request value or a stack trace; the API and the webhooks keep their RFC 9457
 * problem details for the same failures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:workspace-errors;DB_CLOSE_DELAY=-1", "hirefit.rules.watch=false",
        "hirefit.api.keys=test-key", "hirefit.webhooks.greenhouse.secret=gh_test_secret",
        "spring.servlet.multipart.max-file-size=1KB", "spring.servlet.multipart.max-request-size=2KB"})
@Import(WorkspaceErrorPagesTest.Failing.class)
class WorkspaceErrorPagesTest {
    /** What the failing handlers put in their exception's message: it must reach no answer. */
    static final String SECRET = "value-from-the-request-4711";

    /** Handlers that fail as a bug would, one on a workspace page and one in the API. */
    @RestController
    static class Failing {
        @GetMapping({"/jobs/failing-for-test", "/api/failing-for-test"})
        String fail() {
            throw new IllegalStateException("could not store " + SECRET);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    private WorkspaceClient recruiter;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void logIn() throws Exception {
        recruiter = WorkspaceClient.as(Role.RECRUITER, port, accounts);
    }

    @Test
    void aMissingPageIsAPageWithAWayBack() throws Exception {
        HttpResponse<String> page = recruiter.get("/jobs/no-such-page-" + SECRET);
        assertPage(page, 404, "Not found");
        assertThat(page.body()).contains("There is no such page");
        HttpResponse<String> job = recruiter.get("/jobs/job?id=" + SECRET);
        assertPage(job, 404, "Not found");
        assertThat(job.body()).contains("There is no such job");
        assertPage(recruiter.get("/screenings/" + SECRET), 404, "Not found");
        assertPage(recruiter.get("/candidates/" + SECRET), 404, "Not found");

        // htmx asks for a fragment: the notice alone, for its target, not a page inside the page.
        HttpResponse<String> fragment = recruiter.htmx("/jobs/no-such-page-" + SECRET);
        assertThat(fragment.statusCode()).isEqualTo(404);
        assertThat(fragment.body()).contains("role=\"alert\"", "There is no such page").doesNotContain("<html", "Skip to main content", SECRET);
    }

    @Test
    void anAddressNoPartOfTheServiceServesIsAPageForABrowserAndAProblemDetailForOthers() throws Exception {
        HttpResponse<String> page = recruiter.get("/jobz-" + SECRET);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<h1>Not found</h1>", "There is no such page", "Skip to main content", "Back to your start page")
                .doesNotContain(SECRET);
        assertProblem(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/jobz-" + SECRET)).build(),
                HttpResponse.BodyHandlers.ofString()), 404);
        assertProblem(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/jobz")).header("Accept", "*/*").build(),
                HttpResponse.BodyHandlers.ofString()), 404);
    }

    @Test
    void aPageOfAnotherRoleIsTheRefusalPage() throws Exception {
        HttpResponse<String> page = recruiter.get("/rules");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("This page is not open to your role", "Skip to main content", "Back to your start page");
    }

    @Test
    void aValueThePageDoesNotTakeIsNamedNotQuoted() throws Exception {
        HttpResponse<String> page = recruiter.get("/screenings?page=" + SECRET);
        assertPage(page, 400, "A value this page does not take");
        assertThat(page.body()).contains("(page)");
        HttpResponse<String> missing = recruiter.get("/jobs/results");
        assertPage(missing, 400, "A value this page does not take");
        assertThat(missing.body()).contains("(id)");
        HttpResponse<String> form = recruiter.post("/jobs/edit", "jobId=BAD-FORM&jobTitle=X&aiPhase=2&workShape=UNSTRUCTURED_TEXT"
                + "&trainingData=NONE&dataMaturity=ADEQUATE&mlInProduction=" + SECRET, "/jobs/edit");
        assertPage(form, 400, "A value this page does not take");
        assertThat(form.body()).contains("(mlInProduction)");
    }

    @Test
    void aMethodThePageDoesNotTakeIsAPage() throws Exception {
        assertPage(recruiter.post("/jobs/results?id=" + SECRET, "x=1", "/jobs"), 405, "Not a way to use this page");
    }

    @Test
    void anUploadOverTheLimitIsRefusedWithANoticeForTheUploadsTarget() throws Exception {
        HttpResponse<String> refused = recruiter.htmxUpload("/jobs/upload?id=ANY", "big.csv", new byte[1500], "/jobs");
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("role=\"alert\"", "larger than this service takes").doesNotContain("<html", "big.csv");
    }

    @Test
    void anErrorOnTheServicesSideIsAPageWithoutItsMessageOrTrace() throws Exception {
        HttpResponse<String> page = recruiter.get("/jobs/failing-for-test");
        assertPage(page, 500, "Something went wrong");
        assertThat(page.body()).doesNotContain("IllegalStateException", "at com.hirefit", "could not store");
    }

    @Test
    void theApiAndTheWebhooksKeepTheirProblemDetails() throws Exception {
        assertProblem(api("/api/failing-for-test"), 500);
        assertProblem(api("/api/no-such-route"), 404);
        assertProblem(api("/api/screenings/" + "x".repeat(300)), 400);
        HttpResponse<String> webhook = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/greenhouse"))
                .header("Accept", WorkspaceClient.BROWSER_ACCEPT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(webhook, 401);
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/greenhouse"))
                .header("Accept", WorkspaceClient.BROWSER_ACCEPT).build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(get, 405);
        assertProblem(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/greenhouse/x"))
                .header("Accept", WorkspaceClient.BROWSER_ACCEPT).build(), HttpResponse.BodyHandlers.ofString()), 404);
        assertProblem(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                .header("Accept", WorkspaceClient.BROWSER_ACCEPT).build(), HttpResponse.BodyHandlers.ofString()), 401);
    }

    private HttpResponse<String> api(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("X-API-Key", "test-key")
                .header("Accept", WorkspaceClient.BROWSER_ACCEPT).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertPage(HttpResponse<String> page, int status, String heading) {
        assertThat(page.statusCode()).as(page.body()).isEqualTo(status);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<h1>" + heading + "</h1>", "Skip to main content", "href=\"/\"", "Back to your start page",
                "aria-label=\"Main\"", ">Jobs</a>", "Signed in as").doesNotContain(SECRET, "\"status\":", "Exception");
    }

    private static void assertProblem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(answer.body()).doesNotContain(SECRET, "<html");
    }
}
