package com.hirefit.report;

import static com.hirefit.report.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hirefit.screening.CandidateAssessment;
import com.hirefit.screening.Finding;
import com.hirefit.vocabulary.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableReportTest {

    private final StringWriter text = new StringWriter();

    private String typicalReport() throws IOException {
        try (TableReport report = new TableReport(text)) {
            typicalScreening(report);
        }
        return text.toString();
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\n"));
    }

    @Test
    void headerShowsTheJobNeededRolesRisksAndNotes() throws IOException {
        String out = typicalReport();

        assertThat(out).contains("Job JOB-7: Senior LLM Engineer");
        assertThat(out).contains("rules version " + RULES_VERSION);
        assertThat(out).contains("Needed roles: LLM_ENGINEER, NLP_ENGINEER");
        assertThat(out).contains("ONE_PERSON_BOTH_ROLES: One person is expected to cover both ML and LLM.");
        assertThat(out).contains("TIME_TO_HIRE: A senior LLM engineer takes 3-5 weeks to hire.");
    }

    @Test
    void headerSaysToFixTheDataFirstWhenNoRoleShouldBeHired() throws IOException {
        try (TableReport report = new TableReport(text)) {
            report.begin(job(), hireNeitherYet(), RULES_VERSION);
            report.end(summary(0, 0));
        }

        assertThat(text.toString()).contains("Hire no AI role yet: fix the data first")
                .doesNotContain("Needed roles")
                .contains("HIRE_BEFORE_DATA_FOUNDATION: The data is a mess; any hire is duct tape.");
    }

    @Test
    void eachCandidateShowsVerdictCodesRisksAndReasons() throws IOException {
        String out = typicalReport();

        assertThat(lines(out)).anySatisfy(line -> assertThat(line)
                .startsWith("Row 2 | C-001 | Ada Lovelace").endsWith("STRONG_FIT"));
        assertThat(out).contains("Role: LLM_ENGINEER (score 9)   Seniority: SENIOR");
        assertThat(out).contains("Compensation: WITHIN_BAND (expects 185,000 USD, budget 200,000 USD)");
        assertThat(out).contains("Green flags:  SHIPPED_RAG, EVALS");
        assertThat(out).contains("Yellow flags: NARROW_TOOLS");
        assertThat(out).contains("Why STRONG_FIT:");
        assertThat(out).contains("- Shipped a RAG feature with evals and guardrails.");
        assertThat(out).contains("- ML_HIRE_FOR_LLM_WORK: An ML engineer hired for LLM work tries to fine-tune everything.");
        assertThat(out).contains("Why REVIEW:");
    }

    @Test
    void interviewFocusShowsOnlyTheFirstLineOfEachReason() throws IOException {
        String out = typicalReport();

        assertThat(out).contains("- RAG_DEPTH: Build a small RAG pipeline over a real corpus.")
                .doesNotContain("Ask about chunking.");
    }

    @Test
    void aCandidateWithoutRoleEvidenceSaysSoInsteadOfPrintingNull() throws IOException {
        String out = typicalReport();

        assertThat(out).contains("Role: none (no role evidence)   Seniority: unknown");
        assertThat(out).contains("Compensation: not checked");
        assertThat(out).doesNotContain("null");
    }

    @Test
    void errorsAreListedAfterTheCandidatesWithRowAndColumn() throws IOException {
        String out = typicalReport();

        assertThat(out).contains("Rows with errors (2):");
        assertThat(out).contains("  row 3, column email: not an email address");
        assertThat(out).contains("  row 5: empty row");
        assertThat(out.indexOf("row 3, column email")).isGreaterThan(out.indexOf("C-003"));
    }

    @Test
    void footerCountsVerdictsAndNamesDroppedColumns() throws IOException {
        String out = typicalReport();

        assertThat(out).contains("Screened 3 candidates from candidates.xlsx; 2 rows with errors.");
        assertThat(out).contains("Verdicts: STRONG_FIT 1, FIT 0, REVIEW 1, NOT_FIT 1");
        assertThat(out).contains("Dropped protected columns: age, gender, Native Language");
        assertThat(out.replaceAll("\\s+", " ")).contains("Possibly protected, among them: Native Language (may reveal"
                + " nationality, citizenship or national origin); their names may carry a protected attribute, so they"
                + " were dropped unread; rename a column that holds none to have it read.");
        assertThat(out).contains("Extra columns kept as text: hobbies");
    }

    @Test
    void longReasonsWrapWithinTheWidthAndKeepEveryWord() throws IOException {
        String longReason = "word ".repeat(60) + "end-of-reason";
        CandidateAssessment c = withReasons(List.of(new Finding("LONG", longReason, "r")));

        try (TableReport report = new TableReport(text)) {
            report.begin(job(), jobAssessment(), RULES_VERSION);
            report.candidate(c);
            report.end(summary(1, 0));
        }

        List<String> lines = lines(text.toString());
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
        assertThat(text.toString()).contains("end-of-reason");
        assertThat(lines.stream().filter(l -> l.contains("word")).count()).isGreaterThan(2);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("      word"));
    }

    @Test
    void aNarrowerWidthIsHonoured() throws IOException {
        try (TableReport report = new TableReport(text, 60)) {
            typicalScreening(report);
        }

        assertThat(lines(text.toString())).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
    }

    @Test
    void controlCharactersFromTheInputCannotReachTheTerminal() throws IOException {
        CandidateAssessment base = withVerdict(2, "C-\u001b[2J1", Verdict.FIT);
        CandidateAssessment c = new CandidateAssessment(base.row(), base.candidateId(), "Eve\u202E\u0007 Evil\nName",
                base.verdict(), base.verdictReasons(), base.recommendedRole(), base.roleScores(), base.seniority(),
                base.greenFlags(), base.yellowFlags(), base.failureRisks(), base.compensation(),
                base.interviewFocus(), base.firedRules());

        try (TableReport report = new TableReport(text)) {
            report.begin(job(), jobAssessment(), RULES_VERSION);
            report.candidate(c);
            report.error(error(3, "name\u001b]0;x\u0007", "bad \u001b[31mred"));
            report.end(summary(1, 1));
        }

        String out = text.toString();
        assertThat(out).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202E");
        assertThat(out).contains("Row 2 | C-[2J1 | Eve Evil Name");
    }

    @Test
    void writesUtf8ToAnOutputStreamAndClosesIt() throws IOException {
        JsonReportTest.CloseTrackingStream target = new JsonReportTest.CloseTrackingStream();
        TableReport report = new TableReport(target);
        report.begin(job(), jobAssessment(), RULES_VERSION);
        report.candidate(strongFit(2, "C-1", "Zoë 李雷"));
        report.end(summary(1, 0));
        report.close();
        report.close();

        assertThat(target.toString(StandardCharsets.UTF_8)).contains("Zoë 李雷");
        assertThat(target.closed).isEqualTo(1);
    }

    @Test
    void closingWithoutEndWritesNoFooter() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TableReport report = new TableReport(bytes)) {
            report.begin(job(), jobAssessment(), RULES_VERSION);
            report.candidate(strongFit(2, "C-1", "A"));
        }

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("C-1").doesNotContain("Screened");
    }

    @Test
    void callsOutOfOrderAreRejected() {
        TableReport report = new TableReport(text);
        assertThatThrownBy(() -> report.end(summary(0, 0))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void wrapSplitsWordsLongerThanTheLine() {
        assertThat(TableReport.wrap("a " + "x".repeat(25) + " b", 10))
                .containsExactly("a", "xxxxxxxxxx", "xxxxxxxxxx", "xxxxx b");
        assertThat(TableReport.wrap("first paragraph\nsecond", 40)).containsExactly("first paragraph", "second");
        assertThat(TableReport.wrap(null, 40)).containsExactly("");
    }

    private static CandidateAssessment withReasons(List<Finding> reasons) {
        CandidateAssessment base = withVerdict(2, "C-1", Verdict.FIT);
        return new CandidateAssessment(base.row(), base.candidateId(), base.name(), base.verdict(), reasons,
                base.recommendedRole(), base.roleScores(), base.seniority(), base.greenFlags(), base.yellowFlags(),
                base.failureRisks(), base.compensation(), base.interviewFocus(), base.firedRules());
    }
}
