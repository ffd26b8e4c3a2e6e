package com.hirefit.webhook;

/**
 * Where verified ATS events go: the service layer dedupes them, maps the job, screens and stores.
 * Implemented outside this package.
 */
public interface AtsIntake {

    IntakeResult receive(AtsEvent event);

    /** What happened to one delivery; serialised as the webhook's 200 response body. */
    record IntakeResult(String status, String applicationId, String assessmentId, String verdict, String recommendedRole,
                        String message) {
        public static final String SCREENED = "SCREENED";
        public static final String DUPLICATE = "DUPLICATE";
        public static final String UNMAPPED_JOB = "UNMAPPED_JOB";
        public static final String PING = "PING";
        public static final String IGNORED = "IGNORED";
        public static final String REJECTED = "REJECTED";
    }
}
