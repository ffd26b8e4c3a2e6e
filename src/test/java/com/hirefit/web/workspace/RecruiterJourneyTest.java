package com.hirefit.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.bench.CandidateGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A recruiter's day, end to end in a real browser: log in, create a job with the intake form while the
 * company-side advice follows the answers, upload samples/candidates.xlsx and watch its progress, read the results
 * (dropped columns, row errors), filter them to REVIEW, open a candidate (a highlighted evidence phrase, a source
 * passage), override its recommendation with a reason, undo that and decide again, and download results.xlsx to read it
 * back with POI. Each page is checked with axe-core, and the main
 * ones are photographed for the README (docs/screenshots).
 */
class RecruiterJourneyTest extends BrowserTest {

    @Test
    void aRecruiterSetsUpAJobScreensAFileAndReadsTheResults() throws IOException {
        driver.manage().deleteAllCookies();
        driver.get(url("/jobs"));
        waitFor().until(d -> d.getCurrentUrl().contains("/login"));
        assertAccessible("login");
        screenshot("login");
        logIn("recruiter");
        assertThat(driver.getCurrentUrl()).endsWith("/jobs");

        // 1. Jobs: the intake form, with the advice redrawn as the answers change.
        driver.findElement(By.linkText("New job")).click();
        visible(By.id("job-form"));
        assertThat(advice()).contains("Fill in");
        driver.findElement(By.id("jobId")).sendKeys("JOURNEY-1");
        driver.findElement(By.id("jobTitle")).sendKeys("Senior ML Engineer");
        driver.findElement(By.cssSelector("input[name=aiPhase][value='2']")).click();
        driver.findElement(By.cssSelector("input[name=workShape][value=UNSTRUCTURED_TEXT]")).click();
        driver.findElement(By.cssSelector("input[name=trainingData][value=NONE]")).click();
        driver.findElement(By.cssSelector("input[name=dataMaturity][value=ADEQUATE]")).click();
        waitFor().until(d -> advice().contains("LLM_ENGINEER"));
        assertThat(advice()).contains("TITLE_NOT_WORK_SHAPE").contains("Source: ");

        driver.findElement(By.cssSelector("input[name=dataMaturity][value=MESSY]")).click();
        waitFor().until(d -> advice().contains("Hire no AI role yet"));
        assertThat(advice()).contains("DATA_ENGINEER");
        driver.findElement(By.cssSelector("input[name=dataMaturity][value=ADEQUATE]")).click();
        waitFor().until(d -> !advice().contains("Hire no AI role yet") && advice().contains("LLM_ENGINEER"));

        new Select(driver.findElement(By.id("targetSeniority"))).selectByValue("SENIOR");
        driver.findElement(By.id("salaryBudgetMax")).sendKeys("150000");
        waitFor().until(d -> advice().contains("BUDGET_BELOW_MARKET"));
        driver.findElement(By.id("ats-greenhouse")).sendKeys("4012345");
        assertAccessible("job intake form");
        screenshot("job-form");
        driver.findElement(By.cssSelector("#job-form button[type=submit]")).click();

        visible(By.id("upload-heading"));
        assertThat(driver.getCurrentUrl()).contains("/jobs/job?id=JOURNEY-1");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Job JOURNEY-1 saved", "LLM_ENGINEER");
        assertAccessible("job page");
        screenshot("job");

        // 2. Upload: a file HireFit does not read is refused where the progress would show; then samples/candidates.xlsx
        // dropped on the job, its progress, then its results.
        Path notes = Files.writeString(Files.createTempDirectory("hirefit-journey").resolve("notes.txt"), "not candidates");
        driver.findElement(By.id("file")).sendKeys(notes.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("form.dropzone button[type=submit]")).click();
        waitFor().until(d -> textOf("screening-status").contains("HireFit reads .xlsx, .csv and .json files"));
        assertThat(driver.findElement(By.cssSelector("#screening-status [role=alert]")).isDisplayed()).isTrue();
        assertThat(driver.getCurrentUrl()).contains("/jobs/job?id=JOURNEY-1");
        driver.findElement(By.id("file")).sendKeys(Path.of("samples/candidates.xlsx").toAbsolutePath().toString());
        driver.findElement(By.cssSelector("form.dropzone button[type=submit]")).click();
        WebElement bar = visible(By.id("screening-bar"));
        assertThat(bar.getTagName()).isEqualTo("progress");
        assertThat(textOf("screening-progress")).contains("rows screened");
        waitFor(Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().matches(".*/screenings/[0-9a-f-]{36}$"));
        String screening = driver.getCurrentUrl();
        assertThat(text("[data-testid=screened]")).isEqualTo("25");
        assertThat(text("[data-testid=row-errors]")).isEqualTo("2");
        assertThat(text("[data-testid=dropped]")).contains("EEO Gender (self-identified)", "never read");
        assertThat(driver.findElements(By.cssSelector("[data-testid=error-row]"))).hasSize(2);
        assertThat(driver.findElements(By.cssSelector("[data-testid=result-row]"))).hasSize(25);
        assertThat(text("#results-count")).isEqualTo("Showing 1–25 of 25 results.");
        assertAccessible("screening results");
        screenshot("results");

        // 3. Results: filtered to REVIEW, redrawn in place and kept in the address.
        new Select(driver.findElement(By.id("verdict"))).selectByValue("REVIEW");
        waitFor().until(d -> d.getCurrentUrl().contains("verdict=REVIEW"));
        waitFor().until(d -> !chips().isEmpty() && chips().stream().allMatch("REVIEW"::equals));
        int reviews = chips().size();
        assertThat(reviews).isBetween(1, 24);
        assertThat(text("#results-count")).isEqualTo("Showing 1–" + reviews + " of " + reviews + " results.");
        assertAccessible("filtered results");
        driver.navigate().refresh();
        assertThat(chips()).hasSize(reviews).allMatch("REVIEW"::equals);

        // 4. Candidate: the recommendation and why, a highlighted evidence phrase, a source passage.
        driver.findElement(By.cssSelector("[data-testid=result-row] a")).click();
        visible(By.cssSelector("[data-testid=verdict]"));
        assertThat(text("[data-testid=verdict]")).isEqualTo("REVIEW");
        assertThat(text("#recommendation-heading")).startsWith("HireFit recommends");
        assertThat(driver.findElements(By.tagName("mark"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("[data-testid=source]"))).isNotEmpty();
        assertThat(driver.findElements(By.tagName("meter"))).hasSize(7);
        assertAccessible("candidate");
        screenshot("candidate");

        // 5. Decide: going against the recommendation (REVIEW: hold) needs a reason; undone; then decided again.
        assertThat(decisionStatus()).isEqualTo("No decision yet.");
        new Select(driver.findElement(By.id("decision-reason"))).selectByValue("EVIDENCE_MISSED");
        Follow.click(driver, By.cssSelector("[data-testid=decide-ADVANCE]"));
        waitFor().until(d -> decisionStatus().startsWith("Decided: ADVANCE"));
        assertThat(decisionStatus()).contains("(against the recommendation) by recruiter");
        Follow.click(driver, By.cssSelector("[data-testid=undo]"));
        waitFor().until(d -> decisionStatus().equals("No decision yet."));
        Follow.click(driver, By.cssSelector("[data-testid=decide-HOLD]"));
        waitFor().until(d -> decisionStatus().startsWith("Decided: HOLD"));
        assertThat(decisionStatus()).contains("(follows the recommendation)");
        assertThat(driver.findElement(By.cssSelector("[data-testid=decision-history]")).getText())
                .contains("ADVANCE against REVIEW", "undid ADVANCE");

        // 6. Download results.xlsx, read back with POI: one row per candidate, the recommendation first.
        driver.get(screening);
        driver.findElement(By.partialLinkText("results.xlsx")).click();
        Path workbook = waitFor(Duration.ofSeconds(30)).until(d -> downloaded(".xlsx"));
        try (Workbook read = new XSSFWorkbook(Files.newInputStream(workbook))) {
            Sheet results = read.getSheet("Results");
            assertThat(results.getPhysicalNumberOfRows()).isEqualTo(26);
            assertThat(results.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Verdict");
            long reviewRows = java.util.stream.IntStream.rangeClosed(1, 25)
                    .filter(i -> results.getRow(i).getCell(0).getStringCellValue().equals("REVIEW")).count();
            assertThat(reviewRows).isEqualTo(reviews);
        }

        driver.get(url("/jobs"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("JOURNEY-1", "greenhouse: 4012345");
        assertAccessible("jobs list");
        screenshot("jobs");
        driver.get(url("/jobs/results?id=JOURNEY-1"));
        assertThat(driver.findElements(By.cssSelector("[data-testid=result-row]"))).hasSize(25);
        assertThat(driver.findElements(By.partialLinkText("results.xlsx"))).hasSize(1);
        assertAccessible("job results");
        screenshot("job-results");
        driver.get(url("/screenings"));
        assertAccessible("screenings");
        screenshot("screenings");
    }

    /**
     * A large file shows progress, not a spinner: the bar's maximum is the number of rows in the file (known from the
     * CSV's records before screening starts), and it is seen part-way, with rows screened and rows read counted.
     */
    @Test
    void aLargeFileShowsRowsScreenedOutOfTheRowsInTheFile() throws IOException {
        jobs.put(new com.hirefit.job.JobDocument(JobFilesForTests.contractReview("LARGE-1"), java.util.Map.of()));
        Path file = Files.createTempDirectory("hirefit-large").resolve("large.csv");
        CandidateGenerator.write(file, LARGE_ROWS, 7);
        logIn("recruiter");
        driver.get(url("/jobs/job?id=LARGE-1"));
        driver.findElement(By.id("file")).sendKeys(file.toString());
        driver.findElement(By.cssSelector("form.dropzone button[type=submit]")).click();

        waitFor(Duration.ofSeconds(30)).until(d -> String.valueOf(LARGE_ROWS).equals(attribute("screening-bar", "max")));
        int value = Integer.parseInt(attribute("screening-bar", "value"));
        assertThat(value).isBetween(0, LARGE_ROWS - 1);
        assertThat(textOf("screening-progress")).contains("of " + String.format(java.util.Locale.ROOT, "%,d", LARGE_ROWS)
                + " rows screened", "rows read");
        assertAccessible("upload progress");
        screenshot("upload-progress");
        waitFor(Duration.ofSeconds(240)).until(d -> d.getCurrentUrl().matches(".*/screenings/[0-9a-f-]{36}$"));
        assertThat(text("[data-testid=screened]")).isEqualTo(String.format(java.util.Locale.ROOT, "%,d", LARGE_ROWS));
        Files.deleteIfExists(file);
    }

    private static final int LARGE_ROWS = 5_000;

    @org.springframework.beans.factory.annotation.Autowired
    com.hirefit.job.JobStore jobs;

    /** An attribute of an element htmx may be swapping, read in one step; null when it is not there. */
    private static String attribute(String id, String name) {
        Object value = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e.getAttribute(arguments[1]) : null;", id, name);
        return value == null ? null : value.toString();
    }

    private static String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private static List<String> chips() {
        return driver.findElements(By.cssSelector("[data-testid=result-row] .chip")).stream().map(WebElement::getText).toList();
    }

    /** The finished download with this extension (Chromium writes .crdownload files until it is done), or null. */
    private static Path downloaded(String extension) {
        try (Stream<Path> files = Files.list(browser.downloads)) {
            return files.filter(f -> f.toString().endsWith(extension)).findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String advice() {
        return textOf("advice-content");
    }
}
