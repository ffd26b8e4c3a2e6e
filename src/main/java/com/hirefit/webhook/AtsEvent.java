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
 *                        ("Candidate ID", "Name", "Skills"...), ready for the JSON candidate reader; null
 *                        when the event carries no candidate
 * @param resumeUrl       a reference to the resume file, kept, never fetched
 * @param note            anything the caller should be told (e.g. Lever payloads are thin)
 */
public record AtsEvent(String source, String action, boolean ping, String dedupeKey, String applicationId,
                       List<String> atsJobIds, Map<String, Object> candidate, String resumeUrl, String note) {
    public AtsEvent {
        atsJobIds = List.copyOf(atsJobIds);
    }
}
