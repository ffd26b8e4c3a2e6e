package com.hirefit.bench.ab;

import com.hirefit.bench.CandidateGenerator;
import com.hirefit.candidate.Candidate;
import com.hirefit.ingest.CandidateFiles;
import com.hirefit.ingest.RowError;
import com.hirefit.ingest.RowSink;
import com.hirefit.job.JobFiles;
import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleSource;
import com.hirefit.screening.Assessor;
import com.hirefit.screening.BenchmarkAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * One build's side of {@link AB}, compiled once and loaded beside each build's classes: it uses only what every
 * build since the stages moved to rules/ offers (RuleBase.compile, Assessor, BenchmarkAccess). "whole" is the
 * JMH wholeAssessment, "rules" the JMH ruleEvaluation, "matching" a candidate's facts (the taxonomy matching over
 * every text field, as a whole assessment does before its rule session).
 */
public class Runner {
    static Assessor assessor;
    static Assessor.JobRun job;
    static RuleBase rules;
    static List<Candidate> people = new ArrayList<>();
    static List<List<Object>> facts = new ArrayList<>();
    static int next;
    public static long sink;

    public static void init(String rulesDir) throws Exception {
        rules = RuleBase.compile(RuleSource.fromDirectory(Path.of(rulesDir)));
        assessor = new Assessor(rules);
        job = assessor.assessJob(JobFiles.read(Path.of(rulesDir).resolveSibling("samples/jobs/contract-review.yaml")));
        Path file = Files.createTempFile("ab", ".csv");
        CandidateGenerator.write(file, 1000, 42);
        new CandidateFiles(Clock.systemUTC()).read(file, new RowSink() {
            public void accept(Candidate c) { people.add(c); }
            public void reject(RowError e) { throw new IllegalStateException(); }
        });
        Files.delete(file);
        for (Candidate c : people) {
            facts.add(BenchmarkAccess.candidateFacts(rules, c, job));
        }
    }

    public static long whole(long nanos) {
        long end = System.nanoTime() + nanos, n = 0;
        while (System.nanoTime() < end) {
            sink += assessor.assess(people.get(next), job).firedRules().size();
            next = (next + 1) % people.size();
            n++;
        }
        return n;
    }

    public static long rulesAlone(long nanos) {
        long end = System.nanoTime() + nanos, n = 0;
        while (System.nanoTime() < end) {
            sink += BenchmarkAccess.runCandidateRules(rules, facts.get(next));
            next = (next + 1) % people.size();
            n++;
        }
        return n;
    }

    public static long matching(long nanos) {
        long end = System.nanoTime() + nanos, n = 0;
        while (System.nanoTime() < end) {
            sink += BenchmarkAccess.candidateFacts(rules, people.get(next), job).size();
            next = (next + 1) % people.size();
            n++;
        }
        return n;
    }

    public static String digest() {
        StringBuilder all = new StringBuilder();
        for (Candidate c : people) {
            all.append(assessor.assess(c, job)).append('\n');
        }
        return Integer.toHexString(all.toString().hashCode());
    }
}
