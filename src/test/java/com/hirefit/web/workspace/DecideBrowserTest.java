package com.hirefit.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.decision.Decision;
import com.hirefit.decision.DecisionEvent;
import com.hirefit.decision.DecisionService;
import com.hirefit.decision.OverrideReason;
import com.hirefit.job.JobDocument;
import com.hirefit.job.JobStore;
import com.hirefit.screening.ScreeningRecord;
import com.hirefit.screening.ScreeningService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deciding in a real browser: on the candidate page an override needs a reason, is recorded with it, undone and decided
 * again; review mode goes through a filtered set with the keyboard alone; one decision over a filtered set is previewed,
 * confirmed and undone as a batch. Each page passes axe-core and is photographed for the README.
 */
class DecideBrowserTest extends BrowserTest {
    private static final Pattern CANDIDATE = Pattern.compile("/candidates/([0-9a-f-]{36})");

    @Autowired
    JobStore jobs;

    @Autowired
    ScreeningService screening;

    @Autowired
    DecisionService decisions;

    String screeningId;
    String jobId;

    /** A job of its own and samples/candidates.xlsx screened for it (25 results: NOT_FIT, REVIEW and fits). */
    @BeforeEach
    void screened() throws IOException {
        jobId = "DECIDE-" + UUID.randomUUID();
        jobs.put(new JobDocument(JobFilesForTests.contractReview(jobId), Map.of()));
        try (InputStream in = Files.newInputStream(Path.of("samples/candidates.xlsx"))) {
            ScreeningRecord record = screening.screen(JobFilesForTests.contractReview(jobId), in, "candidates.xlsx");
            assertThat(record.status()).isEqualTo(ScreeningRecord.COMPLETED);
            screeningId = record.screeningId();
        }
    }

