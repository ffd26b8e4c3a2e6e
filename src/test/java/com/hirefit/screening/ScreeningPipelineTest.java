package com.hirefit.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hirefit.candidate.Candidate;
import com.hirefit.ingest.CandidateFiles;
import com.hirefit.ingest.IngestException;
import com.hirefit.ingest.IngestReport;
import com.hirefit.ingest.RowError;
import com.hirefit.job.Job;
import com.hirefit.job.JobFiles;
import com.hirefit.report.JsonReport;
import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The screening pipeline: several threads assess, one writer keeps input order, failures end it cleanly. */
class ScreeningPipelineTest {
    static Assessor assessor;
    static Job job;

    @BeforeAll
    static void rules() throws Exception {
        assessor = new Assessor(RuleBase.compile(RuleSource.fromDirectory(Path.of("rules"))));
        job = JobFiles.read(Path.of("samples/jobs/contract-review.yaml"));
    }

    private static String screen(int threads) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CandidateFiles files = new CandidateFiles(Clock.systemUTC());
        try (JsonReport report = new JsonReport(out)) {
            ScreeningPipeline.run(assessor, job, sink -> files.read(Path.of("samples/candidates.csv"), sink), report, threads);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void screeningOnSeveralThreadsGivesExactlyTheSingleThreadedOutputInInputOrder() throws Exception {
        String single = screen(1);
        assertThat(screen(4)).isEqualTo(single);
        assertThat(screen(2)).isEqualTo(single);
        assertThat(single.indexOf("HF-1001")).isLessThan(single.indexOf("HF-1014"));
    }

    /** A many-row input built in memory: candidates and errors interleaved. */
    private static ScreeningPipeline.CandidateInput rows(int count) {
        return sink -> {
            for (int row = 2; row < count + 2; row++) {
                if (row % 7 == 0) {
                    sink.reject(new RowError(row, "Candidate ID", "missing Candidate ID"));
                } else {
                    sink.accept(new Candidate(row, "C" + row, null, null, "LLM Engineer", 5.0, 3.0, List.of("LangChain"),
                            "Built a RAG pipeline with evals.", null, null, List.of(), List.of(), List.of(), null, null, Map.of()));
                }
            }
            return new IngestReport("memory", count, List.of(), List.of(), List.of());
        };
    }

    @Test
    void everyRowArrivesOnceInOrderAndTheCountsAddUp() throws Exception {
        List<Integer> seen = new java.util.ArrayList<>();
        ScreeningSink sink = new RecordingSink() {
            @Override
            public void assessed(Candidate candidate, CandidateAssessment assessment) {
                seen.add(candidate.row());
            }

            @Override
            public void error(RowError error) {
                seen.add(error.row());
            }
        };
        ScreeningSummary summary = ScreeningPipeline.run(assessor, job, rows(500), sink, 3);
        assertThat(seen).hasSize(500).isSorted().doesNotHaveDuplicates();
        assertThat(summary.screened() + summary.errors()).isEqualTo(500);
        assertThat(summary.errors()).isEqualTo((int) seen.stream().filter(r -> r % 7 == 0).count());
    }

    @Test
    @Timeout(30)
    void aSinkThatFailsEndsTheScreeningWithItsErrorInsteadOfHanging() {
        ScreeningSink failing = new RecordingSink() {
            @Override
            public void assessed(Candidate candidate, CandidateAssessment assessment) throws IOException {
                if (candidate.row() > 50) {
                    throw new IOException("disk full");
                }
            }
        };
        assertThatThrownBy(() -> ScreeningPipeline.run(assessor, job, rows(5_000), failing, 2)).isInstanceOf(IOException.class).hasMessage("disk full");
    }

    @Test
    @Timeout(30)
    void aReaderThatFailsEndsTheScreeningWithItsError() {
        ScreeningPipeline.CandidateInput broken = sink -> {
            rows(100).read(sink);
            throw new IngestException("x.csv: unbalanced quote at row 102");
        };
        assertThatThrownBy(() -> ScreeningPipeline.run(assessor, job, broken, new RecordingSink(), 2))
                .isInstanceOf(IngestException.class).hasMessageContaining("unbalanced quote");
    }

    /** A sink that accepts everything and keeps nothing. */
    private static class RecordingSink implements ScreeningSink {
        @Override
        public void begin(Job job, JobAssessment assessment, String rulesVersion) {
        }

        @Override
        public void candidate(CandidateAssessment assessment) {
        }

        @Override
        public void error(RowError error) throws IOException {
        }

        @Override
        public void end(ScreeningSummary summary) {
        }

        @Override
        public void close() {
        }
    }
}
