package com.hirefit.screening;

import com.hirefit.candidate.Candidate;
import com.hirefit.rules.Evaluation;
import com.hirefit.rules.RuleBase;
import com.hirefit.rules.Stages;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-scope access to the two halves of {@link Assessor#assess}, for the "rules alone" benchmark
 * (com.hirefit.bench.jmh): the facts a candidate evaluation starts from (taxonomy matching), and one candidate
 * rule session over prebuilt facts (fresh session, the stages fired, fired rules recorded). Lives in the test
 * tree, in this package, because {@code CandidateFacts} and {@code FiringRecorder} are package-private; nothing
 * under src/main is changed for it.
 */
public final class BenchmarkAccess {
    private BenchmarkAccess() {
    }

    /** Job facts plus the candidate's facts: what {@link Assessor#assess} inserts into the session. */
    public static List<Object> candidateFacts(RuleBase rules, Candidate candidate, Assessor.JobRun job) {
        List<Object> all = new ArrayList<>(job.facts());
        all.addAll(new CandidateFacts(rules).of(candidate, job.job()));
        return all;
    }

    /** Runs the candidate stages over {@code facts}; returns how many rules fired. */
    public static int runCandidateRules(RuleBase rules, List<Object> facts) {
        FiringRecorder fired = new FiringRecorder(rules);
        Evaluation.run(rules, Stages.Side.CANDIDATE, facts, fired);
        return fired.fired().size();
    }
}