    @Test
    void anOverrideNeedsAReasonIsUndoneAndDecidedAgainOnTheCandidatePage() throws Exception {
        logIn("recruiter");
        driver.get(url("/screenings/" + screeningId + "?verdict=NOT_FIT"));
        assertThat(text("[data-testid=result-row] [data-testid=decision-cell]")).isEqualTo("Not decided");
        Follow.click(driver, By.cssSelector("[data-testid=result-row] a"));
        String assessmentId = assessmentId();
        assertThat(decisionStatus()).isEqualTo("No decision yet.");

        // ADVANCE goes against NOT_FIT: refused without a reason, in the panel, nothing recorded.
        Follow.click(driver, By.cssSelector("[data-testid=decide-ADVANCE]"));
        waitFor().until(d -> !d.findElements(By.cssSelector("[data-testid=decision-problems]")).isEmpty());
        assertThat(text("[data-testid=decision-problems]")).contains("reason: required when the decision goes against the recommendation");
        assertThat(driver.findElement(By.id("decision-reason")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(decisions.trail(assessmentId).orElseThrow().events()).isEmpty();

        new Select(driver.findElement(By.id("decision-reason"))).selectByValue("EVIDENCE_MISSED");
        driver.findElement(By.id("decision-note")).sendKeys("The portfolio links a shipped RAG system.");
        Follow.click(driver, By.cssSelector("[data-testid=decide-ADVANCE]"));
        waitFor().until(d -> decisionStatus().startsWith("Decided: ADVANCE"));
        assertThat(decisionStatus()).contains("(against the recommendation) by recruiter");
        assertThat(text("[data-testid=decision-history]")).contains("ADVANCE against NOT_FIT",
                "Reason: The resume shows relevant work the rules did not read", "The portfolio links a shipped RAG system.");
        assertAccessible("candidate page with a decision");
        screenshot("decide-candidate");

        Follow.click(driver, By.cssSelector("[data-testid=undo]"));
        waitFor().until(d -> decisionStatus().equals("No decision yet."));
        assertThat(text("[data-testid=decision-history]")).contains("undid ADVANCE");

        Follow.click(driver, By.cssSelector("[data-testid=decide-REJECT]"));
        waitFor().until(d -> decisionStatus().startsWith("Decided: REJECT"));
        assertThat(decisionStatus()).contains("(follows the recommendation)");

        List<DecisionEvent> trail = decisions.trail(assessmentId).orElseThrow().events();
        assertThat(trail).extracting(DecisionEvent::kind, DecisionEvent::decision, DecisionEvent::override).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DecisionEvent.Kind.DECISION, Decision.ADVANCE, true),
                org.assertj.core.groups.Tuple.tuple(DecisionEvent.Kind.UNDO, Decision.ADVANCE, true),
                org.assertj.core.groups.Tuple.tuple(DecisionEvent.Kind.DECISION, Decision.REJECT, false));
        assertThat(trail.get(0).reason()).isEqualTo(OverrideReason.EVIDENCE_MISSED);
        assertThat(trail).allSatisfy(e -> {
            assertThat(e.decidedBy()).isEqualTo("recruiter");
            assertThat(e.via()).isEqualTo("workspace");
        });

        driver.get(url("/screenings/" + screeningId + "?verdict=NOT_FIT"));
        assertThat(text("[data-testid=result-row] [data-testid=decision-cell]")).isEqualTo("REJECT follows it");

        // Compliance reads the decision and its history, and cannot decide.
        logIn("compliance");
        driver.get(url("/candidates/" + assessmentId));
        assertThat(decisionStatus()).startsWith("Decided: REJECT");
        assertThat(driver.findElements(By.cssSelector("[data-testid=decision-history] li"))).hasSize(3);
        assertThat(driver.findElements(By.cssSelector("[data-testid=decision-form]"))).isEmpty();
        String token = driver.findElement(By.cssSelector("form[action='/logout'] input[name=_csrf]")).getDomAttribute("value");
        java.net.http.HttpResponse<String> refused = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(url("/candidates/" + assessmentId + "/decisions"))).header("Cookie", sessionCookie())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("decision=HOLD&reason=OTHER&note=x&_csrf=" + token)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(decisions.trail(assessmentId).orElseThrow().events()).hasSize(3);
    }

    @Test
    void reviewModeGoesThroughAFilteredSetWithTheKeyboardAlone() {
        logIn("recruiter");
        driver.get(url("/screenings/" + screeningId + "?verdict=REVIEW"));
        Follow.click(driver, By.cssSelector("[data-testid=review-link]"));
        waitFor().until(d -> d.getCurrentUrl().contains("/review"));
        int total = Integer.parseInt(text("[data-testid=position]").replaceAll(".* of ", ""));
        assertThat(total).isGreaterThan(2);
        assertThat(text("[data-testid=position]")).isEqualTo("candidate 1 of " + total);
        assertThat(text("[data-testid=review-verdict]")).isEqualTo("REVIEW");
        String first = text("[data-testid=review-candidate]");

        press("h");
        waitFor().until(d -> position() == 2);
        assertThat(text("[data-testid=recorded]")).isEqualTo("HOLD recorded (follows REVIEW). Go back (K) to see or undo it.");
        press("k");
        waitFor().until(d -> position() == 1);
        assertThat(text("[data-testid=review-candidate]")).isEqualTo(first);
        assertThat(decisionStatus()).startsWith("Decided: HOLD");
        press("u");
        waitFor().until(d -> decisionStatus().equals("No decision yet."));
        assertThat(position()).isEqualTo(1);

        // REJECT goes against REVIEW: the key asks for a reason first and records nothing.
        press("r");
        waitFor().until(d -> d.switchTo().activeElement().getDomAttribute("id") != null
                && d.switchTo().activeElement().getDomAttribute("id").equals("decision-reason"));
        assertThat(textOf("decision-reason-needed")).contains("needs a reason");
        assertThat(position()).isEqualTo(1);
        new Select(driver.switchTo().activeElement()).selectByValue("EVIDENCE_OVERREAD");
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        press("r");
        waitFor().until(d -> position() == 2);
        assertThat(text("[data-testid=recorded]")).startsWith("REJECT recorded (against REVIEW)");

        press(Keys.ARROW_RIGHT);
        waitFor().until(d -> position() == 3);
        press(Keys.ARROW_LEFT);
        waitFor().until(d -> position() == 2);
        press("j");
        waitFor().until(d -> position() == 3);

        // Single-key shortcuts can be switched off, and stay off on the next page, until switched on again.
        driver.findElement(By.cssSelector("[data-testid=shortcuts-toggle]")).click();
        driver.findElement(By.tagName("h1")).click();
        press("k");
        driver.navigate().refresh();
        assertThat(position()).isEqualTo(3);
        assertThat(driver.findElement(By.cssSelector("[data-testid=shortcuts-toggle]")).isSelected()).isFalse();
        driver.findElement(By.cssSelector("[data-testid=shortcuts-toggle]")).click();
        driver.findElement(By.tagName("h1")).click();
        press("k");
        waitFor().until(d -> position() == 2);
        press("j");
        waitFor().until(d -> position() == 3);
        assertAccessible("review mode");
        screenshot("decide-review");

        // A job's results (uploads and webhook deliveries together, newest first) are reviewed the same way.
        driver.get(url("/jobs/results?id=" + jobId + "&verdict=REVIEW"));
        Follow.click(driver, By.cssSelector("[data-testid=review-link]"));
        assertThat(driver.getCurrentUrl()).contains("/jobs/review?id=" + jobId);
        assertThat(text("[data-testid=position]")).isEqualTo("candidate 1 of " + total);
        assertThat(text("[data-testid=review-verdict]")).isEqualTo("REVIEW");

        driver.get(url("/screenings/" + screeningId + "?verdict=REVIEW"));
        List<String> cells = driver.findElements(By.cssSelector("[data-testid=result-row] [data-testid=decision-cell]")).stream()
                .map(e -> e.getText().replaceAll("\\s+", " ")).toList();
        assertThat(cells.get(0)).isEqualTo("REJECT against the recommendation");
        assertThat(cells.subList(1, cells.size())).containsOnly("Not decided");
    }

    @Test
    void oneDecisionOverAFilteredSetIsPreviewedConfirmedAndUndoneAsABatch() {
        logIn("recruiter");
        driver.get(url("/screenings/" + screeningId));
        new Select(driver.findElement(By.id("verdict"))).selectByValue("NOT_FIT");
        waitFor().until(d -> d.getCurrentUrl().contains("verdict=NOT_FIT"));
        waitFor().until(d -> text("[data-testid=bulk-link]").startsWith("Decide for all"));
        int notFit = driver.findElements(By.cssSelector("[data-testid=result-row]")).size();
        String first = assessmentIn(driver.findElement(By.cssSelector("[data-testid=result-row] a")).getDomAttribute("href"));
        Follow.click(driver, By.cssSelector("[data-testid=bulk-link]"));
        waitFor().until(d -> d.getCurrentUrl().contains("/bulk"));
        assertThat(text("[data-testid=bulk-total]")).isEqualTo(notFit + " candidates match");

        // HOLD goes against NOT_FIT for every one of them: refused without the one reason.
        driver.findElement(By.cssSelector("[data-testid=bulk-HOLD]")).click();
        Follow.click(driver, By.cssSelector("[data-testid=bulk-preview]"));
        assertThat(text("[data-testid=bulk-problems]")).contains("reason: required: HOLD goes against the recommendation of " + notFit);

        driver.findElement(By.cssSelector("[data-testid=bulk-REJECT]")).click();
        Follow.click(driver, By.cssSelector("[data-testid=bulk-preview]"));
        assertThat(text("[data-testid=bulk-plan]")).contains("REJECT for " + notFit + " candidates");
        assertThat(text("[data-testid=bulk-overrides]")).isEqualTo("0");
        assertThat(decisions.trail(first).orElseThrow().events()).as("a preview records nothing").isEmpty();
        assertAccessible("bulk decision, confirmation");
        screenshot("decide-bulk");
        Follow.click(driver, By.cssSelector("[data-testid=bulk-confirm]"));
        waitFor().until(d -> !d.findElements(By.cssSelector("[data-testid=bulk-done]")).isEmpty());
        assertThat(text("[data-testid=bulk-done]")).startsWith(notFit + " decisions recorded, 0 of them against the recommendation");
        assertThat(text("[data-testid=bulk-decided]")).isEqualTo(String.valueOf(notFit));
        DecisionEvent rejected = decisions.trail(first).orElseThrow().standing().orElseThrow();
        assertThat(rejected.decision()).isEqualTo(Decision.REJECT);
        assertThat(rejected.batchId()).isNotNull();

        // One of them is decided again before the batch is undone: the undo leaves that one as it is.
        decisions.decide(first, "ADVANCE", "OUTSIDE_RESUME", null, new DecisionService.Actor("recruiter", DecisionEvent.WORKSPACE));
        Follow.click(driver, By.cssSelector("[data-testid=bulk-undo]"));
        waitFor().until(d -> !d.findElements(By.cssSelector("[data-testid=bulk-undone]")).isEmpty());
        assertThat(text("[data-testid=bulk-undone]")).isEqualTo((notFit - 1) + " decisions undone; 1 had been decided again since and were left.");
        assertThat(text("[data-testid=bulk-decided]")).isEqualTo("1");

        driver.get(url("/screenings/" + screeningId + "?verdict=NOT_FIT"));
        List<String> cells = driver.findElements(By.cssSelector("[data-testid=result-row] [data-testid=decision-cell]")).stream()
                .map(e -> e.getText().replaceAll("\\s+", " ")).toList();
        assertThat(cells).hasSize(notFit);
        assertThat(cells.get(0)).isEqualTo("ADVANCE against the recommendation");
        assertThat(cells.subList(1, notFit)).containsOnly("Not decided");
    }

    private static String assessmentIn(String href) {
        Matcher m = CANDIDATE.matcher(href);
        assertThat(m.find()).as(href).isTrue();
        return m.group(1);
    }

    private static void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    private static int position() {
        String text = textOf("main");
        Matcher m = Pattern.compile("candidate (\\d+) of").matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static String assessmentId() {
        return assessmentIn(driver.getCurrentUrl());
    }

    /** An element's text with its white space (line breaks of a narrow cell) as single spaces. */
    private static String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText().replaceAll("\\s+", " ");
    }
}
