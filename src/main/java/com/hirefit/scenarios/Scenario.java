package com.hirefit.scenarios;

import com.hirefit.candidate.Candidate;
import com.hirefit.job.Job;
import java.util.List;

/**
 * One scenario from a file in {@code rules/tests/}: a job, what the company side must conclude, and candidates
 * with what each assessment must conclude. {@code line} is where the scenario starts in its file (0 if unknown).
 */
public record Scenario(String file, int line, String name, Job job, Expectations expect, List<CandidateCase> candidates) {

    public Scenario {
        candidates = List.copyOf(candidates);
    }

    /** One candidate of a scenario: its 1-based position, the candidate as read, and its expectations. */
    public record CandidateCase(int index, Candidate candidate, Expectations expect) {

        /** How failures name the candidate: {@code candidate 2 (C2)}. */
        public String label() {
            return "candidate " + index + " (" + candidate.id() + ")";
        }
    }

    /** Where the scenario is, for messages: {@code file:line: scenario "name"}. */
    public String where() {
        return where(file, line, name);
    }

    static String where(String file, int line, String name) {
        return file + (line > 0 ? ":" + line : "") + ": scenario \"" + name + "\"";
    }
}
