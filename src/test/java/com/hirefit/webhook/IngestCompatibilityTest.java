package com.hirefit.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.candidate.Candidate;
import com.hirefit.ingest.CandidateFiles;
import com.hirefit.ingest.IngestReport;
import com.hirefit.ingest.RowError;
import com.hirefit.ingest.RowSink;
import com.hirefit.vocabulary.Market;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contract with the service: the candidate map, serialised to JSON, is read by HireFit's JSON candidate
 * reader into the candidate the ATS described, with nothing protected left to drop.
 */
class IngestCompatibilityTest {

    private static final CandidateFiles FILES =
            new CandidateFiles(Clock.fixed(Instant.parse("2026-03-02T00:00:00Z"), ZoneOffset.UTC));

    private record Read(List<Candidate> candidates, List<RowError> errors, IngestReport report) {
    }

    private static Read read(Map<String, Object> candidate) throws Exception {
        byte[] json = JsonMapper.builder().build().writeValueAsBytes(candidate);
        List<Candidate> candidates = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        IngestReport report = FILES.read(new ByteArrayInputStream(json), "x.json", new RowSink() {
            @Override
            public void accept(Candidate c) {
                candidates.add(c);
            }

            @Override
            public void reject(RowError error) {
                errors.add(error);
            }
        });
        return new Read(candidates, errors, report);
    }

    /** The service reads the mapped fields straight to a candidate: the same candidate the JSON route reads, errors alike. */
    @Test
    void theMappedFieldsReadStraightToTheSameCandidateAsTheirJson() throws Exception {
        String noneBody = GreenhousePayloadsTest.NEW_APPLICATION.replace("{\"amount\": 185000, \"unit\": \"USD\"}",
                "{\"min_value\": \"150000.0\", \"max_value\": \"190000.0\", \"unit\": \"USD\"}");
        List<AtsEvent> events = List.of(
                GreenhousePayloads.parse(Deliveries.of(GreenhousePayloadsTest.NEW_APPLICATION), CustomFieldKeys.defaults()),
                GreenhousePayloads.parse(Deliveries.of(noneBody), CustomFieldKeys.defaults()),
                AshbyPayloads.parse(Deliveries.of(AshbyPayloadsTest.SUBMIT), CustomFieldKeys.defaults()),
                LeverPayloads.parse(Deliveries.of(Deliveries.leverBody("k", "applicationCreated", "t", 1L, "{\"opportunityId\":\"o-1\"}"))),
                StandardPayloads.parse(Deliveries.of(StandardPayloadsTest.CANONICAL, "webhook-id", "m")),
                StandardPayloads.parse(Deliveries.of(StandardPayloadsTest.RESUME, "webhook-id", "m")));
        for (AtsEvent event : events) {
            Read json = read(event.candidate());
            CandidateFiles.One direct = FILES.read(event.candidate());
            assertThat(direct.errors()).as(event.source()).isEqualTo(json.errors());
            assertThat(direct.candidate()).as(event.source()).isEqualTo(json.candidates().get(0));
        }
    }

    @Test
    void greenhouseCandidateReadsBack() throws Exception {
        AtsEvent event = GreenhousePayloads.parse(Deliveries.of(GreenhousePayloadsTest.NEW_APPLICATION),
                CustomFieldKeys.defaults());
        Read read = read(event.candidate());
        assertThat(read.errors()).isEmpty();
        assertThat(read.report().droppedColumns()).isEmpty();
        Candidate c = read.candidates().get(0);
        assertThat(c.id()).isEqualTo("greenhouse-60304594");
        assertThat(c.name()).isEqualTo("Ada Okafor");
        assertThat(c.email()).isEqualTo("ada.okafor@example.com");
        assertThat(c.currentTitle()).isEqualTo("Machine Learning Engineer");
        assertThat(c.yearsExperience()).isEqualTo(7.0);
        assertThat(c.yearsLlmExperience()).isEqualTo(2.5);
        assertThat(c.skills()).containsExactly("PyTorch", "RAG", "LangChain", "Kubernetes");
        assertThat(c.highlights()).contains("Shipped a RAG assistant to 40k users");
        assertThat(c.education()).contains("Carnegie Mellon University");
        assertThat(c.portfolio()).containsExactly("https://github.com/adaokafor", "https://www.linkedin.com/in/adaokafor");
        assertThat(c.expectedSalary()).isEqualTo(185000L);
        assertThat(c.market()).isEqualTo(Market.US);
        assertThat(c.extra()).containsEntry("Referral Source", "Conference")
                .containsEntry("How did you hear about us?", "NeurIPS booth");
    }

