package com.hirefit.screening;

import com.hirefit.job.Job;
import com.hirefit.rules.RuleBase;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The company-side run of the jobs screened one candidate at a time (API, webhooks), kept per job: it depends
 * only on the job and the rule base, so every candidate of the same job version under the same rules starts
 * from the same facts, as in a file screening. A changed job or a reloaded rule base gets a fresh run. Holds
 * the most recently used jobs, up to a bound. Thread-safe.
 */
final class JobRuns {
    private record Kept(RuleBase rules, Assessor.JobRun run) {
    }

    private final Map<String, Kept> byJobId;

    JobRuns(int capacity) {
        this.byJobId = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
                return size() > capacity;
            }
        };
    }

    Assessor.JobRun of(Assessor assessor, Job job) {
        synchronized (byJobId) {
            Kept kept = byJobId.get(job.jobId());
            if (kept != null && kept.rules() == assessor.rules() && kept.run().job().equals(job)) {
                return kept.run();
            }
        }
        // Outside the lock: two first requests for a job may both run it, and get equal results.
        Assessor.JobRun run = assessor.assessJob(job);
        synchronized (byJobId) {
            byJobId.put(job.jobId(), new Kept(assessor.rules(), run));
        }
        return run;
    }
}
