package com.hirefit.webhook;

import java.util.List;
import java.util.Map;

/** The event shapes every vendor mapping produces. */
final class Events {

    static final String IGNORED_NOTE = "not an application event; ignored";

    private Events() {
    }

    static AtsEvent ping(String source, String action, String dedupeKey) {
        return new AtsEvent(source, action, true, dedupeKey, null, List.of(), null, null, null, DroppedFields.NONE);
    }

    static AtsEvent ignored(String source, String action, String dedupeKey) {
        return new AtsEvent(source, action, false, dedupeKey, null, List.of(), null, null, IGNORED_NOTE, DroppedFields.NONE);
    }

    static AtsEvent application(String source, String action, String dedupeKey, String applicationId,
                                List<String> jobIds, Map<String, Object> candidate, DroppedFields dropped, String resumeUrl, String note) {
        return new AtsEvent(source, action, false, dedupeKey, applicationId, jobIds, candidate, resumeUrl, note, dropped);
    }

    /** An application event whose candidate a vendor mapping built: with the fields it left out. */
    static AtsEvent application(String source, String action, String dedupeKey, String applicationId,
                                List<String> jobIds, CandidateMap candidate, String resumeUrl, String note) {
        return application(source, action, dedupeKey, applicationId, jobIds, candidate.build(), candidate.dropped(), resumeUrl, note);
    }
}
