package com.hirefit.report;

import static com.hirefit.report.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hirefit.screening.CandidateAssessment;
import com.hirefit.vocabulary.Role;
import com.hirefit.vocabulary.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonReportTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private JsonNode typicalReport() throws IOException {
        try (JsonReport report = new JsonReport(bytes)) {
            typicalScreening(report);
        }
        return MAPPER.readTree(bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void topLevelKeysComeInTheDocumentedOrder() throws IOException {
        JsonNode root = typicalReport();

        assertThat(root.propertyNames()).containsExactly(
                "rulesVersion", "job", "candidates", "errors", "droppedColumns", "uncertainColumns", "extraColumns",
                "summary");
        assertThat(root.get("rulesVersion").stringValue()).isEqualTo(RULES_VERSION);
    }

    @Test
    void jobAssessmentIsWrittenWithRolesRisksNotesAndFiredRules() throws IOException {
        JsonNode job = typicalReport().get("job");

        assertThat(job.propertyNames()).containsExactly(
                "jobId", "jobTitle", "neededRoles", "hireNeitherYet", "risks", "notes", "firedRules");
        assertThat(job.get("jobId").stringValue()).isEqualTo("JOB-7");
        assertThat(texts(job.get("neededRoles"))).containsExactly("LLM_ENGINEER", "NLP_ENGINEER");
        assertThat(job.get("hireNeitherYet").booleanValue()).isFalse();
        assertThat(job.get("risks").get(0).propertyNames()).containsExactly("code", "reason", "rule");
        assertThat(job.get("risks").get(0).get("code").stringValue()).isEqualTo("ONE_PERSON_BOTH_ROLES");
        assertThat(job.get("notes").get(0).get("rule").stringValue()).isEqualTo("job note: time to hire");
        assertThat(job.get("firedRules")).hasSize(2);
        assertThat(job.get("firedRules").get(0).propertyNames()).containsExactly("rule", "file", "code", "reason");
        assertThat(job.get("firedRules").get(0).get("file").stringValue()).isEqualTo("job.drl");
    }

    @Test
    void candidateKeysComeInTheDocumentedOrder() throws IOException {
        JsonNode candidate = typicalReport().get("candidates").get(0);

        assertThat(candidate.propertyNames()).containsExactly(
                "row", "candidateId", "name", "verdict", "verdictReasons", "recommendedRole", "roleScores",
                "seniority", "greenFlags", "yellowFlags", "failureRisks", "compensation", "interviewFocus",
                "firedRules");
        assertThat(candidate.get("compensation").propertyNames()).containsExactly(
                "code", "reason", "expectedSalary", "budgetMax", "currency", "bands");
        assertThat(candidate.get("compensation").get("bands").get(0).propertyNames()).containsExactly(
                "role", "seniority", "market", "min", "max", "currency", "source");
    }

    @Test
    void candidateValuesAreWrittenWithEnumsByName() throws IOException {
        JsonNode c = typicalReport().get("candidates").get(0);

        assertThat(c.get("row").intValue()).isEqualTo(2);
        assertThat(c.get("candidateId").stringValue()).isEqualTo("C-001");
        assertThat(c.get("name").stringValue()).isEqualTo("Ada Lovelace");
        assertThat(c.get("verdict").stringValue()).isEqualTo("STRONG_FIT");
        assertThat(c.get("verdictReasons").get(1).get("reason").stringValue())
                .isEqualTo("Five years of hands-on LLM work.");
        assertThat(c.get("recommendedRole").stringValue()).isEqualTo("LLM_ENGINEER");
        assertThat(c.get("roleScores").get("LLM_ENGINEER").intValue()).isEqualTo(9);
        assertThat(c.get("seniority").stringValue()).isEqualTo("SENIOR");
        assertThat(codes(c.get("greenFlags"))).containsExactly("SHIPPED_RAG", "EVALS");
        assertThat(codes(c.get("yellowFlags"))).containsExactly("NARROW_TOOLS");
        assertThat(c.get("failureRisks")).isEmpty();
        JsonNode comp = c.get("compensation");
        assertThat(comp.get("code").stringValue()).isEqualTo("WITHIN_BAND");
        assertThat(comp.get("expectedSalary").longValue()).isEqualTo(185_000L);
        assertThat(comp.get("budgetMax").longValue()).isEqualTo(200_000L);
        assertThat(comp.get("bands").get(0).get("role").stringValue()).isEqualTo("LLM_ENGINEER");
        assertThat(comp.get("bands").get(0).get("market").stringValue()).isEqualTo("US");
        assertThat(comp.get("bands").get(0).get("min").longValue()).isEqualTo(210_000L);
        assertThat(comp.get("bands").get(0).get("source").stringValue()).isEqualTo("[000]");
        assertThat(codes(c.get("interviewFocus"))).containsExactly("RAG_DEPTH");
        assertThat(codes(c.get("firedRules"))).containsExactly("SHIPPED_RAG", "EVALS", "STRONG_FIT");
    }

    @Test
    void roleScoresKeepTheMapsIterationOrder() throws IOException {
        Map<Role, Integer> reversed = new LinkedHashMap<>();
        reversed.put(Role.PROMPT_ENGINEER, 1);
        reversed.put(Role.DATA_ENGINEER, 5);
        reversed.put(Role.LLM_ENGINEER, 3);
        CandidateAssessment base = strongFit(2, "C-1", "A");
        CandidateAssessment c = new CandidateAssessment(base.row(), base.candidateId(), base.name(), base.verdict(),
                base.verdictReasons(), base.recommendedRole(), reversed, base.seniority(), base.greenFlags(),
                base.yellowFlags(), base.failureRisks(), base.compensation(), base.interviewFocus(),
                base.firedRules());

        try (JsonReport report = new JsonReport(bytes)) {
            report.begin(job(), jobAssessment(), RULES_VERSION);
            report.candidate(c);
            report.end(summary(1, 0));
        }

        JsonNode scores = MAPPER.readTree(bytes.toByteArray()).get("candidates").get(0).get("roleScores");
        assertThat(scores.propertyNames()).containsExactly("PROMPT_ENGINEER", "DATA_ENGINEER", "LLM_ENGINEER");
    }

    @Test
    void missingRoleSeniorityAndCompensationAreJsonNull() throws IOException {
        JsonNode bare = typicalReport().get("candidates").get(2);

        assertThat(bare.get("candidateId").stringValue()).isEqualTo("C-003");
        assertThat(bare.has("recommendedRole")).isTrue();
        assertThat(bare.get("recommendedRole").isNull()).isTrue();
        assertThat(bare.get("seniority").isNull()).isTrue();
        assertThat(bare.get("compensation").isNull()).isTrue();
    }

    @Test
    void missingSalaryInsideCompensationIsJsonNull() throws IOException {
        CandidateAssessment base = withVerdict(2, "C-1", Verdict.FIT);
        var comp = new com.hirefit.screening.Compensation("NO_SALARY_GIVEN", "No expected salary.", null, null,
                null, List.of());
        CandidateAssessment c = new CandidateAssessment(base.row(), base.candidateId(), base.name(), base.verdict(),
                base.verdictReasons(), base.recommendedRole(), base.roleScores(), base.seniority(),
                base.greenFlags(), base.yellowFlags(), base.failureRisks(), comp, base.interviewFocus(),
                base.firedRules());

        try (JsonReport report = new JsonReport(bytes)) {
            report.begin(job(), jobAssessment(), RULES_VERSION);
            report.candidate(c);
            report.end(summary(1, 0));
        }

        JsonNode written = MAPPER.readTree(bytes.toByteArray()).get("candidates").get(0).get("compensation");
        assertThat(written.get("expectedSalary").isNull()).isTrue();
        assertThat(written.get("budgetMax").isNull()).isTrue();
        assertThat(written.get("currency").isNull()).isTrue();
        assertThat(written.get("bands")).isEmpty();
    }

    @Test
    void interleavedErrorsAreWrittenAfterTheCandidatesInArrivalOrder() throws IOException {
        JsonNode root = typicalReport();

        assertThat(root.get("candidates")).hasSize(3);
        JsonNode errors = root.get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).propertyNames()).containsExactly("row", "column", "message");
        assertThat(errors.get(0).get("row").intValue()).isEqualTo(3);
        assertThat(errors.get(0).get("column").stringValue()).isEqualTo("email");
        assertThat(errors.get(0).get("message").stringValue()).isEqualTo("not an email address");
        assertThat(errors.get(1).get("row").intValue()).isEqualTo(5);
        assertThat(errors.get(1).get("column").isNull()).isTrue();
    }

    @Test
    void columnNotesAndSummaryCloseTheDocument() throws IOException {
        JsonNode root = typicalReport();

        assertThat(texts(root.get("droppedColumns"))).containsExactly("age", "gender", "Native Language");
        JsonNode uncertain = root.get("uncertainColumns");
        assertThat(uncertain.size()).isEqualTo(1);
        assertThat(uncertain.get(0).propertyNames()).containsExactly("column", "mayReveal");
        assertThat(uncertain.get(0).get("column").stringValue()).isEqualTo("Native Language");
        assertThat(uncertain.get(0).get("mayReveal").stringValue()).isEqualTo("nationality, citizenship or national origin");
        assertThat(texts(root.get("extraColumns"))).containsExactly("hobbies");
        JsonNode summary = root.get("summary");
        assertThat(summary.propertyNames()).containsExactly("inputFile", "screened", "errors");
        assertThat(summary.get("inputFile").stringValue()).isEqualTo("candidates.xlsx");
        assertThat(summary.get("screened").intValue()).isEqualTo(3);
        assertThat(summary.get("errors").intValue()).isEqualTo(2);
    }

    @Test
    void outputIsPrettyPrinted() throws IOException {
        typicalReport();
        String text = bytes.toString(StandardCharsets.UTF_8);

        assertThat(text).startsWith("{\n");
        assertThat(text).contains("\n  \"rulesVersion\" : ");
    }

    @Test
    void aScreeningWithNoCandidatesIsStillAValidDocument() throws IOException {
        try (JsonReport report = new JsonReport(bytes)) {
            report.begin(job(), hireNeitherYet(), RULES_VERSION);
            report.end(summary(0, 0));
        }

        JsonNode root = MAPPER.readTree(bytes.toByteArray());
        assertThat(root.get("candidates")).isEmpty();
        assertThat(root.get("errors")).isEmpty();
        assertThat(root.get("job").get("hireNeitherYet").booleanValue()).isTrue();
        assertThat(root.get("job").get("neededRoles")).isEmpty();
    }

    @Test
    void writesToAWriterAndKeepsNonAsciiText() throws IOException {
        StringWriter text = new StringWriter();
        try (JsonReport report = new JsonReport(text)) {
            report.begin(job(), jobAssessment(), RULES_VERSION);
            report.candidate(strongFit(2, "C-1", "Zoë Çelik 李雷 \"quoted\""));
            report.end(summary(1, 0));
        }

        JsonNode root = MAPPER.readTree(text.toString());
        assertThat(root.get("candidates").get(0).get("name").stringValue()).isEqualTo("Zoë Çelik 李雷 \"quoted\"");
    }

    @Test
    void candidatesReachTheStreamBeforeTheScreeningEnds() throws IOException {
        try (JsonReport report = new JsonReport(bytes)) {
            report.begin(job(), jobAssessment(), RULES_VERSION);
            for (int i = 0; i < 200; i++) {
                report.candidate(strongFit(i + 2, "C-" + i, "Name " + i));
            }
            assertThat(bytes.size()).as("bytes written before end()").isGreaterThan(10_000);
            assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("\"C-0\"");
            report.end(summary(200, 0));
        }
    }

    @Test
    void closeClosesTheStreamAndMayBeRepeated() throws IOException {
        CloseTrackingStream target = new CloseTrackingStream();
        JsonReport report = new JsonReport(target);
        typicalScreening(report);

        report.close();
        report.close();

        assertThat(target.closed).isEqualTo(1);
    }

    @Test
    void closingWithoutEndLeavesADocumentThatDoesNotParse() throws IOException {
        try (JsonReport report = new JsonReport(bytes)) {
            report.begin(job(), jobAssessment(), RULES_VERSION);
            report.candidate(strongFit(2, "C-1", "A"));
        }

        assertThat(bytes.size()).isPositive();
        assertThatThrownBy(() -> MAPPER.readTree(bytes.toByteArray())).isInstanceOf(JacksonException.class);
    }

    @Test
    void callsOutOfOrderAreRejected() throws IOException {
        try (JsonReport report = new JsonReport(bytes)) {
            assertThatThrownBy(() -> report.candidate(strongFit(2, "C-1", "A")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("not begun");
            report.begin(job(), jobAssessment(), RULES_VERSION);
            assertThatThrownBy(() -> report.begin(job(), jobAssessment(), RULES_VERSION))
                    .isInstanceOf(IllegalStateException.class);
            report.end(summary(0, 0));
            assertThatThrownBy(() -> report.error(error(2, null, "late")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already ended");
        }
    }

    @Test
    void aFailingStreamSurfacesAsIOException() {
        JsonReport report = new JsonReport(new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk full");
            }
        });

        assertThatThrownBy(() -> {
            report.begin(job(), jobAssessment(), RULES_VERSION);
            report.end(summary(0, 0));
        }).isInstanceOf(IOException.class).hasMessageContaining("disk full");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.stringValue()));
        return out;
    }

    private static List<String> codes(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("code").stringValue()));
        return out;
    }

    /** Counts close() calls. */
    static final class CloseTrackingStream extends ByteArrayOutputStream {
        int closed;

        @Override
        public void close() {
            closed++;
        }
    }
}
