package com.hirefit.bench;

import com.hirefit.bench.jmh.AssessmentBenchmark;
import com.hirefit.candidate.Candidate;
import com.hirefit.job.JobFiles;
import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleSource;
import com.hirefit.screening.Assessor;
import com.hirefit.screening.BenchmarkAccess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a candidate rule session costs, split (bench/session-cost.sh): for each rules folder, one candidate session
 * (the JMH ruleEvaluation) over 1,000 generated candidates' facts; in mode "split" also over the job's facts only and
 * over no facts at all (the rule base's own cost per session: pool reset, initial fact, stage focus), and the
 * same three for the JMH floor's one-rule base ({@link AssessmentBenchmark#floorRuleBase}) after the folders. Every
 * workload runs in turn in 0.3 s slices, so load from other processes falls on all alike; after WARMUP seconds each
 * workload is measured for about MEASURE seconds. Prints microseconds per session and rules fired per session.
 * Args: split|facts WARMUP MEASURE FOLDER...   Not a test.
 */
public final class SessionCost {
    private record Workload(String name, RuleBase rules, List<List<Object>> facts) {
    }

    public static void main(String[] args) throws Exception {
        boolean split = args[0].equals("split");
        long warm = Long.parseLong(args[1]) * 1_000_000_000L;
        long measure = Long.parseLong(args[2]) * 1_000_000_000L;
        List<Candidate> people = AssessmentBenchmark.generate(1000, 42);
        Map<String, RuleBase> bases = new LinkedHashMap<>();
        for (int i = 3; i < args.length; i++) {
            Path folder = Path.of(args[i]);
            bases.put(folder.getFileName().toString(), RuleBase.compile(RuleSource.fromDirectory(folder)));
        }
        if (split) {
            bases.put("floor", AssessmentBenchmark.floorRuleBase());
        }
        List<Workload> workloads = new ArrayList<>();
        for (Map.Entry<String, RuleBase> base : bases.entrySet()) {
            String name = base.getKey();
            RuleBase rules = base.getValue();
            Assessor.JobRun job = new Assessor(rules).assessJob(JobFiles.read(Path.of("samples/jobs/contract-review.yaml")));
            List<List<Object>> all = new ArrayList<>(people.size());
            for (Candidate c : people) {
                all.add(BenchmarkAccess.candidateFacts(rules, c, job));
            }
            workloads.add(new Workload(name + ": all facts", rules, all));
            if (split) {
                workloads.add(new Workload(name + ": job facts only", rules, List.of(List.copyOf(job.facts()))));
                workloads.add(new Workload(name + ": no facts", rules, List.of(List.of())));
            }
        }
        long[] sessions = new long[workloads.size()];
        long[] fired = new long[workloads.size()];
        long[] nanos = new long[workloads.size()];
        int[] next = new int[workloads.size()];
        long start = System.nanoTime();
        long end = start + warm + measure * workloads.size();
        while (System.nanoTime() < end) {
            boolean counting = System.nanoTime() - start >= warm;
            for (int w = 0; w < workloads.size(); w++) {
                Workload load = workloads.get(w);
                long t0 = System.nanoTime();
                long n = 0;
                long f = 0;
                while (System.nanoTime() - t0 < 300_000_000L) {
                    f += BenchmarkAccess.runCandidateRules(load.rules(), load.facts().get(next[w]));
                    next[w] = (next[w] + 1) % load.facts().size();
                    n++;
                }
                if (counting) {
                    sessions[w] += n;
                    fired[w] += f;
                    nanos[w] += System.nanoTime() - t0;
                }
            }
        }
        for (int w = 0; w < workloads.size(); w++) {
            System.out.printf(Locale.ROOT, "%-36s %8.1f us per session  %5.1f rules fired  (%d sessions)%n",
                    workloads.get(w).name(), nanos[w] / 1000.0 / sessions[w], fired[w] / (double) sessions[w], sessions[w]);
        }
    }
}
