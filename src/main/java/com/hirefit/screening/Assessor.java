package com.hirefit.screening;

import com.hirefit.candidate.Candidate;
import com.hirefit.job.Job;
import com.hirefit.rules.Evaluation;
import com.hirefit.rules.RuleBase;
import com.hirefit.rules.Stages;
import com.hirefit.rules.facts.Conclusion;
import com.hirefit.rules.facts.HireNeitherYet;
import com.hirefit.rules.facts.NeededRole;
import com.hirefit.rules.facts.PayBand;
import com.hirefit.vocabulary.Role;
import com.hirefit.vocabulary.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs the rules: once per job for the company side, then once per candidate with the job's conclusions
 * as facts. Thread-safe: every evaluation gets its own session.
 */
public final class Assessor {
    private final RuleBase rules;
    private final CandidateFacts facts;

    public Assessor(RuleBase rules) {
        this.rules = rules;
        this.facts = new CandidateFacts(rules);
    }

    public RuleBase rules() {
        return rules;
    }

    /** The company-side evaluation of a job, and the facts every candidate evaluation for it starts from. */
    public record JobRun(Job job, JobAssessment assessment, List<Object> facts) {
    }

    public JobRun assessJob(Job job) {
        return assessJob(job, null);
    }

    /**
     * The company-side evaluation with its full trace: every rule that fired, in firing order, with the facts it
     * matched and produced. Slower than {@link #assessJob(Job)}; for explaining, not for screening.
     */
    public Trace<JobRun> explainJob(Job job) {
        TraceRecorder trace = new TraceRecorder(rules);
        return new Trace<>(assessJob(job, trace), trace.steps());
    }

    /**
     * A candidate's evaluation with its full trace (the candidate side only; the job side is in
     * {@link #explainJob(Job)}). The assessment is the one {@link #assess(Candidate, JobRun)} gives.
     */
    public Trace<CandidateAssessment> explain(Candidate candidate, JobRun job) {
        TraceRecorder trace = new TraceRecorder(rules);
        return new Trace<>(assess(candidate, job, trace), trace.steps());
    }

    private JobRun assessJob(Job job, TraceRecorder trace) {
        List<Object> jobFacts = facts.ofJob(job);
        FiringRecorder fired = new FiringRecorder(rules);
        Outcome run = new Outcome(rules, Evaluation.run(rules, Stages.Side.JOB, jobFacts, fired, trace).facts());
        List<Role> needed = run.neededRoles();
        boolean neither = run.hireNeitherYet();
        JobAssessment assessment = new JobAssessment(job.jobId(), job.jobTitle(), needed, neither,
                run.findings(Conclusion.Kind.JOB_RISK), run.findings(Conclusion.Kind.NOTE), fired.fired());
        List<Object> candidateStart = new ArrayList<>(jobFacts);
        needed.forEach(role -> candidateStart.add(new NeededRole(role)));
        if (neither) {
            candidateStart.add(new HireNeitherYet());
        }
        return new JobRun(job, assessment, List.copyOf(candidateStart));
    }

    public CandidateAssessment assess(Candidate candidate, JobRun job) {
        return assess(candidate, job, null);
    }

    /** Every piece of evidence the taxonomy reads in a candidate's text, as the rules get it. */
    public List<com.hirefit.rules.facts.Evidence> evidence(Candidate candidate, Job job) {
        return facts.of(candidate, job).stream().filter(com.hirefit.rules.facts.Evidence.class::isInstance)
                .map(com.hirefit.rules.facts.Evidence.class::cast).toList();
    }

    private CandidateAssessment assess(Candidate candidate, JobRun job, TraceRecorder trace) {
        List<Object> all = new ArrayList<>(job.facts());
        all.addAll(facts.of(candidate, job.job()));
        FiringRecorder fired = new FiringRecorder(rules);
        Outcome run = new Outcome(rules, Evaluation.run(rules, Stages.Side.CANDIDATE, all, fired, trace).facts());
        List<Finding> verdicts = run.findings(Conclusion.Kind.VERDICT);
        Verdict verdict = null;
        for (Verdict v : Verdict.values()) {
            if (verdict == null && verdicts.stream().anyMatch(f -> f.code().equals(v.name()))) {
                verdict = v;
            }
        }
        if (verdict == null) {
            throw new IllegalStateException("no verdict rule fired for candidate " + candidate.id());
        }
        String code = verdict.name();
        return new CandidateAssessment(candidate.row(), candidate.id(), candidate.name(), verdict,
                verdicts.stream().filter(f -> f.code().equals(code)).toList(),
                run.bestRole(), run.roleScores(), run.seniority(),
                run.findings(Conclusion.Kind.GREEN_FLAG), run.findings(Conclusion.Kind.YELLOW_FLAG),
                run.findings(Conclusion.Kind.FAILURE_RISK), compensation(run, candidate, job.job()),
                run.findings(Conclusion.Kind.INTERVIEW_FOCUS), fired.fired());
    }

    private static Compensation compensation(Outcome run, Candidate candidate, Job job) {
        List<Finding> checks = run.findings(Conclusion.Kind.COMPENSATION);
        if (checks.isEmpty()) {
            return null;
        }
        List<PayBand> bands = run.bands();
        var market = candidate.market() != null ? candidate.market() : job.market();
        String currency = bands.isEmpty() ? (market == com.hirefit.vocabulary.Market.UK ? "GBP" : "USD") : bands.get(0).currency();
        return new Compensation(checks.get(0).code(), checks.stream().map(Finding::reason).collect(Collectors.joining(" ")),
                candidate.expectedSalary(), job.salaryBudgetMax(), currency, bands);
    }
}
