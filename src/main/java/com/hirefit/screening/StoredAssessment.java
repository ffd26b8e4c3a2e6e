package com.hirefit.screening;

import com.hirefit.job.Job;
import java.time.Instant;

/**
 * An assessment as kept in the audit store: what produced it (input hash, job snapshot, rules version,
 * source) and the assessment itself with its fired rules and reasons. The name is filled in from the
 * personal-data table when it still exists, and is null once erased.
 */
public record StoredAssessment(String assessmentId, String candidateId, String screeningId, Integer row, String source,
                               String jobId, Job jobSnapshot, String inputHash, String rulesVersion,
                               CandidateAssessment assessment, Instant createdAt) {
    /** Assessment ids are UUIDs: assessment.assessment_id. */
    public static final int ID_LENGTH = 36;

}
