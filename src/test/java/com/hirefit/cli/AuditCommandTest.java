package com.hirefit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hirefit audit}: a results file from {@code screen --format json} and a self-identification table. */
class AuditCommandTest {

    @Test
    void theSummaryOfAResultsFileAndASelfIdentificationTable(@TempDir Path dir) throws Exception {
        Path results = dir.resolve("results.json");
        CommandRun screen = new CommandRun();
        assertThat(screen.run("screen", "--job", "samples/jobs/contract-review.yaml", "--format", "json", "--out",
                results.toString(), "samples/candidates.csv")).isZero();

        CommandRun audit = new CommandRun();
        // the sample file carries its own self-identification column (EEO Gender), read as a self-identification table
        assertThat(audit.run("audit", "--selection", "REVIEW_OR_BETTER", "--distribution-date", "2026-01-15",
                results.toString(), "samples/candidates.csv")).as(audit.err()).isZero();
        assertThat(audit.out()).contains("# Summary of the bias audit for job", "Distribution date (first use of the tool): 2026-01-15",
                "Number of applicants assessed: 25", "unknown sex: 2", "| Female | 11 |", "Impact ratio");
        assertThat(audit.err()).contains("row 13: no Candidate ID");

        CommandRun json = new CommandRun();
        assertThat(json.run("audit", "--format", "json", results.toString(), "samples/candidates.csv")).isZero();
        assertThat(json.out()).contains("\"rules\"", "\"tables\"").doesNotContain("HF-1001", "Nadia");

        Path xlsx = dir.resolve("audit.xlsx");
        assertThat(new CommandRun().run("audit", "--format", "xlsx", "--out", xlsx.toString(), results.toString(),
                "samples/candidates.csv")).isZero();
        assertThat(Files.size(xlsx)).isPositive();

        CommandRun bad = new CommandRun();
        assertThat(bad.run("audit", "samples/candidates.csv", "samples/candidates.csv")).isEqualTo(2);
        assertThat(bad.err()).contains("is not a results file");
        CommandRun decisions = new CommandRun();
        assertThat(decisions.run("audit", "--selection", "DECISION", results.toString(), "samples/candidates.csv")).isEqualTo(2);
        assertThat(decisions.err()).contains("a results file does not hold");
    }
}
