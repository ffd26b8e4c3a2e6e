package com.hirefit.bench.jmh;

import com.hirefit.bench.CandidateGenerator;
import com.hirefit.candidate.Candidate;
import com.hirefit.ingest.CandidateFiles;
import com.hirefit.ingest.RowError;
import com.hirefit.ingest.RowSink;
import com.hirefit.job.JobFiles;
import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleSource;
import com.hirefit.rules.TextMatcher;
import com.hirefit.screening.Assessor;
import com.hirefit.screening.BenchmarkAccess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One candidate per operation, on one thread, cycling through {@code candidates} generated candidates (seeded, read
 * back through {@link CandidateFiles} as screening reads them), against samples/jobs/contract-review.yaml:
 * <ul>
 * <li>{@code taxonomyMatching}: the evidence matcher over every text field, and the title matcher over the title;</li>
 * <li>{@code ruleEvaluation}: one candidate rule session over facts built beforehand (no matching);</li>
 * <li>{@code wholeAssessment}: {@link Assessor#assess}: matching, the full rule base, the fired-rule record and the
 * findings, as screening does for every row (target: 20,000 ops/s);</li>
 * <li>{@code emptyRuleBaseFloor}: {@link Assessor#assess} with the same taxonomy and vocabulary but one trivial rule
 * (a verdict for everyone): matching plus the cost of a session, the floor under a whole assessment.</li>
 * </ul>
 * Run with bench/jmh.sh from the repository root (it reads ./rules and ./samples).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 3, time = 3)
@State(Scope.Thread)
public class AssessmentBenchmark {

    static final String TRIVIAL_RULE = """
            package hirefit;

            import com.hirefit.rules.facts.*;

            rule "Everyone is reviewed"
                @code("REVIEW")
                @reason("The floor: one rule, no conditions.")
                ruleflow-group "verdict"
            when
            then
                insert(Conclusion.verdict(drools));
            end
            """;

    @Param("1000")
    int candidates;

    @Param("42")
    long seed;

    private RuleBase rules;
    private Assessor assessor;
    private Assessor.JobRun job;
    private Assessor floorAssessor;
    private Assessor.JobRun floorJob;
    private List<Candidate> people;
    private List<List<Object>> facts;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        rules = RuleBase.compile(RuleSource.fromDirectory(Path.of("rules")));
        assessor = new Assessor(rules);
        var jobFile = JobFiles.read(Path.of("samples/jobs/contract-review.yaml"));
        job = assessor.assessJob(jobFile);
        people = generate(candidates, seed);
        facts = new ArrayList<>(people.size());
        for (Candidate candidate : people) {
            facts.add(BenchmarkAccess.candidateFacts(rules, candidate, job));
        }
        floorAssessor = new Assessor(floorRuleBase());
        floorJob = floorAssessor.assessJob(jobFile);
    }

    /**
     * The floor's rule base: ./rules' taxonomy, vocabulary and stages, so it matches and focuses as the real one does
     * (all stages but the verdict empty), and {@link #TRIVIAL_RULE} alone. Also bench/session-cost.sh's floor.
     */
    public static RuleBase floorRuleBase() throws IOException, com.hirefit.rules.RuleBaseException {
        Path floorRules = Files.createTempDirectory("hirefit-floor-rules");
        try {
            for (String file : List.of("taxonomy.yaml", "vocabulary.yaml", "stages.yaml")) {
                Files.copy(Path.of("rules", file), floorRules.resolve(file));
            }
            Files.writeString(floorRules.resolve("floor.drl"), TRIVIAL_RULE, StandardCharsets.UTF_8);
            return RuleBase.compile(RuleSource.fromDirectory(floorRules));
        } finally {
            try (var files = Files.list(floorRules)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(floorRules);
        }
    }

    public static List<Candidate> generate(int count, long seed) throws IOException {
        Path file = Files.createTempFile("hirefit-bench-candidates", ".csv");
        try {
            CandidateGenerator.write(file, count, seed);
            List<Candidate> read = new ArrayList<>(count);
            new CandidateFiles(Clock.systemUTC()).read(file, new RowSink() {
                public void accept(Candidate candidate) {
                    read.add(candidate);
                }

                public void reject(RowError error) {
                    throw new IllegalStateException("generated row rejected: " + error);
                }
            });
            return read;
        } catch (com.hirefit.ingest.IngestException e) {
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private int nextIndex() {
        int i = next;
        next = i + 1 == people.size() ? 0 : i + 1;
        return i;
    }

    @Benchmark
    public void taxonomyMatching(Blackhole bh) {
        Candidate c = people.get(nextIndex());
        TextMatcher evidence = rules.evidenceMatcher();
        bh.consume(rules.titleMatcher().find(c.currentTitle()));
        c.skills().forEach(s -> bh.consume(evidence.find(s)));
        bh.consume(evidence.find(c.highlights()));
        if (c.education() != null) {
            bh.consume(evidence.find(c.education()));
        }
        if (c.publications() != null) {
            bh.consume(evidence.find(c.publications()));
        }
        c.portfolio().forEach(s -> bh.consume(evidence.find(s)));
        c.domains().forEach(s -> bh.consume(evidence.find(s)));
        c.languages().forEach(s -> bh.consume(evidence.find(s)));
    }

    @Benchmark
    public int ruleEvaluation() {
        return BenchmarkAccess.runCandidateRules(rules, facts.get(nextIndex()));
    }

    @Benchmark
    public Object wholeAssessment() {
        return assessor.assess(people.get(nextIndex()), job);
    }

    @Benchmark
    public Object emptyRuleBaseFloor() {
        return floorAssessor.assess(people.get(nextIndex()), floorJob);
    }
}
