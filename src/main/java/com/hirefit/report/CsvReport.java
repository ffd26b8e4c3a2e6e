package com.hirefit.report;

import com.hirefit.ingest.Column;
import com.hirefit.ingest.RowError;
import com.hirefit.job.Job;
import com.hirefit.screening.CandidateAssessment;
import com.hirefit.screening.Compensation;
import com.hirefit.screening.JobAssessment;
import com.hirefit.screening.ScreeningSink;
import com.hirefit.screening.ScreeningSummary;
import com.hirefit.vocabulary.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The results as CSV (RFC 4180, UTF-8, comma separated, CRLF-free: records end in LF): a header, then one
 * record per candidate with the same columns as the workbook's Results sheet, and nothing else. Row errors
 * do not fit that table: they go to a second CSV (Row, Column, Message) when one is given, else nowhere (the
 * JSON and xlsx outputs carry them, and the command line prints their count).
 *
 * <p>Every text cell goes through {@link SafeText#excelCell(String)} (OWASP CSV injection: text starting with
 * {@code = + - @}, tab, CR or LF gets a leading {@code '}); numbers (row, expected salary, role scores) are
 * written as bare numbers and never quoted. Candidates are written as they arrive, nothing is kept.
 */
public final class CsvReport implements ScreeningSink {

    private static final CsvMapper MAPPER = CsvMapper.builder().build();

    /** The Results columns, in the workbook's order; one "Score ROLE" column per role follows. */
    public static final List<String> HEADERS;

    static {
        List<String> headers = new ArrayList<>(List.of("Verdict", "Row", Column.CANDIDATE_ID.label(), Column.NAME.label(), "Recommended Role",
                "Seniority", "Green Flags", "Yellow Flags", "Failure Risks", "Compensation", Column.EXPECTED_SALARY.label(),
                "Interview Focus", "Verdict Reasons"));
        for (Role role : Role.values()) {
            headers.add("Score " + role.name());
        }
        HEADERS = List.copyOf(headers);
    }

    private final OutputStream out;
    private final OutputStream errorsOut;
    private final Lifecycle lifecycle = new Lifecycle("CsvReport");
    private SequenceWriter results;
    private SequenceWriter errors;

    /** Candidates to {@code out}; row errors are not written. */
    public CsvReport(OutputStream out) {
        this(out, null);
    }

    /** Candidates to {@code out}, row errors to {@code errorsOut} (may be null); this report closes both. */
    public CsvReport(OutputStream out, OutputStream errorsOut) {
        this.out = Objects.requireNonNull(out, "out");
        this.errorsOut = errorsOut;
    }

    private static SequenceWriter writer(OutputStream target, List<String> headers) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        headers.forEach(schema::addColumn);
        return MAPPER.writerFor(Object[].class).with(schema.build()).writeValues(target);
    }

    @Override
    public void begin(Job job, JobAssessment assessment, String rulesVersion) {
        lifecycle.begin();
        results = writer(out, HEADERS);
        if (errorsOut != null) {
            errors = writer(errorsOut, List.of("Row", "Column", "Message"));
        }
    }

    @Override
    public void candidate(CandidateAssessment c) {
        Objects.requireNonNull(c, "candidate");
        lifecycle.row("candidate");
        Object[] row = new Object[HEADERS.size()];
        row[0] = text(ReportText.name(c.verdict()));
        row[1] = c.row();
        row[2] = text(c.candidateId());
        row[3] = text(c.name());
        row[4] = text(ReportText.name(c.recommendedRole()));
        row[5] = text(ReportText.name(c.seniority()));
        row[6] = text(ReportText.codes(c.greenFlags()));
        row[7] = text(ReportText.codes(c.yellowFlags()));
        row[8] = text(ReportText.codes(c.failureRisks()));
        Compensation comp = c.compensation();
        if (comp != null) {
            row[9] = text(comp.code());
            row[10] = comp.expectedSalary();
        }
        row[11] = text(ReportText.codes(c.interviewFocus()));
        row[12] = text(ReportText.reasons(c.verdictReasons()));
        if (c.roleScores() != null) {
            Role[] roles = Role.values();
            for (int i = 0; i < roles.length; i++) {
                row[13 + i] = c.roleScores().get(roles[i]);
            }
        }
        results.write(row);
    }

    @Override
    public void error(RowError error) {
        Objects.requireNonNull(error, "error");
        lifecycle.row("error");
        if (errors != null) {
            errors.write(new Object[] {error.row(), text(error.column()), text(error.message())});
        }
    }

    @Override
    public void end(ScreeningSummary summary) throws IOException {
        lifecycle.end();
        results.flush();
        if (errors != null) {
            errors.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (!lifecycle.close()) {
            return;
        }
        try {
            if (results != null) {
                results.close();
            }
            if (errors != null) {
                errors.close();
            }
        } finally {
            try {
                out.close();
            } finally {
                if (errorsOut != null) {
                    errorsOut.close();
                }
            }
        }
    }

    private static String text(String value) {
        return value == null || value.isEmpty() ? null : SafeText.excelCell(value);
    }
}
