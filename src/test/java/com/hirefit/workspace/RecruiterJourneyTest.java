package com.hirefit.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A recruiter's day, end to end in a real browser: log in, create a job with the intake form while the
 * company-side advice follows the answers, ... Each page is checked with axe-core and photographed for the README.
 */
class RecruiterJourneyTest extends BrowserTest {

    @Test
    void aRecruiterSetsUpAJobScreensAFileAndReadsTheResults() {
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

        driver.get(url("/jobs"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("JOURNEY-1", "greenhouse: 4012345");
        assertAccessible("jobs list");
        screenshot("jobs");
    }

    private static String advice() {
        return textOf("advice-content");
    }
}
