package com.hirefit.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The browser chain in a real browser: a form post without its CSRF token is refused, a session that expires while
 * the page is open sends an htmx request's page to the login page (never a login form inside the advice panel),
 * each role sees and opens only its own pages (a refused or missing page is a page in the layout, checked with
 * axe-core), and a browser session opens nothing of the API.
 */
class WorkspaceSecurityTest extends BrowserTest {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    WebServerApplicationContext server;

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
        logIn("recruiter");
        String form = "jobId=NO-TOKEN&jobTitle=LLM+Engineer&aiPhase=2&workShape=UNSTRUCTURED_TEXT&trainingData=NONE&dataMaturity=ADEQUATE";
        HttpResponse<String> refused = post("/jobs/edit", form, sessionCookie());
        assertThat(refused.statusCode()).isEqualTo(403);
        driver.get(url("/jobs"));
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("NO-TOKEN");

        // The same post with the page's token is taken: the refusal was the missing token, not the form.
        driver.get(url("/jobs/edit"));
        String token = driver.findElement(By.cssSelector("#job-form input[name=_csrf]")).getDomAttribute("value");
        HttpResponse<String> taken = post("/jobs/edit", form + "&_csrf=" + token, sessionCookie());
        assertThat(taken.statusCode()).isEqualTo(302);
        assertThat(taken.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/jobs/job?id=NO-TOKEN"));
    }

    @Test
    void aSessionThatExpiredDuringAnHtmxRequestLandsOnTheLoginPage() {
        logIn("recruiter");
        driver.get(url("/jobs/edit"));
        visible(By.id("advice-content"));
        expire(driver.manage().getCookieNamed("JSESSIONID").getValue());

        driver.findElement(By.cssSelector("input[name=aiPhase][value='2']")).click();

        waitFor().until(d -> d.getCurrentUrl().contains("/login"));
        visible(By.id("username"));
        assertThat(driver.findElements(By.id("advice-content"))).as("no advice panel left around the login form").isEmpty();
        assertThat(driver.findElements(By.cssSelector("form[action='/login']"))).hasSize(1);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Log in to HireFit");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Your session ended");

        // Logging in again works at once: the expired session left nothing in the way.
        logIn("recruiter");
        assertThat(driver.getCurrentUrl()).endsWith("/jobs");
    }

    @Test
    void aRecruiterIsRefusedThePagesOfOtherRoles() {
        logIn("recruiter");
        List<String> links = driver.findElements(By.cssSelector("nav[aria-label=Main] a")).stream().map(WebElement::getText).toList();
        assertThat(links).contains("Jobs", "Screenings").doesNotContain("Users");
        for (String page : List.of("/admin/users", "/rules", "/integrations")) {
            driver.get(url(page));
            assertThat(driver.findElement(By.tagName("h1")).getText()).as(page).isEqualTo("This page is not open to your role");
        }
        assertAccessible("the refusal page");

        logIn("admin");
        driver.get(url("/admin/users"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Users");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("recruiter", "RULE_AUTHOR");
        assertAccessible("users");
        screenshot("users");
    }

    @Test
    void aMissingPageAndABadValueArePagesInTheLayoutWithAWayBack() {
        logIn("recruiter");
        driver.get(url("/jobs/no-such-page"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        assertThat(driver.findElement(By.cssSelector("[data-testid=problem]")).getText()).contains("There is no such page");
        assertThat(driver.findElements(By.cssSelector("nav[aria-label=Main] a"))).isNotEmpty();
        assertAccessible("the missing page");
        screenshot("not-found");
        driver.get(url("/screenings?page=not-a-number"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("A value this page does not take");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("not-a-number");
        assertAccessible("the bad value page");
        Follow.click(driver, By.cssSelector("[data-testid=back]"));
        assertThat(driver.getCurrentUrl()).endsWith("/jobs");
    }

    @Test
    void aRuleAuthorHasNoRecruitingPagesAndComplianceCannotChangeJobs() throws Exception {
        logIn("rule-author");
        driver.get(url("/jobs"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("This page is not open to your role");

        logIn("compliance");
        driver.get(url("/jobs"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Jobs");
        assertThat(driver.findElements(By.linkText("New job"))).isEmpty();
        driver.get(url("/jobs/edit"));
        String token = driver.findElement(By.cssSelector("#job-form input[name=_csrf]")).getDomAttribute("value");
        HttpResponse<String> save = post("/jobs/edit", "jobId=BY-COMPLIANCE&jobTitle=X&aiPhase=2&workShape=UNSTRUCTURED_TEXT"
                + "&trainingData=NONE&dataMaturity=ADEQUATE&_csrf=" + token, sessionCookie());
        assertThat(save.statusCode()).isEqualTo(403);
    }

    @Test
    void aBrowserSessionOpensNothingOfTheApi() throws Exception {
        logIn("admin");
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(url("/api/jobs"))).header("Cookie", sessionCookie()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> post(String path, String form, String cookie) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Ends a session in the servlet container, as its timeout would. */
    private void expire(String sessionId) {
        Context context = (Context) ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren()[0];
        try {
            Session session = context.getManager().findSession(sessionId);
            assertThat(session).as("the browser's session on the server").isNotNull();
            session.expire();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