    @Test
    void greenhouseCustomFieldsThatSayNoneMeanNone() throws Exception {
        String body = GreenhousePayloadsTest.NEW_APPLICATION
                .replace("\"years_llm_experience\": {\"name\": \"Years LLM Experience\", \"type\": \"number\", \"value\": \"2.5\"}",
                        "\"years_llm_experience\": {\"name\": \"Years LLM Experience\", \"type\": \"short_text\", \"value\": \"none\"}")
                .replace("\"value\": [\"LangChain\", \"Kubernetes\"]", "\"value\": \"n/a\"");
        AtsEvent event = GreenhousePayloads.parse(Deliveries.of(body), CustomFieldKeys.defaults());
        Read read = read(event.candidate());
        assertThat(read.errors()).isEmpty();
        Candidate c = read.candidates().get(0);
        assertThat(c.yearsLlmExperience()).isZero();
        assertThat(c.skills()).containsExactly("PyTorch", "RAG");
    }

    @Test
    void greenhouseSalaryRangeReadsAsItsMidpoint() throws Exception {
        String body = GreenhousePayloadsTest.NEW_APPLICATION.replace("{\"amount\": 185000, \"unit\": \"USD\"}",
                "{\"min_value\": \"150000.0\", \"max_value\": \"190000.0\", \"unit\": \"USD\"}");
        AtsEvent event = GreenhousePayloads.parse(Deliveries.of(body), CustomFieldKeys.defaults());
        assertThat(read(event.candidate()).candidates().get(0).expectedSalary()).isEqualTo(170000L);
    }

    @Test
    void ashbyCandidateReadsBack() throws Exception {
        AtsEvent event = AshbyPayloads.parse(Deliveries.of(AshbyPayloadsTest.SUBMIT), CustomFieldKeys.defaults());
        Read read = read(event.candidate());
        assertThat(read.errors()).isEmpty();
        assertThat(read.report().droppedColumns()).isEmpty();
        Candidate c = read.candidates().get(0);
        assertThat(c.id()).isEqualTo("ashby-3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d");
        assertThat(c.yearsExperience()).isEqualTo(9.0);
        assertThat(c.skills()).containsExactly("Python", "vLLM", "Evals");
        assertThat(c.expectedSalary()).isEqualTo(120000L);
        assertThat(c.market()).isEqualTo(Market.UK);
    }

    @Test
    void leverCandidateReadsBackAsAnIdOnly() throws Exception {
        String body = Deliveries.leverBody("k", "applicationCreated", "t", 1L, "{\"opportunityId\":\"o-1\"}");
        Read read = read(LeverPayloads.parse(Deliveries.of(body)).candidate());
        assertThat(read.errors()).isEmpty();
        assertThat(read.candidates()).singleElement().satisfies(c -> assertThat(c.id()).isEqualTo("lever-o-1"));
    }

    @Test
    void standardCandidatesReadBackWithNothingLeftToDrop() throws Exception {
        Read canonical = read(StandardPayloads.parse(Deliveries.of(StandardPayloadsTest.CANONICAL, "webhook-id", "m"))
                .candidate());
        assertThat(canonical.errors()).isEmpty();
        assertThat(canonical.report().droppedColumns()).isEmpty();
        assertThat(canonical.candidates().get(0).id()).isEqualTo("c-77");
        assertThat(canonical.candidates().get(0).expectedSalary()).isEqualTo(185000L);

        Read resume = read(StandardPayloads.parse(Deliveries.of(StandardPayloadsTest.RESUME, "webhook-id", "m"))
                .candidate());
        assertThat(resume.errors()).isEmpty();
        assertThat(resume.report().droppedColumns()).isEmpty();
        Candidate c = resume.candidates().get(0);
        assertThat(c.name()).isEqualTo("Richard Hendriks");
        assertThat(c.skills()).containsExactly("Web Development", "HTML", "CSS");
        assertThat(c.expectedSalary()).isEqualTo(185000L);
    }
}
