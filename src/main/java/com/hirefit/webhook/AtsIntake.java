package com.hirefit.webhook;

import com.hirefit.ingest.UncertainColumn;
import java.util.List;

/**
 * Where verified ATS events go: the service layer dedupes them, maps the job, screens and stores.
 * Implemented outside this package.
 */
public interface AtsIntake {

    IntakeResult receive(AtsEvent event);

    /**
     * What happened to one delivery; serialised as the webhook's 200 response body. {@code droppedFields} names the
     * candidate's fields left out unread (protected, possibly protected, contact details), {@code uncertainFields}
     * those of them that only may carry a protected attribute, with what they may reveal: names only, never values.
     */
    record IntakeResult(String status, String applicationId, String assessmentId, String verdict, String recommendedRole,
                        String message, List<String> droppedFields, List<UncertainColumn> uncertainFields) {
        public static final String SCREENED = "SCREENED";
        public static final String DUPLICATE = "DUPLICATE";
        public static final String UNMAPPED_JOB = "UNMAPPED_JOB";
        public static final String PING = "PING";
        public static final String IGNORED = "IGNORED";
        public static final String REJECTED = "REJECTED";

        public IntakeResult {
            droppedFields = droppedFields == null ? List.of() : List.copyOf(droppedFields);
            uncertainFields = uncertainFields == null ? List.of() : List.copyOf(uncertainFields);
        }

        /** A result with nothing dropped. */
        public IntakeResult(String status, String applicationId, String assessmentId, String verdict, String recommendedRole,
                            String message) {
            this(status, applicationId, assessmentId, verdict, recommendedRole, message, List.of(), List.of());
        }

        /** The same result, naming the fields the delivery's mapping left out. */
        IntakeResult dropping(DroppedFields dropped) {
            return new IntakeResult(status, applicationId, assessmentId, verdict, recommendedRole, message, dropped.fields(),
                    dropped.uncertain());
        }
    }
}
