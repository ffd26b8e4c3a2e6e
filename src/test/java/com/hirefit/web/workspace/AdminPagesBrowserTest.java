package com.hirefit.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.decision.DecisionEvent;
import com.hirefit.decision.DecisionService;
import com.hirefit.job.JobDocument;
import com.hirefit.job.JobStore;
import com.hirefit.rules.service.CurrentRules;
import com.hirefit.screening.AssessmentStore;
import com.hirefit.screening.FiredRule;
import com.hirefit.screening.ScreeningService;
import com.hirefit.screening.StoredAssessment;
import com.hirefit.webhook.AtsEvent;
import com.hirefit.webhook.AtsIntake;
import com.hirefit.webhook.DroppedFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Rules (RULE_AUTHOR) and Integrations (ADMIN) pages in a real browser, on a copy of the rules folder this test may
 * break: a recruiter is refused both; a rule author sees the rules installed, a refused change with its file and line,
 * reloads, reads the catalogue and the scenario results, and how often recruiters override each rule; an administrator
 * sees the webhook deliveries by outcome without personal data, and erases a candidate after confirming.
 */
class AdminPagesBrowserTest extends BrowserTest {
    static final Path RULES = copyOfTheRules();

    @DynamicPropertySource
    static void rulesFolder(DynamicPropertyRegistry registry) {
        registry.add("hirefit.rules-dir", RULES::toString);
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    CurrentRules rules;

    @Autowired
    JobStore jobs;

    @Autowired
    ScreeningService screening;

    @Autowired
    AssessmentStore assessments;

    @Autowired
    DecisionService decisions;

    @Autowired
    AtsIntake intake;

    @Test
    void aRecruiterIsRefusedTheRulesAndIntegrationsPagesAndTheirActions() throws Exception {
        logIn("recruiter");
        assertThat(navigation()).contains("Jobs").doesNotContain("Rules", "Integrations");
        for (String page : List.of("/rules", "/rules/catalogue", "/rules/scenarios", "/rules/overrides", "/integrations")) {
            driver.get(url(page));
            assertThat(driver.findElement(By.tagName("h1")).getText()).as(page).isEqualTo("This page is not open to your role");
        }
        String token = driver.findElement(By.cssSelector("form[action='/logout'] input[name=_csrf]")).getDomAttribute("value");
        for (String action : List.of("/rules/reload", "/integrations/erase")) {
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(url(action))).header("Cookie", sessionCookie())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("candidateId=X&confirm=true&_csrf=" + token)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(action).isEqualTo(403);
        }

        logIn("rule-author");
        assertThat(driver.getCurrentUrl()).endsWith("/rules");
        assertThat(navigation()).contains("Rules").doesNotContain("Integrations", "Jobs");
        driver.get(url("/integrations"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("This page is not open to your role");

        logIn("admin");
        assertThat(navigation()).contains("Jobs", "Rules", "Integrations", "Users");
    }

    @Test
    void aRuleAuthorSeesARefusedChangeWithFileAndLineReloadsAndReadsCatalogueScenariosAndOverrides() throws IOException {
        logIn("rule-author");
        driver.get(url("/rules"));
        String version = rules.get().version();
        assertThat(text("[data-testid=rules-version]")).isEqualTo(version);
        assertThat(driver.findElements(By.cssSelector("[data-testid=rules-history] tbody tr"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("[data-testid=rejected-change]"))).isEmpty();
        assertAccessible("rules");

        // A change that does not compile is refused: the page names its file and line; the installed rules stay.
        Path file = RULES.resolve("green-flags.drl");
        String original = Files.readString(file);
        int brokenLine = (int) original.lines().count() + 2;
        Files.writeString(file, "\nrule \"A broken rule\"\nwhen\n    Evidence(tag == )\nthen\nend\n", StandardOpenOption.APPEND);
        try {
            Follow.click(driver, By.cssSelector("[data-testid=reload]"));
            assertThat(text("[data-testid=reload-result]")).startsWith("Not installed");
            assertThat(text("[data-testid=rejected-change]")).contains("green-flags.drl:");
            int line = Integer.parseInt(text("[data-testid=rejected-change] .problem-list li").replaceAll("^green-flags\\.drl:(\\d+):.*$", "$1"));
            assertThat(line).isBetween(brokenLine, brokenLine + 4);
            assertThat(rules.get().version()).isEqualTo(version);
            assertAccessible("rules with a refused change");
            screenshot("rules");
        } finally {
            Files.writeString(file, original);
        }
        Follow.click(driver, By.cssSelector("[data-testid=reload]"));
        assertThat(text("[data-testid=reload-result]")).startsWith("The folder has not changed");
        assertThat(driver.findElements(By.cssSelector("[data-testid=rejected-change]"))).isEmpty();

        Follow.click(driver, By.linkText("Catalogue"));
        assertThat(driver.findElements(By.cssSelector("[data-testid=concerns] li"))).hasSizeGreaterThan(10);
        Follow.click(driver, By.linkText("green-flags.drl"));
        assertThat(text("[data-testid=catalogue-rules]")).contains("Designing retrieval-augmented generation is a green flag", "RAG_DESIGN");
        assertAccessible("catalogue page");
        screenshot("rules-catalogue");

        Follow.click(driver, By.linkText("Scenarios and calibration"));
        assertThat(text("[data-testid=scenario-summary]")).matches("(\\d+) scenarios: \\1 passed, 0 failed; 0 error\\(s\\); \\d+ of \\d+ rules fired by a scenario");
        assertThat(driver.findElements(By.cssSelector("[data-testid=scenario-results] tbody tr"))).hasSizeGreaterThan(10);
        assertThat(text("[data-testid=calibration-summary]")).matches("(\\d+) pairs: \\1 agree \\(100.0%\\), 0 disagree; 0 error\\(s\\)");
        assertAccessible("scenarios");
        screenshot("rules-scenarios");

        // One assessment overridden: each rule that concluded something in it is overridden once in one decision.
        jobs.put(new JobDocument(JobFilesForTests.contractReview("RULES-1"), Map.of()));
        StoredAssessment a = screening.assessOne(JobFilesForTests.contractReview("RULES-1"), candidate("R-1", "Rae Ruled"), "api");
        String overriding = a.assessment().verdict() == com.hirefit.vocabulary.Verdict.NOT_FIT ? "ADVANCE" : "REJECT";
        decisions.decide(a.assessmentId(), overriding, "EVIDENCE_OVERREAD", null, new DecisionService.Actor("recruiter", DecisionEvent.WORKSPACE));
        String verdictRule = a.assessment().firedRules().stream().filter(f -> f.file().equals("verdict.drl")).map(FiredRule::rule)
                .findFirst().orElseThrow();
        Follow.click(driver, By.linkText("Overrides by recruiters"));
        List<String> rows = driver.findElements(By.cssSelector("[data-testid=override-rates] tbody tr")).stream().map(WebElement::getText).toList();
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith(verdictRule).endsWith("1 1 100%"));
        assertThat(rows).hasSize((int) a.assessment().firedRules().stream().filter(f -> f.code() != null).map(FiredRule::rule).distinct().count());
        assertAccessible("overrides");
        screenshot("rules-overrides");
        driver.get(url("/rules/catalogue/verdict.drl"));
        assertThat(driver.findElements(By.cssSelector("[data-testid=catalogue-rules] tbody tr")).stream().map(WebElement::getText))
                .anySatisfy(row -> assertThat(row).startsWith(verdictRule).endsWith("1 of 1"));
    }

    @Test
    void anAdministratorSeesDeliveriesWithoutPersonalDataAndErasesACandidateAfterConfirming() {
        jobs.put(new JobDocument(JobFilesForTests.contractReview("ATS-JOB"), Map.of("greenhouse", List.of("GH-7"))));
        Map<String, Object> nora = Map.of("Candidate ID", "ATS-1", "Name", "Nora Namedperson", "Email", "nora@example.com",
                "Highlights", "Shipped an LLM assistant with RAG and evals.");
        assertThat(intake.receive(event("d-1", "app-1", "GH-7", nora)).status()).isEqualTo("SCREENED");
        assertThat(intake.receive(event("d-1", "app-1", "GH-7", nora)).status()).isEqualTo("DUPLICATE");
        assertThat(intake.receive(event("d-2", "app-2", "GH-UNKNOWN", Map.of("Candidate ID", "ATS-2", "Name", "Ulla Unmapped")))
                .status()).isEqualTo("UNMAPPED_JOB");
        assertThat(intake.receive(event("d-3", "app-3", "GH-7", Map.of("Name", "Rita Rejected"))).status()).isEqualTo("REJECTED");

        logIn("admin");
        driver.get(url("/integrations"));
        assertThat(driver.findElement(By.cssSelector("[data-testid=counts-greenhouse] tbody tr:nth-child(2)")).getText())
                .isEqualTo("All time 1 1 1 1 0");
        driver.findElement(By.cssSelector("[data-testid=recent-greenhouse] summary")).click();
        assertThat(text("[data-testid=recent-greenhouse]")).contains("application_created", "SCREENED", "ATS-JOB", "DUPLICATE",
                "EEO Race, Graduation Year");
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).doesNotContain("Nora", "Ulla", "Rita", "app-1", "ATS-1", "nora@example.com");
        assertAccessible("integrations");
        screenshot("integrations");

        String assessmentId = decisionOn("ATS-1");
        driver.findElement(By.id("erase-candidate")).sendKeys("ATS-1");
        Follow.click(driver, By.cssSelector("[data-testid=erase-check]"));
        assertThat(text("[data-testid=erase-confirm]")).contains("Erase the personal data of ATS-1?",
                "1 of its 1 assessments still have a name, contact and resume kept", "the 1 decisions taken on them stay");
        assertThat(assessments.get(assessmentId).orElseThrow().assessment().name()).as("nothing erased before confirming").isEqualTo("Nora Namedperson");
        assertAccessible("erasure confirmation");
        Follow.click(driver, By.cssSelector("[data-testid=erase-confirm-button]"));
        assertThat(text("[data-testid=erased]")).isEqualTo("Erased: 1 personal record(s) of ATS-1. Their assessments and decisions stay, anonymous.");
        assertThat(assessments.get(assessmentId).orElseThrow().assessment().name()).isNull();
        assertThat(decisions.trail(assessmentId).orElseThrow().events()).hasSize(1);

        driver.findElement(By.id("erase-candidate")).sendKeys("ATS-1");
        Follow.click(driver, By.cssSelector("[data-testid=erase-check]"));
        assertThat(text("[data-testid=erase-confirm]")).contains("No personal data is kept for ATS-1", "nothing to erase");
    }

    private String decisionOn(String candidateId) {
        String personId = assessments.personIds(candidateId).get(0);
        assertThat(personId).isNotNull();
        driver.get(url("/jobs/results?id=ATS-JOB"));
        String href = driver.findElement(By.cssSelector("[data-testid=result-row] a")).getDomAttribute("href");
        String assessmentId = href.substring(href.lastIndexOf('/') + 1);
        decisions.decide(assessmentId, "HOLD", "OUTSIDE_RESUME", null, new DecisionService.Actor("admin", DecisionEvent.WORKSPACE));
        driver.get(url("/integrations"));
        return assessmentId;
    }

    private static AtsEvent event(String deliveryId, String applicationId, String atsJobId, Map<String, Object> candidate) {
        return new AtsEvent("greenhouse", "application_created", false, deliveryId, applicationId, List.of(atsJobId), candidate, null, null,
                new DroppedFields(List.of("EEO Race", "Graduation Year"), List.of()));
    }

    private static com.hirefit.candidate.Candidate candidate(String id, String name) {
        return new com.hirefit.candidate.Candidate(1, id, name, null, "ML Engineer", 6.0, 1.0, List.of("PyTorch", "XGBoost"),
                "Trained fraud models on tabular data.", null, null, List.of(), List.of(), List.of(), null, null, Map.of());
    }

    private static List<String> navigation() {
        return driver.findElements(By.cssSelector("nav[aria-label=Main] a")).stream().map(WebElement::getText).toList();
    }

    private static String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText().replaceAll("\\s+", " ");
    }

    private static Path copyOfTheRules() {
        try {
            Path copy = Files.createTempDirectory("hirefit-rules-pages");
            TestFolders.copy(Path.of("rules"), copy);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
