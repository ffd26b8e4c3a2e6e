package com.hirefit.report;

import static com.hirefit.report.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hirefit.job.Job;
import com.hirefit.screening.CandidateAssessment;
import com.hirefit.screening.FiredRule;
import com.hirefit.screening.Finding;
import com.hirefit.screening.ScreeningSink;
import com.hirefit.vocabulary.Role;
import com.hirefit.vocabulary.Verdict;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxReportTest {

    private static final DataFormatter FORMAT = new DataFormatter();

    /** Runs a screening through a fresh XlsxReport and reads the workbook back. */
    private interface Screening {
        void run(ScreeningSink sink) throws IOException;
    }

    private static XSSFWorkbook write(Screening screening) throws IOException {
        return write(screening, XlsxReport.Detail.CONCLUSIONS, null);
    }

    private static XSSFWorkbook write(Screening screening, Integer maxRowsPerSheet) throws IOException {
        return write(screening, XlsxReport.Detail.CONCLUSIONS, maxRowsPerSheet);
    }

    private static XSSFWorkbook write(Screening screening, XlsxReport.Detail detail, Integer maxRowsPerSheet) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxReport report = maxRowsPerSheet == null
                ? new XlsxReport(bytes, detail) : new XlsxReport(bytes, detail, maxRowsPerSheet)) {
            screening.run(report);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static XSSFWorkbook typical() throws IOException {
        return write(Fixtures::typicalScreening);
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static List<String> rowText(Row row) {
        List<String> out = new ArrayList<>();
        if (row == null) {
            return out;
        }
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            out.add(cell == null ? "" : FORMAT.formatCellValue(cell));
        }
        return out;
    }

    private static String text(XSSFSheet sheet, int row, int col) {
        Cell cell = sheet.getRow(row).getCell(col);
        return cell == null ? "" : cell.getStringCellValue();
    }

    private static int column(XSSFSheet sheet, String header) {
        List<String> headers = rowText(sheet.getRow(0));
        int index = headers.indexOf(header);
        assertThat(index).as("column " + header).isNotNegative();
        return index;
    }

    @Test
    void sheetsComeInTheDocumentedOrder() throws IOException {
        try (XSSFWorkbook wb = typical()) {
            assertThat(sheetNames(wb)).containsExactly("Results", "Explanations", "Rules", "Job", "Errors");
            assertThat(wb.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void resultsHeaderPutsTheVerdictFirstAndOneScoreColumnPerRole() throws IOException {
        try (XSSFWorkbook wb = typical()) {
            List<String> header = rowText(wb.getSheet("Results").getRow(0));

            List<String> expected = new ArrayList<>(List.of("Verdict", "Row", "Candidate ID", "Name",
                    "Recommended Role", "Seniority", "Green Flags", "Yellow Flags", "Failure Risks", "Compensation",
                    "Expected Salary", "Interview Focus", "Verdict Reasons"));
            for (Role role : Role.values()) {
                expected.add("Score " + role.name());
            }
            assertThat(header).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void resultsHeaderIsBoldAndFrozen() throws IOException {
        try (XSSFWorkbook wb = typical()) {
            XSSFSheet results = wb.getSheet("Results");
            PaneInformation pane = results.getPaneInformation();

            assertThat(pane).isNotNull();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
            XSSFCellStyle style = results.getRow(0).getCell(0).getCellStyle();
            assertThat(style.getFont().getBold()).isTrue();
            assertThat(results.getColumnWidth(12)).as("reasons column is wide").isGreaterThan(results.getColumnWidth(1));
        }
    }

    @Test
    void resultsAutoFilterCoversTheHeaderAndEveryCandidateRow() throws IOException {
        try (XSSFWorkbook wb = typical()) {
            XSSFSheet results = wb.getSheet("Results");

            assertThat(results.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(results.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:T4");
            assertThat(wb.getSheet("Explanations").getCTWorksheet().isSetAutoFilter()).isTrue();
        }
    }

    @Test
    void oneRowPerCandidateInInputOrder() throws IOException {
        try (XSSFWorkbook wb = typical()) {
            XSSFSheet results = wb.getSheet("Results");

            assertThat(results.getLastRowNum()).isEqualTo(3);
            assertThat(rowText(results.getRow(1)).subList(0, 6)).containsExactly(
                    "STRONG_FIT", "2", "C-001", "Ada Lovelace", "LLM_ENGINEER", "SENIOR");
            assertThat(text(results, 2, 2)).isEqualTo("C-002");
            assertThat(text(results, 3, 2)).isEqualTo("C-003");
        }
    }

    @Test
    void verdictCellsAreColouredByVerdict() throws IOException {
        try (XSSFWorkbook wb = write(sink -> {
            sink.begin(job(), jobAssessment(), RULES_VERSION);
            for (CandidateAssessment c : oneOfEachVerdict()) {
                sink.candidate(c);
            }
            sink.end(summary(4, 0));
        })) {
            XSSFSheet results = wb.getSheet("Results");
            Set<String> fills = new HashSet<>();
            for (int r = 1; r <= 4; r++) {
                Cell cell = results.getRow(r).getCell(0);
                XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
                assertThat(style.getFillForegroundXSSFColor()).as(cell.getStringCellValue()).isNotNull();
                fills.add(style.getFillForegroundXSSFColor().getARGBHex());
                if (cell.getStringCellValue().equals("STRONG_FIT")) {
                    assertThat(style.getFont().getXSSFColor().getARGBHex()).endsWith("FFFFFF");
                }
            }
            assertThat(fills).as("four verdicts, four fills").hasSize(4);
        }
    }

    @Test
    void numbersAreNumericCells() throws IOException {
        try (XSSFWorkbook wb = typical()) {
            XSSFSheet results = wb.getSheet("Results");
            Row ada = results.getRow(1);
            Cell row = ada.getCell(column(results, "Row"));
            Cell salary = ada.getCell(column(results, "Expected Salary"));
            Cell llm = ada.getCell(column(results, "Score LLM_ENGINEER"));
            Cell prompt = ada.getCell(column(results, "Score PROMPT_ENGINEER"));

            assertThat(row.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getNumericCellValue()).isEqualTo(2);
            assertThat(salary.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(salary.getNumericCellValue()).isEqualTo(185_000);
            assertThat(llm.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(llm.getNumericCellValue()).isEqualTo(9);
            assertThat(prompt.getNumericCellValue()).isEqualTo(1);
            assertThat(results.getRow(3).getCell(column(results, "Expected Salary"))).as("no compensation").isNull();
        }
    }

    @Test
    void codesAreJoinedAndReasonsAreOnePerLineWrapped() throws IOException {
        try (XSSFWorkbook wb = typical()) {
            XSSFSheet results = wb.getSheet("Results");

            assertThat(text(results, 1, column(results, "Green Flags"))).isEqualTo("SHIPPED_RAG, EVALS");
            assertThat(text(results, 1, column(results, "Yellow Flags"))).isEqualTo("NARROW_TOOLS");
            assertThat(text(results, 2, column(results, "Failure Risks"))).isEqualTo("ML_HIRE_FOR_LLM_WORK");
            assertThat(text(results, 1, column(results, "Compensation"))).isEqualTo("WITHIN_BAND");
            assertThat(text(results, 1, column(results, "Interview Focus"))).isEqualTo("RAG_DEPTH");
            Cell reasons = results.getRow(1).getCell(column(results, "Verdict Reasons"));
            assertThat(reasons.getStringCellValue())
                    .isEqualTo("Shipped a RAG feature with evals and guardrails.\nFive years of hands-on LLM work.");
            assertThat(reasons.getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void formulaLookingTextIsNeutralisedEverywhere() throws IOException {
        CandidateAssessment base = withVerdict(2, "+12", Verdict.FIT);
        CandidateAssessment evil = new CandidateAssessment(base.row(), base.candidateId(),
                "=HYPERLINK(\"http://evil\",\"click\")", base.verdict(),
                List.of(new Finding("X", "@SUM(A1:A9)", "r")), base.recommendedRole(), base.roleScores(),
                base.seniority(), base.greenFlags(), base.yellowFlags(), base.failureRisks(), base.compensation(),
                base.interviewFocus(), base.firedRules());

        try (XSSFWorkbook wb = write(sink -> {
            sink.begin(job(), jobAssessment(), RULES_VERSION);
            sink.candidate(evil);
            sink.error(error(3, "-bad", "=1+1"));
            sink.end(summary(1, 1));
        })) {
            XSSFSheet results = wb.getSheet("Results");
            Cell name = results.getRow(1).getCell(column(results, "Name"));
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil\",\"click\")");
            assertThat(text(results, 1, column(results, "Candidate ID"))).isEqualTo("'+12");
            assertThat(text(results, 1, column(results, "Verdict Reasons"))).isEqualTo("'@SUM(A1:A9)");
            assertThat(text(wb.getSheet("Explanations"), 3, 1)).isEqualTo("'+12");
            XSSFSheet errors = wb.getSheet("Errors");
            assertThat(text(errors, 1, 1)).isEqualTo("'-bad");
            assertThat(text(errors, 1, 2)).isEqualTo("'=1+1");
            for (XSSFSheet sheet : List.of(results, errors)) {
                sheet.forEach(row -> row.forEach(cell ->
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA)));
            }
        }
    }

    @Test
    void textLongerThanAnExcelCellIsTruncatedWithAMarker() throws IOException {
        String huge = "x".repeat(40_000);

        try (XSSFWorkbook wb = write(sink -> {
            sink.begin(job(), jobAssessment(), RULES_VERSION);
            sink.candidate(bareNamed(huge));
            sink.end(summary(1, 0));
        })) {
            String name = text(wb.getSheet("Results"), 1, 3);
            assertThat(name).hasSize(SafeText.EXCEL_MAX_CELL_CHARS).endsWith(SafeText.TRUNCATION_MARKER);
        }
    }

    @Test
    void explanationsListEachCandidatesConclusionsInOneBlockWithCodeReasonAndRule() throws IOException {
        try (XSSFWorkbook wb = typical()) {
            XSSFSheet explanations = wb.getSheet("Explanations");

            assertThat(rowText(explanations.getRow(0)))
                    .containsExactly("Row", "Candidate ID", "Conclusion", "Code", "Reason", "Rule");
            assertThat(rowText(explanations.getRow(1))).containsExactly("", "(job)", "Job risk", "ONE_PERSON_BOTH_ROLES",
                    "One person is expected to cover both ML and LLM.", "job risk: both roles");
            assertThat(rowText(explanations.getRow(2))).containsExactly("", "(job)", "Note", "TIME_TO_HIRE",
                    "A senior LLM engineer takes 3-5 weeks to hire.", "job note: time to hire");
            CandidateAssessment first = strongFit(2, "C-001", "A");
            List<List<String>> block = new ArrayList<>();
            for (int r = 3; r < 3 + conclusionCount(first); r++) {
                block.add(rowText(explanations.getRow(r)));
            }
            assertThat(block).containsExactly(
                    List.of("2", "C-001", "Verdict reason", "STRONG_FIT", "Shipped a RAG feature with evals and guardrails.", "rule strong_fit"),
                    List.of("2", "C-001", "Verdict reason", "SENIOR_LEVEL", "Five years of hands-on LLM work.", "rule senior_level"),
                    List.of("2", "C-001", "Green flag", "SHIPPED_RAG", "Built a RAG pipeline in production.", "rule shipped_rag"),
                    List.of("2", "C-001", "Green flag", "EVALS", "Runs LLM-as-judge evals.", "rule evals"),
                    List.of("2", "C-001", "Yellow flag", "NARROW_TOOLS", "Only one vector database.", "rule narrow_tools"),
                    // No fired rule concluded WITHIN_BAND in this fixture: the pay check has no rule to name.
                    List.of("2", "C-001", "Pay check", "WITHIN_BAND", "Expected salary sits within the senior LLM band."),
                    List.of("2", "C-001", "Interview focus", "RAG_DEPTH",
                            "Build a small RAG pipeline over a real corpus.\nAsk about chunking.", "rule rag_depth"));
            assertThat(explanations.getRow(3).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            int rows = 2 + conclusionCount(first) + conclusionCount(withVerdict(4, "C-002", Verdict.REVIEW))
                    + conclusionCount(bare(6, "C-003"));
            assertThat(explanations.getLastRowNum()).as("one row per conclusion, not per fired rule").isEqualTo(rows);
            List<String> ids = new ArrayList<>();
            explanations.forEach(row -> ids.add(rowText(row).get(1)));
            assertThat(ids.subList(3, ids.size())).as("one block per candidate, in input order").isSorted();
            assertThat(rowText(explanations.getRow(rows))).containsExactly("6", "C-003", "Verdict reason", "NO_ROLE_EVIDENCE",
                    "The resume shows no evidence for any AI role.", "rule no_role_evidence");
        }
    }

    @Test
    void thePayCheckNamesTheRuleThatConcludedItsCode() throws IOException {
        CandidateAssessment b = withVerdict(4, "C-002", Verdict.REVIEW);
        List<FiredRule> fired = new ArrayList<>(b.firedRules());
        fired.add(fired("ABOVE_BUDGET", "Expects more than the budget."));
        CandidateAssessment paid = new CandidateAssessment(b.row(), b.candidateId(), b.name(), b.verdict(), b.verdictReasons(),
                b.recommendedRole(), b.roleScores(), b.seniority(), b.greenFlags(), b.yellowFlags(), b.failureRisks(),
                b.compensation(), b.interviewFocus(), fired);
        try (XSSFWorkbook wb = write(sink -> {
            sink.begin(job(), jobAssessment(), RULES_VERSION);
            sink.candidate(paid);
            sink.end(summary(1, 0));
        })) {
            XSSFSheet explanations = wb.getSheet("Explanations");
            List<String> pay = null;
            for (Row row : explanations) {
                if (rowText(row).get(2).equals("Pay check")) {
                    pay = rowText(row);
                }
            }
            assertThat(pay).containsExactly("4", "C-002", "Pay check", "ABOVE_BUDGET", "Above the budget.", "rule above_budget");
        }
    }

    private static int conclusionCount(CandidateAssessment c) {
        return c.verdictReasons().size() + c.greenFlags().size() + c.yellowFlags().size() + c.failureRisks().size()
                + (c.compensation() == null ? 0 : 1) + c.interviewFocus().size();
    }

    @Test
    void withTheFullTraceExplanationsHaveOneRowPerFiredRuleWithTheJobsRulesFirst() throws IOException {
        try (XSSFWorkbook wb = write(Fixtures::typicalScreening, XlsxReport.Detail.FULL, null)) {
            XSSFSheet explanations = wb.getSheet("Explanations");

            assertThat(rowText(explanations.getRow(0))).containsExactly("Row", "Candidate ID", "Rule", "Code");
            int jobRules = jobAssessment().firedRules().size();
            int candidateRules = strongFit(2, "C-001", "A").firedRules().size()
                    + withVerdict(4, "C-002", Verdict.REVIEW).firedRules().size()
                    + bare(6, "C-003").firedRules().size();
            assertThat(explanations.getLastRowNum()).isEqualTo(jobRules + candidateRules);
            assertThat(rowText(explanations.getRow(1))).containsExactly("", "(job)", "job risk: both roles",
                    "ONE_PERSON_BOTH_ROLES");
            assertThat(text(explanations, 2, 1)).isEqualTo("(job)");
            assertThat(rowText(explanations.getRow(3))).containsExactly("2", "C-001", "rule shipped_rag", "SHIPPED_RAG");
            assertThat(explanations.getRow(3).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(text(explanations, explanations.getLastRowNum(), 1)).isEqualTo("C-003");
        }
    }

    @Test
    void rulesSheetGivesEachFiredRuleOnceWithItsFileCodeAndReason() throws IOException {
        try (XSSFWorkbook wb = write(sink -> {
            sink.begin(job(), jobAssessment(), RULES_VERSION);
            sink.candidate(strongFit(2, "C-001", "A"));
            sink.candidate(strongFit(3, "C-002", "B"));
            sink.end(summary(2, 0));
        })) {
            XSSFSheet rules = wb.getSheet("Rules");

            assertThat(rowText(rules.getRow(0))).containsExactly("Rule", "File", "Code", "Reason");
            List<String> names = new ArrayList<>();
            rules.forEach(row -> names.add(rowText(row).get(0)));
            // Sorted by file, then name; the candidates' shared rules appear once although they fired twice.
            assertThat(names).containsExactly("Rule", "rule evals", "rule shipped_rag", "rule strong_fit",
                    "job note: time to hire", "job risk: both roles");
            assertThat(rowText(rules.getRow(2))).containsExactly("rule shipped_rag", "candidate.drl", "SHIPPED_RAG",
                    "Built a RAG pipeline in production.");
            assertThat(rules.getCTWorksheet().isSetAutoFilter()).isTrue();
        }
    }

    @Test
    void jobSheetListsEveryJobFieldThenTheAssessment() throws IOException {
        try (XSSFWorkbook wb = typical()) {
            XSSFSheet job = wb.getSheet("Job");
            List<String> fields = new ArrayList<>();
            job.forEach(row -> fields.add(rowText(row).isEmpty() ? "" : rowText(row).get(0)));

            for (RecordComponent component : Job.class.getRecordComponents()) {
                assertThat(fields).contains(component.getName());
            }
            assertThat(valueOf(job, "jobId")).isEqualTo("JOB-7");
            assertThat(valueOf(job, "workShape")).isEqualTo("LANGUAGE_UNDERSTANDING, UNSTRUCTURED_TEXT");
            assertThat(valueOf(job, "requiredTools")).isEqualTo("LangChain, pgvector");
            assertThat(valueOf(job, "fundingStage")).isEqualTo("SERIES_A");
            assertThat(valueOf(job, "expectsBothMlAndLlm")).isEqualTo("TRUE");
            assertThat(cellOf(job, "aiPhase").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cellOf(job, "salaryBudgetMax").getNumericCellValue()).isEqualTo(200_000);
            assertThat(valueOf(job, "neededRoles")).isEqualTo("LLM_ENGINEER, NLP_ENGINEER");
            assertThat(valueOf(job, "hireNeitherYet")).isEqualTo("FALSE");
            assertThat(rowStarting(job, "Risk")).containsExactly("Risk", "ONE_PERSON_BOTH_ROLES",
                    "One person is expected to cover both ML and LLM.", "job risk: both roles");
            assertThat(rowStarting(job, "Note")).containsExactly("Note", "TIME_TO_HIRE",
                    "A senior LLM engineer takes 3-5 weeks to hire.", "job note: time to hire");
            assertThat(valueOf(job, "rulesVersion")).isEqualTo(RULES_VERSION);
        }
    }

    @Test
    void errorsSheetListsErrorsThenDroppedAndExtraColumns() throws IOException {
        try (XSSFWorkbook wb = typical()) {
            XSSFSheet errors = wb.getSheet("Errors");

            assertThat(rowText(errors.getRow(0))).containsExactly("Row", "Column", "Message");
            assertThat(rowText(errors.getRow(1))).containsExactly("3", "email", "not an email address");
            assertThat(rowText(errors.getRow(2))).containsExactly("5", "", "empty row");
            assertThat(errors.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(rowText(errors.getRow(errors.getLastRowNum() - 2)))
                    .containsExactly("Dropped columns", "", "age, gender, Native Language");
            assertThat(rowText(errors.getRow(errors.getLastRowNum() - 1))).containsExactly("Possibly protected", "",
                    "Native Language (may reveal nationality, citizenship or national origin); their names may carry a"
                            + " protected attribute, so they were dropped unread; rename a column that holds none to have"
                            + " it read");
            assertThat(rowText(errors.getRow(errors.getLastRowNum())))
                    .containsExactly("Extra columns", "", "hobbies");
        }
    }

    @Test
    void errorsSheetHasItsHeaderEvenWithoutErrors() throws IOException {
        try (XSSFWorkbook wb = write(sink -> {
            sink.begin(job(), hireNeitherYet(), RULES_VERSION);
            sink.end(summary(0, 0));
        })) {
            XSSFSheet errors = wb.getSheet("Errors");
            assertThat(rowText(errors.getRow(0))).containsExactly("Row", "Column", "Message");
            assertThat((Object) errors.getRow(1)).as("only the header, then a blank line").isNull();
            assertThat(wb.getSheet("Results").getLastRowNum()).isZero();
            assertThat(wb.getSheet("Results").getCTWorksheet().isSetAutoFilter()).isTrue();
        }
    }

    @Test
    void aFullSheetContinuesOnANumberedSheetPlacedRightAfterIt() throws IOException {
        try (XSSFWorkbook wb = write(sink -> {
            sink.begin(job(), jobAssessment(), RULES_VERSION);
            for (int i = 0; i < 5; i++) {
                sink.candidate(withVerdict(i + 2, "C-" + i, Verdict.FIT));
            }
            sink.end(summary(5, 0));
        }, 3)) {
            List<String> names = sheetNames(wb);
            assertThat(names).startsWith("Results", "Results (2)", "Results (3)", "Explanations",
                    "Explanations (2)");
            assertThat(names).endsWith("Errors", "Errors (2)");
            List<String> order = List.of("Results", "Explanations", "Rules", "Job", "Errors");
            List<Integer> groups = names.stream()
                    .map(n -> order.indexOf(n.replaceAll(" \\(\\d+\\)$", ""))).toList();
            assertThat(groups).as("each sheet's continuations sit right after it").doesNotContain(-1).isSorted();
            assertThat(names.indexOf("Job (2)")).isEqualTo(names.indexOf("Job") + 1);
            XSSFSheet third = wb.getSheet("Results (3)");
            assertThat(rowText(third.getRow(0)).get(0)).isEqualTo("Verdict");
            assertThat(text(third, 1, 2)).isEqualTo("C-4");
            assertThat(third.getPaneInformation().isFreezePane()).isTrue();
            assertThat(third.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:T2");
            assertThat(wb.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void closingWithoutEndWritesNoWorkbookButClosesTheStream() throws IOException {
        JsonReportTest.CloseTrackingStream target = new JsonReportTest.CloseTrackingStream();
        XlsxReport report = new XlsxReport(target);
        report.begin(job(), jobAssessment(), RULES_VERSION);
        report.candidate(strongFit(2, "C-1", "A"));
        report.close();
        report.close();

        assertThat(target.size()).isZero();
        assertThat(target.closed).isEqualTo(1);
    }

    @Test
    void callsOutOfOrderAreRejected() throws IOException {
        try (XlsxReport report = new XlsxReport(new ByteArrayOutputStream())) {
            assertThatThrownBy(() -> report.error(error(2, null, "x"))).isInstanceOf(IllegalStateException.class);
        }
    }

    private static CandidateAssessment bareNamed(String name) {
        CandidateAssessment b = bare(2, "C-1");
        return new CandidateAssessment(b.row(), b.candidateId(), name, b.verdict(), b.verdictReasons(),
                b.recommendedRole(), b.roleScores(), b.seniority(), b.greenFlags(), b.yellowFlags(),
                b.failureRisks(), b.compensation(), b.interviewFocus(), b.firedRules());
    }

    private static Row rowOf(XSSFSheet sheet, String field) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(field)) {
                return row;
            }
        }
        throw new AssertionError("no row " + field);
    }

    private static Cell cellOf(XSSFSheet sheet, String field) {
        return rowOf(sheet, field).getCell(1);
    }

    private static String valueOf(XSSFSheet sheet, String field) {
        return FORMAT.formatCellValue(cellOf(sheet, field));
    }

    private static List<String> rowStarting(XSSFSheet sheet, String field) {
        return rowText(rowOf(sheet, field));
    }
}
