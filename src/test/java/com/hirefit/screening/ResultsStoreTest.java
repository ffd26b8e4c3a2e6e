package com.hirefit.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.job.Job;
import com.hirefit.job.JobFiles;
import com.hirefit.vocabulary.Verdict;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The results table's queries against what was stored: every filter, the search and the orders give exactly the
 * assessments the stored results say they should, page after page, and the counts add up. The samples are screened
 * into a job of their own, with one more assessment from the API, so a job's table spans sources. Run on H2 and on
 * PostgreSQL by the subclasses. The samples are screened once for all the tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ResultsStoreTest {
    @Autowired
    ScreeningService screening;

    @Autowired
    ResultsStore results;

    @Autowired
    AssessmentStore assessments;

    String jobId;
    String screeningId;
    List<CandidateAssessment> stored;

    @BeforeAll
    void screenTheSamples() throws Exception {
        Job sample = JobFiles.read(Path.of("samples/jobs/contract-review.yaml"));
        jobId = "RESULTS-" + UUID.randomUUID();
        Job job = new Job(jobId, sample.jobTitle(), sample.aiPhase(), sample.workShape(), sample.trainingData(), sample.dataMaturity(),
                sample.mlInProduction(), sample.fundingStage(), sample.expectsModelTraining(), sample.expectsBothMlAndLlm(),
                sample.requiresPhd(), sample.requiredTools(), sample.domain(), sample.market(), sample.salaryBudgetMax(),
                sample.targetSeniority());
        try (InputStream in = Files.newInputStream(Path.of("samples/candidates.csv"))) {
            screeningId = screening.screen(job, in, "candidates.csv").screeningId();
        }
        stored = new ArrayList<>();
        assessments.forScreening(screeningId, s -> stored.add(s.assessment()));
        assertThat(stored).hasSize(25);
    }

    private List<String> all(ResultsStore.Scope scope, ResultsStore.Filter first) {
        List<String> ids = new ArrayList<>();
        ResultsStore.Page page = results.page(scope, first);
        for (int p = 0; p < page.pages(); p++) {
            ResultsStore.Page next = results.page(scope, new ResultsStore.Filter(first.verdict(), first.role(), first.flag(),
                    first.risk(), first.search(), first.sort(), first.descending(), p, first.size()));
            assertThat(next.total()).isEqualTo(page.total());
            next.rows().forEach(r -> ids.add(r.candidateId()));
        }
        assertThat(ids).hasSize((int) page.total());
        return ids;
    }

    private static ResultsStore.Filter filter(Verdict verdict, String role, String flag, String risk, String search) {
        return new ResultsStore.Filter(verdict, role, flag, risk, search, ResultsStore.Sort.INPUT, false, 0, 4);
    }

    private List<String> expected(Predicate<CandidateAssessment> keep) {
        return stored.stream().filter(keep).map(CandidateAssessment::candidateId).toList();
    }

    @Test
    void eachFilterGivesExactlyTheStoredAssessmentsItNamesInFileOrder() {
        ResultsStore.Scope scope = ResultsStore.Scope.screening(screeningId);
        assertThat(all(scope, filter(null, null, null, null, null))).isEqualTo(expected(a -> true));
        for (Verdict verdict : Verdict.values()) {
            assertThat(all(scope, filter(verdict, null, null, null, null))).as(verdict.name())
                    .isEqualTo(expected(a -> a.verdict() == verdict));
        }
        assertThat(all(scope, filter(null, "LLM_ENGINEER", null, null, null)))
                .isEqualTo(expected(a -> a.recommendedRole() != null && a.recommendedRole().name().equals("LLM_ENGINEER")));
        assertThat(all(scope, filter(null, ResultsStore.Filter.NO_ROLE, null, null, null))).isEqualTo(expected(a -> a.recommendedRole() == null));
        assertThat(all(scope, filter(null, null, "RAG_DESIGN", null, null)))
                .isEqualTo(expected(a -> a.greenFlags().stream().anyMatch(f -> f.code().equals("RAG_DESIGN")))).isNotEmpty();
        assertThat(all(scope, filter(null, null, "API_USAGE_ONLY", null, null)))
                .isEqualTo(expected(a -> a.yellowFlags().stream().anyMatch(f -> f.code().equals("API_USAGE_ONLY")))).isNotEmpty();
        String risk = stored.stream().flatMap(a -> a.failureRisks().stream()).map(Finding::code).findFirst().orElseThrow();
        assertThat(all(scope, filter(Verdict.REVIEW, null, null, risk, null)))
                .isEqualTo(expected(a -> a.verdict() == Verdict.REVIEW && a.failureRisks().stream().anyMatch(f -> f.code().equals(risk))));
    }

    @Test
    void theSearchFindsANamePartInAnyCaseAndAnIdByItsStart() {
        ResultsStore.Scope scope = ResultsStore.Scope.screening(screeningId);
        assertThat(all(scope, filter(null, null, null, null, "OKAFOR"))).containsExactly("HF-1001");
        assertThat(results.page(scope, filter(null, null, null, null, "OKAFOR")).rows()).singleElement()
                .extracting(ResultsStore.Row::name).asString().containsIgnoringCase("okafor");
        assertThat(all(scope, filter(null, null, null, null, "hf-100"))).isEqualTo(expected(a -> a.candidateId().startsWith("HF-100")));
        assertThat(all(scope, filter(null, null, null, null, "%"))).isEmpty();
        assertThat(all(scope, filter(null, null, null, null, "_"))).isEmpty();
    }

    @Test
    void theOrdersSortEveryRowAndTheCountsAddUp() {
        ResultsStore.Scope scope = ResultsStore.Scope.screening(screeningId);
        List<Integer> ranks = new ArrayList<>();
        ResultsStore.Page page = results.page(scope, new ResultsStore.Filter(null, null, null, null, null, ResultsStore.Sort.VERDICT,
                false, 0, 25));
        page.rows().forEach(r -> ranks.add(ResultIndex.rank(r.verdict())));
        assertThat(ranks).isSorted();
        List<String> ids = results.page(scope, new ResultsStore.Filter(null, null, null, null, null, ResultsStore.Sort.CANDIDATE_ID,
                true, 0, 25)).rows().stream().map(ResultsStore.Row::candidateId).toList();
        assertThat(ids).isSortedAccordingTo(java.util.Comparator.reverseOrder()).hasSize(25);

        ResultsStore.Counts counts = results.counts(scope);
        assertThat(counts.total()).isEqualTo(25);
        assertThat(counts.verdicts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(25);
        assertThat(counts.roles().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(25);
        for (Verdict verdict : Verdict.values()) {
            assertThat(counts.verdicts().get(verdict)).isEqualTo(stored.stream().filter(a -> a.verdict() == verdict).count());
        }
    }

    @Test
    void aJobsTableHasItsUploadsAndItsSingleAssessmentsNewestFirst() throws Exception {
        Job job = screening.get(assessmentOf("HF-1001")).orElseThrow().jobSnapshot();
        StoredAssessment single = screening.assessOne(job, new com.hirefit.candidate.Candidate(1, "API-1", "Grace Api", null, "LLM Engineer",
                5.0, 3.0, List.of("LangChain"), "Shipped a RAG assistant with evals.", null, null, List.of(), List.of(), List.of(), null, null,
                java.util.Map.of()), "api");
        ResultsStore.Page page = results.page(ResultsStore.Scope.job(jobId), filter(null, null, null, null, null));
        assertThat(page.total()).isEqualTo(26);
        assertThat(page.rows().get(0).assessmentId()).isEqualTo(single.assessmentId());
        assertThat(page.rows().get(0).source()).isEqualTo("api");
        assertThat(results.counts(ResultsStore.Scope.job(jobId)).total()).isEqualTo(26);
    }

    private String assessmentOf(String candidateId) {
        String[] id = new String[1];
        assessments.forScreening(screeningId, s -> {
            if (s.candidateId().equals(candidateId)) {
                id[0] = s.assessmentId();
            }
        });
        return id[0];
    }
}
