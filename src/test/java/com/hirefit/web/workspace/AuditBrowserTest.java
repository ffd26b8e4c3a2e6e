package com.hirefit.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.fairness.SelfIdIntake;
import com.hirefit.job.JobDocument;
import com.hirefit.job.JobStore;
import com.hirefit.screening.ScreeningRecord;
import com.hirefit.screening.ScreeningService;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The adverse-impact audit page in a real browser: compliance opens it for a job whose file carried self-identification,
 * reads the tables and the ranked rules (axe-core clean, photographed), uploads a self-identification table; a recruiter
 * is refused the page.
 */
class AuditBrowserTest extends BrowserTest {
    @Autowired
    JobStore jobs;

    @Autowired
    ScreeningService screening;

    @Autowired
    SelfIdIntake intake;

    @Test
    void complianceReadsTheAuditOfAJobAndUploadsAnswers(@TempDir Path dir) throws Exception {
        String jobId = "AUDIT-" + UUID.randomUUID().toString().substring(0, 8);
        jobs.put(new JobDocument(JobFilesForTests.contractReview(jobId), Map.of()));
        Path sample = Path.of("samples/candidates.csv");
        try (InputStream in = Files.newInputStream(sample)) {
            assertThat(screening.screen(JobFilesForTests.contractReview(jobId), in, "candidates.csv").status())
                    .isEqualTo(ScreeningRecord.COMPLETED);
        }
        try (InputStream in = Files.newInputStream(sample)) {
            intake.fromFile(in, "candidates.csv", "screening");
        }

        logIn("recruiter");
        driver.get(url("/compliance/audit"));
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("Adverse-impact audit");
        assertThat(driver.findElements(By.linkText("Audit"))).isEmpty();

        logIn("compliance");
        driver.findElement(By.linkText("Audit")).click();
        visible(By.id("audit-form-heading"));
        new Select(driver.findElement(By.id("jobId"))).selectByValue(jobId);
        new Select(driver.findElement(By.id("selection"))).selectByValue("REVIEW_OR_BETTER");
        driver.findElement(By.cssSelector("form.audit-form button[type=submit]")).click();
        waitFor().until(d -> d.getCurrentUrl().contains("jobId=" + jobId));
        assertThat(visible(By.cssSelector("[data-testid=assessed]")).getText()).isEqualTo("25");
        String sex = driver.findElement(By.cssSelector("[data-testid=impact-SEX]")).getText();
        assertThat(sex).contains("Female", "Male", "(reference)", "Unknown (not counted) 2");
        assertThat(driver.findElement(By.cssSelector("[data-testid=rules]")).getText()).contains("YELLOW_FLAG");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("HF-1001", "Nadia");
        assertAccessible("audit");
        screenshot("audit");

        Path answers = dir.resolve("answers.csv");
        Files.writeString(answers, "Candidate ID,Sex,Race\nHF-1001,Female,Asian\nHF-1014,Unsure,White\n");
        driver.findElement(By.id("selfid-file")).sendKeys(answers.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
        assertThat(visible(By.cssSelector("[data-testid=selfid-outcome]")).getText())
                .isEqualTo("1 answers kept, 1 rows refused, of 2 rows.");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Row 3: Sex: not Male, Female").doesNotContain("Unsure");
        assertAccessible("audit after an upload");
    }
}
