package com.hirefit.webhook;

import java.util.List;
import java.util.Map;

/**
 * One verified ATS delivery, mapped to HireFit's terms.
 *
 * @param source          greenhouse, lever, ashby or standard
 * @param action          the vendor's event type as sent (e.g. new_candidate_application)
 * @param ping            a ping or test delivery: answer 200, screen nothing
 * @param dedupeKey       the key that makes a repeated delivery recognisable (vendor key, or a hash)
 * @param applicationId   the ATS's application id (or opportunity id), null when the event has none
 * @param atsJobIds       the ATS job ids the application is for, as strings
 * @param candidate       the candidate as a JSON object with HireFit's canonical column names
 *                        ("Candidate ID", "Name", "Skills"...), ({@link com.hirefit.ingest.Column} labels), read straight to a candidate by {@link com.hirefit.ingest.CandidateFiles#read(java.util.Map)}; null
 *                        when the event carries no candidate
 * @param resumeUrl       a reference to the resume file, kept, never fetched
 * @param note            anything the caller should be told (e.g. Lever payloads are thin)
 * @param dropped         the candidate's fields the mapping left out unread (protected, possibly protected, contact
 *                        details), by name
 */
public record AtsEvent(String source, String action, boolean ping, String dedupeKey, String applicationId,
                       List<String> atsJobIds, Map<String, Object> candidate, String resumeUrl, String note, DroppedFields dropped) {
    /** The longest values the store keeps (the application and webhook_delivery columns are sized to them). */
    public static final int MAX_SOURCE_LENGTH = 20;
    public static final int MAX_APPLICATION_ID_LENGTH = 200;
    public static final int MAX_ACTION_LENGTH = 200;
    public static final int MAX_DEDUPE_KEY_LENGTH = 300;
    public static final int MAX_ATS_JOB_ID_LENGTH = 200;
    public static final int MAX_ATS_JOB_IDS = 50;
    public static final int MAX_RESUME_URL_LENGTH = 4_000;

    public AtsEvent {
        atsJobIds = List.copyOf(atsJobIds);
        dropped = dropped == null ? DroppedFields.NONE : dropped;
    }

    /**
     * What of this event cannot be stored, naming the field and its limit (never the value); null when all fits. The
     * candidate's own fields are checked when it is read, like a row of a file.
     */
    String unstorable() {
        if (action != null && action.length() > MAX_ACTION_LENGTH) {
            return "action: longer than " + MAX_ACTION_LENGTH + " characters";
        }
        if (dedupeKey.length() > MAX_DEDUPE_KEY_LENGTH) {
            return "the delivery's id: longer than " + MAX_DEDUPE_KEY_LENGTH + " characters";
        }
        if (applicationId != null && applicationId.length() > MAX_APPLICATION_ID_LENGTH) {
            return "applicationId: longer than " + MAX_APPLICATION_ID_LENGTH + " characters";
        }
        if (atsJobIds.size() > MAX_ATS_JOB_IDS || atsJobIds.stream().anyMatch(id -> id.length() > MAX_ATS_JOB_ID_LENGTH)) {
            return "job ids: at most " + MAX_ATS_JOB_IDS + " of at most " + MAX_ATS_JOB_ID_LENGTH + " characters each";
        }
        if (resumeUrl != null && resumeUrl.length() > MAX_RESUME_URL_LENGTH) {
            return "resume URL: longer than " + MAX_RESUME_URL_LENGTH + " characters";
        }
        return null;
    }
}
