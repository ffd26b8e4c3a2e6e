package com.hirefit.web;

import com.hirefit.screening.CandidateAssessment;
import com.hirefit.screening.StoredAssessment;
import com.hirefit.vocabulary.Role;
import com.hirefit.vocabulary.Verdict;
import java.time.Instant;

/** A stored assessment as the API shows it: verdict and role at the top, provenance, and the full assessment. */
record AssessmentView(String assessmentId, String candidateId, String name, Verdict verdict, Role recommendedRole,
                      String source, String jobId, String rulesVersion, String inputHash, Instant createdAt,
                      CandidateAssessment assessment) {

    static AssessmentView of(StoredAssessment stored) {
        CandidateAssessment a = stored.assessment();
        return new AssessmentView(stored.assessmentId(), stored.candidateId(), a.name(), a.verdict(), a.recommendedRole(),
                stored.source(), stored.jobId(), stored.rulesVersion(), stored.inputHash(), stored.createdAt(), a);
    }
}
