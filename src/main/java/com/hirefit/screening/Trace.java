package com.hirefit.screening;

import java.util.List;

/**
 * An evaluation with its trace: what it concluded ({@link Assessor.JobRun} for the company side,
 * {@link CandidateAssessment} for a candidate) and every rule that fired, in firing order.
 */
public record Trace<T>(T assessment, List<TraceStep> steps) {

    public Trace {
        steps = List.copyOf(steps);
    }
}
