package com.hirefit.report;

import com.hirefit.ingest.RowError;
import com.hirefit.ingest.UncertainColumn;
import com.hirefit.job.Job;
import com.hirefit.screening.CandidateAssessment;
import com.hirefit.screening.Compensation;
import com.hirefit.screening.Finding;
import com.hirefit.screening.JobAssessment;
import com.hirefit.screening.ScreeningSink;
import com.hirefit.screening.ScreeningSummary;
import com.hirefit.vocabulary.Role;
import com.hirefit.vocabulary.Verdict;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A plain-text report for a terminal, meant to be read by a recruiter: a header block for the job, a
 * compact block per candidate (written as each arrives), then the rows with errors and a footer with
 * the counts and the protected columns that were dropped. Lines are at most {@code width} characters
 * (100 by default); long reasons wrap with a hanging indent. No colours, plain ASCII decoration.
 *
 * <p>Text from the input (names, ids, reasons) has control characters and bidirectional overrides
 * removed, so a crafted cell cannot move the cursor, clear the screen or reorder the line.
 *
 * <p>Row errors are buffered and printed after the candidates. The report owns its target and closes
 * it in {@link #close()}; pass a close-shielded stream to write to {@code System.out}.
 */
public final class TableReport implements ScreeningSink {

    public static final int DEFAULT_WIDTH = 100;
    private static final int MIN_WIDTH = 40;
    private static final String NL = "\n";
    /** Verdicts in the order a recruiter reads them: best first. */
    private static final List<Verdict> VERDICT_ORDER =
            List.of(Verdict.STRONG_FIT, Verdict.FIT, Verdict.REVIEW, Verdict.NOT_FIT);

    private final Writer out;
    private final int width;
    private final Lifecycle lifecycle = new Lifecycle("TableReport");
    private final List<RowError> errors = new ArrayList<>();
    private final Map<Verdict, Integer> tally = new EnumMap<>(Verdict.class);
    private int candidates;

    /** Writes UTF-8 text to {@code out}, which this report closes. */
    public TableReport(OutputStream out) {
        this(out, StandardCharsets.UTF_8);
    }

    /** Writes text in {@code charset} to {@code out}, which this report closes. */
    public TableReport(OutputStream out, Charset charset) {
        this(new OutputStreamWriter(Objects.requireNonNull(out, "out"), charset), DEFAULT_WIDTH);
    }

    /** Writes to {@code out}, which this report closes, {@value #DEFAULT_WIDTH} characters wide. */
    public TableReport(Writer out) {
        this(out, DEFAULT_WIDTH);
    }

    /** Writes to {@code out}, which this report closes, with lines of at most {@code width} characters. */
    public TableReport(Writer out, int width) {
        Objects.requireNonNull(out, "out");
        if (width < MIN_WIDTH) {
            throw new IllegalArgumentException("width must be at least " + MIN_WIDTH + ": " + width);
        }
        this.out = out instanceof BufferedWriter ? out : new BufferedWriter(out);
        this.width = width;
    }

    @Override
    public void begin(Job job, JobAssessment assessment, String rulesVersion) throws IOException {
        Objects.requireNonNull(assessment, "assessment");
        lifecycle.begin();
        line(rule('='));
        String version = oneLine(rulesVersion);
        line(spread("HIREFIT SCREENING REPORT", version.isEmpty() ? "" : "rules version " + version));
        String title = oneLine(assessment.jobTitle());
        line(clip("Job " + oneLine(assessment.jobId()) + (title.isEmpty() ? "" : ": " + title)));
        if (assessment.hireNeitherYet()) {
            wrapped("", "Hire no AI role yet: fix the data first.");
        } else {
            List<Role> roles = ReportText.orEmpty(assessment.neededRoles());
            wrapped("Needed roles: ", roles.isEmpty() ? "none"
                    : roles.stream().map(Role::name).collect(Collectors.joining(", ")));
        }
        findingList("Job risks:", assessment.risks(), "  ! ");
        findingList("Notes:", assessment.notes(), "  - ");
    }

    @Override
    public void candidate(CandidateAssessment c) throws IOException {
        Objects.requireNonNull(c, "candidate");
        lifecycle.row("candidate");
        candidates++;
        if (c.verdict() != null) {
            tally.merge(c.verdict(), 1, Integer::sum);
        }
        String verdict = c.verdict() == null ? "NO VERDICT" : c.verdict().name();
        line(rule('-'));
        String who = "Row " + c.row() + " | " + oneLine(c.candidateId()) + " | " + oneLine(c.name());
        line(spread(clip(who, width - verdict.length() - 2), verdict));

        line(clip("  Role: " + role(c) + "   Seniority: "
                + (c.seniority() == null ? "unknown" : c.seniority().name())));
        wrapped("  Compensation: ", compensation(c.compensation()));
        wrapped("  Green flags:  ", codesOrNone(c.greenFlags()));
        wrapped("  Yellow flags: ", codesOrNone(c.yellowFlags()));
        List<Finding> risks = ReportText.orEmpty(c.failureRisks());
        if (risks.isEmpty()) {
            line("  Failure risks: none");
        } else {
            line("  Failure risks:");
            for (Finding risk : risks) {
                wrapped("    - ", codeAndReason(risk));
            }
        }
        List<Finding> focus = ReportText.orEmpty(c.interviewFocus());
        if (!focus.isEmpty()) {
            line("  Interview focus:");
            for (Finding f : focus) {
                String first = firstLine(f.reason());
                line(clip("    - " + oneLine(f.code()) + (first.isEmpty() ? "" : ": " + first)));
            }
        }
        List<Finding> reasons = ReportText.orEmpty(c.verdictReasons());
        if (!reasons.isEmpty()) {
            line("  Why " + verdict + ":");
            for (Finding reason : reasons) {
                String text = clean(reason.reason());
                wrapped("    - ", text.isBlank() ? oneLine(reason.code()) : text);
            }
        }
    }

    @Override
    public void error(RowError error) {
        Objects.requireNonNull(error, "error");
        lifecycle.row("error");
        errors.add(error);
    }

    @Override
    public void end(ScreeningSummary summary) throws IOException {
        Objects.requireNonNull(summary, "summary");
        lifecycle.end();
        line(rule('='));
        if (errors.isEmpty()) {
            line("Rows with errors: none");
        } else {
            line("Rows with errors (" + errors.size() + "):");
            for (RowError e : errors) {
                String where = "row " + e.row()
                        + (e.column() == null || e.column().isBlank() ? "" : ", column " + oneLine(e.column()));
                wrapped("  ", where + ": " + clean(e.message()));
            }
        }
        errors.clear();
        line(rule('='));
        String input = oneLine(summary.inputFile());
        wrapped("", "Screened " + summary.screened() + plural(summary.screened(), " candidate", " candidates")
                + (input.isEmpty() ? "" : " from " + input) + "; " + summary.errors()
                + plural(summary.errors(), " row", " rows") + " with errors.");
        if (candidates > 0) {
            wrapped("Verdicts: ", VERDICT_ORDER.stream()
                    .map(v -> v.name() + " " + tally.getOrDefault(v, 0))
                    .collect(Collectors.joining(", ")));
        }
        wrapped("Dropped protected columns: ", listOrNone(summary.droppedColumns()));
        if (!summary.uncertainColumns().isEmpty()) {
            wrapped("Possibly protected, among them: ", listOrNone(summary.uncertainColumns().stream()
                    .map(UncertainColumn::describe).toList()) + "; " + UncertainColumn.ADVICE + ".");
        }
        wrapped("Extra columns kept as text: ", listOrNone(summary.extraColumns()));
        line(rule('='));
        out.flush();
    }

    /** Flushes and closes the target. Safe to call more than once. */
    @Override
    public void close() throws IOException {
        if (!lifecycle.close()) {
            return;
        }
        out.close();
    }

    // ---- pieces of a candidate block -------------------------------------------------------------

    private static String role(CandidateAssessment c) {
        if (c.recommendedRole() == null) {
            return "none (no role evidence)";
        }
        Integer score = c.roleScores() == null ? null : c.roleScores().get(c.recommendedRole());
        return c.recommendedRole().name() + (score == null ? "" : " (score " + score + ")");
    }

    private static String compensation(Compensation comp) {
        if (comp == null) {
            return "not checked";
        }
        StringBuilder s = new StringBuilder(comp.code() == null ? "no code" : oneLine(comp.code()));
        String currency = comp.currency() == null ? "" : " " + oneLine(comp.currency());
        if (comp.expectedSalary() != null) {
            s.append(" (expects ").append(money(comp.expectedSalary())).append(currency);
            if (comp.budgetMax() != null) {
                s.append(", budget ").append(money(comp.budgetMax())).append(currency);
            }
            s.append(')');
        }
        return s.toString();
    }

    private static String money(long amount) {
        return String.format(Locale.ROOT, "%,d", amount);
    }

    private static String codesOrNone(List<Finding> findings) {
        String codes = oneLine(ReportText.codes(findings));
        return codes.isEmpty() ? "none" : codes;
    }

    private static String codeAndReason(Finding f) {
        String code = oneLine(f.code());
        String reason = clean(f.reason());
        if (reason.isBlank()) {
            return code;
        }
        return code.isEmpty() ? reason : code + ": " + reason;
    }

    private void findingList(String title, List<Finding> findings, String bullet) throws IOException {
        List<Finding> list = ReportText.orEmpty(findings);
        if (list.isEmpty()) {
            return;
        }
        line(title);
        for (Finding f : list) {
            wrapped(bullet, codeAndReason(f));
        }
    }

    private static String listOrNone(List<String> values) {
        String joined = ReportText.orEmpty(values).stream().map(TableReport::oneLine)
                .collect(Collectors.joining(", "));
        return joined.isEmpty() ? "none" : joined;
    }

    private static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }

    // ---- layout ----------------------------------------------------------------------------------

    private void line(String text) throws IOException {
        out.write(text);
        out.write(NL);
    }

    /** The text after {@code prefix}, wrapped to the width, continuation lines indented under the text. */
    private void wrapped(String prefix, String text) throws IOException {
        int available = Math.max(20, width - prefix.length());
        String indent = " ".repeat(prefix.length());
        List<String> lines = wrap(text, available);
        for (int i = 0; i < lines.size(); i++) {
            line((i == 0 ? prefix : indent) + lines.get(i));
        }
    }

    private String rule(char c) {
        return String.valueOf(c).repeat(width);
    }

    /** Left and right text on one line, the right one flush with the width when both fit. */
    private String spread(String left, String right) {
        int gap = width - left.length() - right.length();
        return gap >= 2 ? left + " ".repeat(gap) + right : left + "  " + right;
    }

    private String clip(String text) {
        return clip(text, width);
    }

    private static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = Math.max(0, max - 3);
        if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "...";
    }

    /** Word-wraps text (paragraphs kept) into lines of at most {@code max} characters. */
    static List<String> wrap(String text, int max) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : clean(text).split("\n")) {
            StringBuilder current = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                while (word.length() > max) {
                    if (current.length() > 0) {
                        lines.add(current.toString());
                        current.setLength(0);
                    }
                    int cut = Character.isHighSurrogate(word.charAt(max - 1)) ? max - 1 : max;
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                if (current.length() == 0) {
                    current.append(word);
                } else if (current.length() + 1 + word.length() <= max) {
                    current.append(' ').append(word);
                } else {
                    lines.add(current.toString());
                    current.setLength(0);
                    current.append(word);
                }
            }
            if (current.length() > 0) {
                lines.add(current.toString());
            }
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    // ---- untrusted text --------------------------------------------------------------------------

    /** Text safe for a terminal: line breaks kept as {@code \n}, tabs as spaces, other controls removed. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                s.append('\n');
            } else if (ch == '\n') {
                s.append('\n');
            } else if (ch == '\t') {
                s.append(' ');
            } else if (!Character.isISOControl(ch) && !isBidiControl(ch)) {
                s.append(ch);
            }
        }
        return s.toString();
    }

    /** {@link #clean} on one line: line breaks become spaces. */
    static String oneLine(String text) {
        return clean(text).replace('\n', ' ').strip();
    }

    private static String firstLine(String text) {
        String cleaned = clean(text).strip();
        int nl = cleaned.indexOf('\n');
        return nl < 0 ? cleaned : cleaned.substring(0, nl).strip();
    }

    private static boolean isBidiControl(char ch) {
        return (ch >= '\u202A' && ch <= '\u202E') || (ch >= '\u2066' && ch <= '\u2069')
                || ch == '\u200E' || ch == '\u200F' || ch == '\u061C';
    }
}
