package com.hirefit.report;

import com.hirefit.ingest.Column;
import com.hirefit.ingest.RowError;
import com.hirefit.ingest.UncertainColumn;
import com.hirefit.job.Job;
import com.hirefit.screening.CandidateAssessment;
import com.hirefit.screening.Compensation;
import com.hirefit.screening.Finding;
import com.hirefit.screening.FiredRule;
import com.hirefit.screening.JobAssessment;
import com.hirefit.screening.ScreeningSink;
import com.hirefit.screening.ScreeningSummary;
import com.hirefit.vocabulary.Role;
import com.hirefit.vocabulary.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The results workbook (xlsx), written with POI's streaming {@link SXSSFWorkbook} (as {@link StreamingWorkbook}):
 * only a window of {@value #ROW_WINDOW} rows per sheet is in memory, the rest goes to compressed temporary files
 * that {@link #close()} deletes. Sheets, in order:
 * <ul>
 *   <li><b>Results</b>: one row per candidate, verdict first and coloured by verdict, then the codes,
 *       the expected salary (numeric), the verdict reasons (one per line) and one numeric column per
 *       role score. Bold frozen header and an auto-filter over the rows written.</li>
 *   <li><b>Explanations</b>, by default ({@link Detail#CONCLUSIONS}): per candidate, one block of the conclusions a
 *       recruiter reads (verdict reasons, green and yellow flags, failure risks, the pay check, interview focus),
 *       each with its code, reason and rule; the job's risks and notes first (candidate "(job)"). With
 *       {@link Detail#FULL}, the audit trace instead: one row per fired rule (row, candidate ID, rule, code), the
 *       job's rules first. At 100,000 candidates that is about 3 million rows against a few per candidate.</li>
 *   <li><b>Rules</b>: each rule that fired, once, with its file, code and reason. The reason lives here rather
 *       than on every Explanations row: repeated there it made up most of a large workbook's bytes and of the
 *       time spent writing it (docs/performance.md).</li>
 *   <li><b>Job</b>: every field of the {@link Job}, then the job assessment and the rules version.</li>
 *   <li><b>Errors</b>: the rows that could not be read, then the dropped and the extra columns.</li>
 * </ul>
 * Everything streams, errors included: rows are appended to their sheet as they arrive. A sheet that
 * reaches Excel's row limit continues on a sheet named like "Explanations (2)", placed after it.
 *
 * <p>Every text cell goes through {@link SafeText#excelCell(String)}: text that could be read as a
 * formula gets a leading quote, and text beyond Excel's 32,767 characters is cut with a marker.
 * Numbers are numeric cells.
 *
 * <p>The workbook is written to the stream by {@link #end}; {@link #close()} deletes the temporary
 * files and closes the stream. Closing without {@code end} writes no workbook.
 */
public final class XlsxReport implements ScreeningSink {

    /** Rows per sheet kept in memory before they are flushed to the temporary file. */
    public static final int ROW_WINDOW = 100;

    static final String RESULTS = "Results";
    static final String EXPLANATIONS = "Explanations";
    static final String RULES = "Rules";
    static final String JOB = "Job";
    static final String ERRORS = "Errors";
    static final String JOB_CANDIDATE_ID = "(job)";

    private static final int EXCEL_MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    // Results columns, in order; the role scores follow.
    private static final int C_VERDICT = 0;
    private static final int C_ROW = 1;
    private static final int C_ID = 2;
    private static final int C_NAME = 3;
    private static final int C_ROLE = 4;
    private static final int C_SENIORITY = 5;
    private static final int C_GREEN = 6;
    private static final int C_YELLOW = 7;
    private static final int C_RISKS = 8;
    private static final int C_COMPENSATION = 9;
    private static final int C_SALARY = 10;
    private static final int C_FOCUS = 11;
    private static final int C_REASONS = 12;
    private static final int C_FIRST_SCORE = 13;
    private static final String[] RESULT_HEADERS = {
        "Verdict", "Row", Column.CANDIDATE_ID.label(), Column.NAME.label(), "Recommended Role", "Seniority", "Green Flags",
        "Yellow Flags", "Failure Risks", "Compensation", Column.EXPECTED_SALARY.label(), "Interview Focus",
        "Verdict Reasons"};
    private static final int[] RESULT_WIDTHS = {12, 7, 16, 24, 20, 11, 30, 30, 30, 18, 15, 30, 70};
    private static final int SCORE_WIDTH = 13;

    /** What the Explanations sheet holds: the conclusions per candidate, or every fired rule (the full trace). */
    public enum Detail {
        CONCLUSIONS, FULL;

        /** "conclusions" or "full", as the command line's --trace and the download's ?trace= spell it. */
        public static Detail of(String name) {
            for (Detail detail : values()) {
                if (detail.name().equalsIgnoreCase(name)) {
                    return detail;
                }
            }
            throw new IllegalArgumentException("trace must be conclusions or full");
        }
    }

    private final OutputStream out;
    private final Detail detail;
    private final SXSSFWorkbook wb;
    private final int maxRowsPerSheet;
    private final Lifecycle lifecycle = new Lifecycle("XlsxReport");
    private final List<Role> scoreRoles = List.of(Role.values());

    private final CellStyle header;
    private final CellStyle top;
    private final CellStyle wrap;
    private final CellStyle integer;
    private final CellStyle money;
    private final Map<Verdict, CellStyle> verdictStyles = new EnumMap<>(Verdict.class);

    private Part results;
    private Part explanations;
    private final Map<String, FiredRule> firedRules = new HashMap<>();
    private Part job;
    private Part errors;

    /** Writes the workbook, with the conclusions on the Explanations sheet, to {@code out}, which this report closes. */
    public XlsxReport(OutputStream out) {
        this(out, Detail.CONCLUSIONS);
    }

    /** Writes the workbook to {@code out}, which this report closes, with {@code detail} on the Explanations sheet. */
    public XlsxReport(OutputStream out, Detail detail) {
        this(out, detail, EXCEL_MAX_ROWS);
    }

    /** For tests: sheets continue on a new sheet after {@code maxRowsPerSheet} rows (header included). */
    XlsxReport(OutputStream out, Detail detail, int maxRowsPerSheet) {
        this.out = Objects.requireNonNull(out, "out");
        this.detail = Objects.requireNonNull(detail, "detail");
        if (maxRowsPerSheet < 2 || maxRowsPerSheet > EXCEL_MAX_ROWS) {
            throw new IllegalArgumentException("maxRowsPerSheet out of range: " + maxRowsPerSheet);
        }
        this.maxRowsPerSheet = maxRowsPerSheet;
        this.wb = new StreamingWorkbook(ROW_WINDOW);

        XSSFFont bold = (XSSFFont) wb.createFont();
        bold.setBold(true);
        header = style(VerticalAlignment.TOP, true);
        header.setFont(bold);
        header.setFillForegroundColor(rgb(0xD9, 0xD9, 0xD9));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        top = style(VerticalAlignment.TOP, false);
        wrap = style(VerticalAlignment.TOP, true);
        integer = style(VerticalAlignment.TOP, false);
        integer.setDataFormat(wb.createDataFormat().getFormat("0"));
        money = style(VerticalAlignment.TOP, false);
        money.setDataFormat(wb.createDataFormat().getFormat("#,##0"));

        verdictStyles.put(Verdict.STRONG_FIT, verdictStyle(rgb(0x1E, 0x6B, 0x34), rgb(0xFF, 0xFF, 0xFF)));
        verdictStyles.put(Verdict.FIT, verdictStyle(rgb(0xC6, 0xEF, 0xCE), rgb(0x00, 0x61, 0x00)));
        verdictStyles.put(Verdict.REVIEW, verdictStyle(rgb(0xFF, 0xEB, 0x9C), rgb(0x9C, 0x57, 0x00)));
        verdictStyles.put(Verdict.NOT_FIT, verdictStyle(rgb(0xFF, 0xC7, 0xCE), rgb(0x9C, 0x00, 0x06)));
    }

    @Override
    public void begin(Job jobContext, JobAssessment assessment, String rulesVersion) throws IOException {
        Objects.requireNonNull(assessment, "assessment");
        lifecycle.begin();

        List<String> resultHeaders = new ArrayList<>(List.of(RESULT_HEADERS));
        List<Integer> resultWidths = new ArrayList<>();
        for (int w : RESULT_WIDTHS) {
            resultWidths.add(w);
        }
        for (Role role : scoreRoles) {
            resultHeaders.add("Score " + role.name());
            resultWidths.add(SCORE_WIDTH);
        }
        results = new Part(RESULTS, resultHeaders, resultWidths, true);
        explanations = detail == Detail.FULL
                ? new Part(EXPLANATIONS, List.of("Row", Column.CANDIDATE_ID.label(), "Rule", "Code"), List.of(7, 16, 60, 28), true)
                : new Part(EXPLANATIONS, List.of("Row", Column.CANDIDATE_ID.label(), "Conclusion", "Code", "Reason", "Rule"),
                        List.of(7, 16, 16, 28, 90, 50), true);
        job = new Part(JOB, List.of("Field", "Value", "Reason", "Rule"), List.of(24, 40, 90, 40), false);
        errors = new Part(ERRORS, List.of("Row", "Column", "Message"), List.of(16, 24, 90), false);

        for (FiredRule rule : ReportText.orEmpty(assessment.firedRules())) {
            firedRules.putIfAbsent(rule.rule(), rule);
            if (detail == Detail.FULL) {
                explanation(null, JOB_CANDIDATE_ID, rule);
            }
        }
        if (detail == Detail.CONCLUSIONS) {
            conclusions(null, JOB_CANDIDATE_ID, "Job risk", assessment.risks());
            conclusions(null, JOB_CANDIDATE_ID, "Note", assessment.notes());
        }
        writeJobSheet(jobContext, assessment, rulesVersion);
    }

    @Override
    public void candidate(CandidateAssessment c) throws IOException {
        Objects.requireNonNull(c, "candidate");
        lifecycle.row("candidate");

        Row row = results.nextRow();
        String verdict = ReportText.name(c.verdict());
        text(row, C_VERDICT, verdict, c.verdict() == null ? top : verdictStyles.get(c.verdict()));
        number(row, C_ROW, c.row(), integer);
        text(row, C_ID, c.candidateId(), top);
        text(row, C_NAME, c.name(), top);
        text(row, C_ROLE, ReportText.name(c.recommendedRole()), top);
        text(row, C_SENIORITY, ReportText.name(c.seniority()), top);
        text(row, C_GREEN, ReportText.codes(c.greenFlags()), wrap);
        text(row, C_YELLOW, ReportText.codes(c.yellowFlags()), wrap);
        text(row, C_RISKS, ReportText.codes(c.failureRisks()), wrap);
        Compensation comp = c.compensation();
        if (comp != null) {
            text(row, C_COMPENSATION, comp.code(), top);
            number(row, C_SALARY, comp.expectedSalary(), money);
        }
        text(row, C_FOCUS, ReportText.codes(c.interviewFocus()), wrap);
        text(row, C_REASONS, ReportText.reasons(c.verdictReasons()), wrap);
        if (c.roleScores() != null) {
            for (int i = 0; i < scoreRoles.size(); i++) {
                number(row, C_FIRST_SCORE + i, c.roleScores().get(scoreRoles.get(i)), integer);
            }
        }

        for (FiredRule rule : ReportText.orEmpty(c.firedRules())) {
            firedRules.putIfAbsent(rule.rule(), rule);
            if (detail == Detail.FULL) {
                explanation(c.row(), c.candidateId(), rule);
            }
        }
        if (detail == Detail.CONCLUSIONS) {
            conclusions(c);
        }
    }

    @Override
    public void error(RowError error) {
        Objects.requireNonNull(error, "error");
        lifecycle.row("error");
        Row row = errors.nextRow();
        number(row, 0, error.row(), integer);
        text(row, 1, error.column(), top);
        text(row, 2, error.message(), wrap);
    }

    @Override
    public void end(ScreeningSummary summary) throws IOException {
        Objects.requireNonNull(summary, "summary");
        lifecycle.end();

        errors.skipRow();
        labelled(errors.nextRow(), "Dropped columns", String.join(", ", summary.droppedColumns()));
        if (!summary.uncertainColumns().isEmpty()) {
            labelled(errors.nextRow(), "Possibly protected", summary.uncertainColumns().stream().map(UncertainColumn::describe)
                    .collect(Collectors.joining(", ")) + "; " + UncertainColumn.ADVICE);
        }
        labelled(errors.nextRow(), "Extra columns", String.join(", ", summary.extraColumns()));

        Part rules = new Part(RULES, List.of("Rule", "File", "Code", "Reason"), List.of(60, 24, 28, 90), true);
        firedRules.values().stream().sorted(Comparator.comparing((FiredRule r) -> String.valueOf(r.file()))
                .thenComparing(FiredRule::rule)).forEach(rule -> {
                    Row row = rules.nextRow();
                    text(row, 0, rule.rule(), top);
                    text(row, 1, rule.file(), top);
                    text(row, 2, rule.code(), top);
                    text(row, 3, rule.reason(), wrap);
                });

        results.addAutoFilters();
        explanations.addAutoFilters();
        rules.addAutoFilters();

        List<SXSSFSheet> order = new ArrayList<>();
        for (Part part : List.of(results, explanations, rules, job, errors)) {
            order.addAll(part.sheets);
        }
        for (int i = 0; i < order.size(); i++) {
            wb.setSheetOrder(order.get(i).getSheetName(), i);
        }
        for (int i = 0; i < order.size(); i++) {
            order.get(i).setSelected(i == 0);
        }
        wb.setActiveSheet(0);
        wb.setFirstVisibleTab(0);

        wb.write(out);
        out.flush();
    }

    /** Deletes the temporary files and closes the stream. Safe to call more than once. */
    @Override
    public void close() throws IOException {
        if (!lifecycle.close()) {
            return;
        }
        try {
            wb.dispose();
            wb.close();
        } finally {
            out.close();
        }
    }

    // ---- sheets ----------------------------------------------------------------------------------

    private void explanation(Integer candidateRow, String candidateId, FiredRule rule) {
        Row row = explanations.nextRow();
        number(row, 0, candidateRow, integer);
        text(row, 1, candidateId, top);
        text(row, 2, rule.rule(), top);
        text(row, 3, rule.code(), top);
    }

    /** A candidate's block: what a recruiter reads, in the order of the Results columns. */
    private void conclusions(CandidateAssessment c) {
        conclusions(c.row(), c.candidateId(), "Verdict reason", c.verdictReasons());
        conclusions(c.row(), c.candidateId(), "Green flag", c.greenFlags());
        conclusions(c.row(), c.candidateId(), "Yellow flag", c.yellowFlags());
        conclusions(c.row(), c.candidateId(), "Failure risk", c.failureRisks());
        Compensation pay = c.compensation();
        if (pay != null) {
            conclusion(c.row(), c.candidateId(), "Pay check", pay.code(), pay.reason(), payRule(c, pay.code()));
        }
        conclusions(c.row(), c.candidateId(), "Interview focus", c.interviewFocus());
    }

    private void conclusions(Integer candidateRow, String candidateId, String kind, List<Finding> findings) {
        for (Finding finding : ReportText.orEmpty(findings)) {
            conclusion(candidateRow, candidateId, kind, finding.code(), finding.reason(), finding.rule());
        }
    }

    private void conclusion(Integer candidateRow, String candidateId, String kind, String code, String reason, String rule) {
        Row row = explanations.nextRow();
        number(row, 0, candidateRow, integer);
        text(row, 1, candidateId, top);
        text(row, 2, kind, top);
        text(row, 3, code, top);
        text(row, 4, reason, top);
        text(row, 5, rule, top);
    }

    /** The pay check keeps its code, not its rule: the first fired rule that concluded that code. */
    private static String payRule(CandidateAssessment c, String code) {
        for (FiredRule rule : ReportText.orEmpty(c.firedRules())) {
            if (code.equals(rule.code())) {
                return rule.rule();
            }
        }
        return null;
    }

    private void writeJobSheet(Job jobContext, JobAssessment assessment, String rulesVersion) {
        if (jobContext != null) {
            for (RecordComponent field : Job.class.getRecordComponents()) {
                Row row = job.nextRow();
                text(row, 0, field.getName(), top);
                value(row, 1, read(field, jobContext));
            }
            job.skipRow();
        }
        Row roles = job.nextRow();
        text(roles, 0, "neededRoles", top);
        text(roles, 1, ReportText.orEmpty(assessment.neededRoles()).stream().map(Role::name)
                .collect(Collectors.joining(", ")), top);
        Row neither = job.nextRow();
        text(neither, 0, "hireNeitherYet", top);
        neither.createCell(1, CellType.BOOLEAN).setCellValue(assessment.hireNeitherYet());
        for (Finding risk : ReportText.orEmpty(assessment.risks())) {
            finding(job.nextRow(), "Risk", risk);
        }
        for (Finding note : ReportText.orEmpty(assessment.notes())) {
            finding(job.nextRow(), "Note", note);
        }
        Row version = job.nextRow();
        text(version, 0, "rulesVersion", top);
        text(version, 1, rulesVersion, top);
    }

    private void finding(Row row, String kind, Finding finding) {
        text(row, 0, kind, top);
        text(row, 1, finding.code(), top);
        text(row, 2, finding.reason(), wrap);
        text(row, 3, finding.rule(), top);
    }

    private void labelled(Row row, String label, String value) {
        text(row, 0, label, top);
        text(row, 2, value, wrap);
    }

    private static Object read(RecordComponent field, Job job) {
        try {
            return field.getAccessor().invoke(job);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read Job." + field.getName(), e);
        }
    }

    /** A Job field as a cell: numbers numeric, booleans boolean, collections joined (sets sorted). */
    private void value(Row row, int col, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number n) {
            number(row, col, n, integer);
        } else if (value instanceof Boolean b) {
            Cell cell = row.createCell(col, CellType.BOOLEAN);
            cell.setCellValue(b);
            cell.setCellStyle(top);
        } else if (value instanceof Collection<?> items) {
            var parts = items.stream().map(String::valueOf);
            if (!(value instanceof List)) {
                parts = parts.sorted();
            }
            text(row, col, parts.collect(Collectors.joining(", ")), top);
        } else {
            text(row, col, value instanceof Enum<?> e ? e.name() : String.valueOf(value), top);
        }
    }

    // ---- cells -----------------------------------------------------------------------------------

    private static void text(Row row, int col, String value, CellStyle style) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(col, CellType.STRING);
        cell.setCellValue(SafeText.excelCell(value));
        cell.setCellStyle(style);
    }

    private static void number(Row row, int col, Number value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(col, CellType.NUMERIC);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    // ---- styles ----------------------------------------------------------------------------------

    private XSSFCellStyle style(VerticalAlignment vertical, boolean wrapText) {
        XSSFCellStyle style = (XSSFCellStyle) wb.createCellStyle();
        style.setVerticalAlignment(vertical);
        style.setWrapText(wrapText);
        return style;
    }

    private CellStyle verdictStyle(XSSFColor fill, XSSFColor text) {
        XSSFCellStyle style = style(VerticalAlignment.TOP, false);
        style.setFillForegroundColor(fill);
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        XSSFFont font = (XSSFFont) wb.createFont();
        font.setBold(true);
        font.setColor(text);
        style.setFont(font);
        return style;
    }

    private static XSSFColor rgb(int r, int g, int b) {
        return new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}, null);
    }

    /**
     * One logical sheet: a header row, then rows appended in order; when a sheet is full it continues on
     * a new sheet "Name (2)", "Name (3)"... with the same header.
     */
    private final class Part {
        private final String name;
        private final List<String> headers;
        private final List<Integer> widths;
        private final boolean filtered;
        private final List<SXSSFSheet> sheets = new ArrayList<>();
        private SXSSFSheet sheet;
        private int next;

        Part(String name, List<String> headers, List<Integer> widths, boolean filtered) {
            this.name = name;
            this.headers = List.copyOf(headers);
            this.widths = List.copyOf(widths);
            this.filtered = filtered;
            startSheet();
        }

        Row nextRow() {
            if (next >= maxRowsPerSheet) {
                startSheet();
            }
            return sheet.createRow(next++);
        }

        /** Leaves one blank row (none at the top of a continuation sheet). */
        void skipRow() {
            if (next < maxRowsPerSheet) {
                next++;
            }
        }

        void addAutoFilters() {
            if (!filtered) {
                return;
            }
            for (SXSSFSheet s : sheets) {
                int last = Math.max(0, s.getLastRowNum());
                s.setAutoFilter(new CellRangeAddress(0, last, 0, headers.size() - 1));
            }
        }

        private void startSheet() {
            sheet = wb.createSheet(sheets.isEmpty() ? name : name + " (" + (sheets.size() + 1) + ")");
            sheets.add(sheet);
            for (int i = 0; i < widths.size(); i++) {
                sheet.setColumnWidth(i, widths.get(i) * 256);
            }
            Row row = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                text(row, i, headers.get(i), header);
            }
            sheet.createFreezePane(0, 1);
            next = 1;
        }
    }
}
