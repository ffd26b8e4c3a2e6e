package com.hirefit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The screen command as a user runs it: exit codes, messages on stderr, results in the chosen format. */
class ScreenCommandTest {
    private final CommandRun cli = new CommandRun();

    @TempDir
    Path dir;



    @Test
    void screensTheSamplesToJsonAndReportsRowErrorsAndDroppedColumnsWithExitZero() throws Exception {
        Path out = dir.resolve("results.json");
        int code = cli.run("screen", "--job", "samples/jobs/contract-review.yaml", "--format", "json", "--out", out.toString(),
                "samples/candidates.csv");
        assertThat(code).isZero();
        JsonNode results = JsonMapper.builder().build().readTree(out.toFile());
        assertThat(results.get("candidates").size()).isEqualTo(25);
        assertThat(results.get("errors").size()).isEqualTo(2);
        assertThat(results.get("droppedColumns").get(0).asString()).isEqualTo("EEO Gender (self-identified)");
        assertThat(cli.err()).contains("Screened 25 candidate(s)", "2 row error(s)", "Dropped protected columns");
        assertThat(Files.readString(out)).doesNotContain("Decline to state", "Female");
    }

    @Test
    void writesAResultsWorkbook() throws Exception {
        Path out = dir.resolve("results.xlsx");
        assertThat(cli.run("screen", "--job", "samples/jobs/fraud-scoring.yaml", "--format", "xlsx", "--out", out.toString(),
                "samples/candidates.xlsx")).isZero();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(out.toFile())) {
            assertThat(workbook.getSheet("Results").getLastRowNum()).isEqualTo(25);
            assertThat(workbook.getSheet("Errors").getLastRowNum()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void theWorkbooksExplanationsListTheConclusionsByDefaultAndEveryFiredRuleWithTraceFull() throws Exception {
        Path json = dir.resolve("results.json");
        Path conclusions = dir.resolve("conclusions.xlsx");
        Path full = dir.resolve("full.xlsx");
        String[] screen = {"screen", "--job", "samples/jobs/contract-review.yaml", "samples/candidates.csv"};
        assertThat(cli.run(with(screen, "--format", "json", "--out", json.toString()))).isZero();
        assertThat(cli.run(with(screen, "--format", "xlsx", "--out", conclusions.toString()))).isZero();
        assertThat(cli.run(with(screen, "--format", "xlsx", "--trace", "full", "--out", full.toString()))).isZero();

        JsonNode results = JsonMapper.builder().build().readTree(json.toFile());
        int conclusionRows = results.get("job").get("risks").size() + results.get("job").get("notes").size();
        int firedRows = results.get("job").get("firedRules").size();
        for (JsonNode c : results.get("candidates")) {
            for (String list : new String[] {"verdictReasons", "greenFlags", "yellowFlags", "failureRisks", "interviewFocus"}) {
                conclusionRows += c.get(list).size();
            }
            conclusionRows += c.get("compensation").isNull() ? 0 : 1;
            firedRows += c.get("firedRules").size();
        }
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(conclusions.toFile())) {
            var explanations = workbook.getSheet("Explanations");
            assertThat(explanations.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Conclusion");
            assertThat(explanations.getLastRowNum()).isEqualTo(conclusionRows);
            explanations.forEach(row -> assertThat(row.getCell(3)).as("every conclusion has its code").isNotNull());
        }
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(full.toFile())) {
            var explanations = workbook.getSheet("Explanations");
            assertThat(explanations.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Rule");
            assertThat(explanations.getLastRowNum()).isEqualTo(firedRows);
        }
        assertThat(firedRows).as("the full trace is several times the conclusions").isGreaterThan(2 * conclusionRows);
    }

    @Test
    void anUnknownTraceDetailIsABadUsage() {
        assertThat(cli.run("screen", "--job", "samples/jobs/contract-review.yaml", "--format", "xlsx", "--trace", "some",
                "--out", dir.resolve("r.xlsx").toString(), "samples/candidates.csv")).isEqualTo(2);
        assertThat(cli.err()).contains("--trace", "conclusions", "full");
    }

    private static String[] with(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void xlsxNeedsAnOutputFile() {
        assertThat(cli.run("screen", "--job", "samples/jobs/fraud-scoring.yaml", "--format", "xlsx", "samples/candidates.csv")).isEqualTo(2);
        assertThat(cli.err()).contains("--format xlsx needs --out FILE");
    }

    @Test
    void anInvalidJobFileExitsTwoNamingTheField() throws Exception {
        Path job = Files.writeString(dir.resolve("job.yaml"), "jobId: J\njobTitle: X\naiPhase: 2\nworkShape: [NOPE]\ntrainingData: NONE\ndataMaturity: MESSY\n");
        assertThat(cli.run("screen", "--job", job.toString(), "samples/candidates.csv")).isEqualTo(2);
        assertThat(cli.err()).contains("workShape: unknown value \"NOPE\"");
    }

    @Test
    void brokenRulesExitTwoWithFileAndLine() throws Exception {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        for (Path file : Files.list(Path.of("rules")).filter(Files::isRegularFile).toList()) {
            Files.copy(file, rules.resolve(file.getFileName()));
        }
        Files.writeString(rules.resolve("verdict.drl"), Files.readString(rules.resolve("verdict.drl")).replaceFirst("then", "thn"));
        assertThat(cli.run("screen", "--job", "samples/jobs/fraud-scoring.yaml", "--rules", rules.toString(), "samples/candidates.csv"))
                .isEqualTo(2);
        assertThat(cli.err()).contains("the rules do not pass validation").contains("verdict.drl:");
    }

    @Test
    void aMissingRulesFolderGivenExplicitlyExitsTwo() {
        assertThat(cli.run("screen", "--job", "samples/jobs/fraud-scoring.yaml", "--rules", dir.resolve("none").toString(),
                "samples/candidates.csv")).isEqualTo(2);
        assertThat(cli.err()).contains("rules folder not found");
    }

    @Test
    void anUnreadableCandidatesFileExitsTwoAndLeavesNoHalfWrittenResults() throws Exception {
        Path legacy = Files.write(dir.resolve("old.xls"), new byte[] {1, 2, 3});
        Path out = dir.resolve("results.json");
        assertThat(cli.run("screen", "--job", "samples/jobs/fraud-scoring.yaml", "--format", "json", "--out", out.toString(),
                legacy.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("old.xls");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingCandidatesFileExitsTwo() {
        assertThat(cli.run("screen", "--job", "samples/jobs/fraud-scoring.yaml", dir.resolve("none.csv").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("file not found");
    }

    @Test
    void maxRowsLimitsTheRowsReadAndReportsTheRestAsOneRowError() throws Exception {
        Path out = dir.resolve("limited.json");
        int code = cli.run("screen", "--job", "samples/jobs/contract-review.yaml", "--format", "json", "--max-rows", "3",
                "--out", out.toString(), "samples/candidates.csv");
        assertThat(code).isZero();
        JsonNode results = JsonMapper.builder().build().readTree(out.toFile());
        assertThat(results.get("candidates").size() + results.get("errors").size()).isEqualTo(4);
        assertThat(results.get("errors").toString()).contains("row limit reached", "more than 3 data rows");
        assertThat(cli.run("screen", "--job", "samples/jobs/contract-review.yaml", "--max-rows", "0", "samples/candidates.csv"))
                .isEqualTo(2);
    }

    @Test
    void severalJobsGiveOneReportEachAndAVerdictLinePerJob() throws Exception {
        Path out = dir.resolve("reports");
        int code = cli.run("screen", "--job", "samples/jobs/contract-review.yaml", "--job", "samples/jobs/fraud-scoring.yaml",
                "--format", "json", "--out", out.toString(), "samples/candidates.csv");
        assertThat(code).as(cli.err()).isZero();
        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.readTree(out.resolve("contract-review.json").toFile()).get("job").get("jobId").asString())
                .isEqualTo("JOB-CONTRACT-REVIEW");
        assertThat(json.readTree(out.resolve("fraud-scoring.json").toFile()).get("candidates").size()).isEqualTo(25);
        assertThat(cli.err()).contains("Verdicts per job (2 jobs):")
                .containsPattern("  JOB-CONTRACT-REVIEW: STRONG_FIT \\d+, FIT \\d+, REVIEW \\d+, NOT_FIT \\d+; fits: HF-")
                .containsPattern("  JOB-FRAUD-SCORING: .*fits: .*HF-1002 STRONG_FIT");
    }

    @Test
    void aFolderOfJobsScreensAgainstEachOfItsJobFiles() throws Exception {
        Path jobs = Files.createDirectory(dir.resolve("jobs"));
        Files.copy(Path.of("samples/jobs/tools-rollout.yaml"), jobs.resolve("b-tools.yaml"));
        Files.copy(Path.of("samples/jobs/agent-platform.yaml"), jobs.resolve("a-agents.yaml"));
        Files.writeString(jobs.resolve("notes.txt"), "not a job");
        Path out = dir.resolve("reports");
        assertThat(cli.run("screen", "--job", jobs.toString(), "--out", out.toString(), "samples/candidates.csv")).as(cli.err()).isZero();
        assertThat(Files.readString(out.resolve("a-agents.txt"))).contains("Job JOB-AGENT-PLATFORM");
        assertThat(Files.readString(out.resolve("b-tools.txt"))).contains("Job JOB-TOOLS-ROLLOUT");
        assertThat(cli.err().indexOf("JOB-AGENT-PLATFORM: ")).isLessThan(cli.err().indexOf("JOB-TOOLS-ROLLOUT: "));
    }

    @Test
    void severalJobsInAMachineFormatNeedAnOutputFolderAndABadJobStopsBeforeAnyScreening() throws Exception {
        assertThat(cli.run("screen", "--job", "samples/jobs", "--format", "json", "samples/candidates.csv")).isEqualTo(2);
        assertThat(cli.err()).contains("--format json with several jobs needs --out DIR");
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "jobId: J\njobTitle: X\n");
        Path out = dir.resolve("reports");
        assertThat(cli.run("screen", "--job", "samples/jobs/fraud-scoring.yaml", "--job", bad.toString(), "--out", out.toString(),
                "samples/candidates.csv")).isEqualTo(2);
        assertThat(out).doesNotExist();
        assertThat(cli.run("screen", "--job", Files.createDirectory(dir.resolve("empty")).toString(), "samples/candidates.csv")).isEqualTo(2);
        assertThat(cli.err()).contains("no job files (.yaml, .yml, .json) in this folder");
    }

    @Test
    void csvWritesOneRecordPerCandidateAndTheRowErrorsBesideIt() throws Exception {
        Path out = dir.resolve("results.csv");
        int code = cli.run("screen", "--job", "samples/jobs/contract-review.yaml", "--format", "csv", "--out", out.toString(),
                "samples/candidates.csv");
        assertThat(code).isZero();
        java.util.List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).startsWith("Verdict,Row,\"Candidate ID\",Name,");
        Path errors = dir.resolve("results.errors.csv");
        assertThat(Files.readString(errors)).startsWith("Row,Column,Message");
        assertThat(Files.readAllLines(errors)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(cli.err()).contains("Row errors written to " + errors);
        assertThat(Files.readString(out)).doesNotContain("Decline to state", "Female");
    }
}
