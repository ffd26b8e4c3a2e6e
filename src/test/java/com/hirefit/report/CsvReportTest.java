package com.hirefit.report;

import static com.hirefit.report.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.screening.CandidateAssessment;
import com.hirefit.screening.Finding;
import com.hirefit.vocabulary.Verdict;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

class CsvReportTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    private static List<String[]> parse(String csv) {
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(csv)) {
            return rows.readAll();
        }
    }

    private static CandidateAssessment evil() {
        CandidateAssessment base = withVerdict(2, "+12", Verdict.FIT);
        return new CandidateAssessment(base.row(), base.candidateId(), "=HYPERLINK(\"http://evil\",\"click\")",
                base.verdict(), List.of(new Finding("X", "@SUM(A1:A9)", "r")), base.recommendedRole(),
                base.roleScores(), base.seniority(), List.of(new Finding("\tTAB", "t", "r")), base.yellowFlags(),
                base.failureRisks(), base.compensation(), List.of(new Finding("-2+3", "m", "r")), base.firedRules());
    }

    @Test
    void oneRecordPerCandidateWithTheWorkbooksResultsColumns() throws Exception {
        try (CsvReport report = new CsvReport(out, errors)) {
            typicalScreening(report);
        }
        List<String[]> rows = parse(out.toString(StandardCharsets.UTF_8));

        assertThat(rows.get(0)).containsExactlyElementsOf(CsvReport.HEADERS);
        assertThat(CsvReport.HEADERS).startsWith("Verdict", "Row", "Candidate ID").contains("Score LLM_ENGINEER");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)[2]).isEqualTo("C-001");
        assertThat(rows.get(1)[12]).isEqualTo("Shipped a RAG feature with evals and guardrails.\nFive years of hands-on LLM work.");
        List<String[]> errorRows = parse(errors.toString(StandardCharsets.UTF_8));
        assertThat(errorRows).hasSize(3);
        assertThat(errorRows.get(0)).containsExactly("Row", "Column", "Message");
        assertThat(errorRows.get(1)).containsExactly("3", "email", "not an email address");
        assertThat(errorRows.get(2)).containsExactly("5", "", "empty row");
    }

    @Test
    void formulaLookingTextIsNeutralisedAndNumbersAreNotQuoted() throws Exception {
        try (CsvReport report = new CsvReport(out, errors)) {
            report.begin(job(), jobAssessment(), RULES_VERSION);
            report.candidate(evil());
            report.error(error(3, "-bad", "=1+1"));
            report.end(summary(1, 1));
        }
        String csv = out.toString(StandardCharsets.UTF_8);
        String[] row = parse(csv).get(1);

        assertThat(row[1]).isEqualTo("2");
        assertThat(row[2]).isEqualTo("'+12");
        assertThat(row[3]).isEqualTo("'=HYPERLINK(\"http://evil\",\"click\")");
        assertThat(row[6]).isEqualTo("'\tTAB");
        assertThat(row[11]).isEqualTo("'-2+3");
        assertThat(row[12]).isEqualTo("'@SUM(A1:A9)");
        String record = csv.lines().skip(1).findFirst().orElseThrow();
        assertThat(record).startsWith("FIT,2,").contains(",210000,").endsWith(",2,8,1,0,3,0,0");
        for (String field : parse(csv).get(1)) {
            assertThat(field).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
                    .doesNotStartWith("\t").doesNotStartWith("\r").doesNotStartWith("\n");
        }
        assertThat(parse(errors.toString(StandardCharsets.UTF_8)).get(1)).containsExactly("3", "'-bad", "'=1+1");
    }

    @Test
    void withoutAnErrorsTargetErrorsAreLeftOut() throws Exception {
        try (CsvReport report = new CsvReport(out)) {
            typicalScreening(report);
        }
        assertThat(parse(out.toString(StandardCharsets.UTF_8))).hasSize(4);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("not an email address");
    }
}
