package com.hirefit.bench;

import com.hirefit.candidate.Candidate;
import com.hirefit.ingest.CandidateFiles;
import com.hirefit.ingest.RowError;
import com.hirefit.ingest.RowSink;
import com.hirefit.job.JobFiles;
import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleSource;
import com.hirefit.screening.Assessor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints how fast the rules assess the sample candidates on one thread (taxonomy matching, the full rule
 * base and the trace), after a warm-up. Run with bench/samples-throughput.sh; not a test.
 */
public final class SamplesThroughput {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        RuleBase rules = RuleBase.compile(RuleSource.fromDirectory(Path.of("rules")));
        System.out.printf("rule base compiled in %.0f ms (%d rules)%n", (System.nanoTime() - t0) / 1e6, rules.rules().size());
        Assessor assessor = new Assessor(rules);
        List<Candidate> candidates = new ArrayList<>();
        new CandidateFiles(Clock.systemUTC()).read(Path.of("samples/candidates.csv"), new RowSink() {
            public void accept(Candidate c) { candidates.add(c); }
            public void reject(RowError e) { }
        });
        var job = assessor.assessJob(JobFiles.read(Path.of("samples/jobs/contract-review.yaml")));
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        for (int i = 0; i < rounds / 4; i++) {
            candidates.forEach(c -> assessor.assess(c, job));
        }
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                candidates.forEach(c -> assessor.assess(c, job));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("run %d: %d assessments in %.2f s = %.0f candidates/s on one thread%n",
                    run, rounds * candidates.size(), seconds, rounds * candidates.size() / seconds);
        }
    }
}
