package com.hirefit.webhook;

import com.hirefit.ingest.Column;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Lever webhooks, {@code {id, event, triggeredAt, token, signature, data}}. The settings page's test sends
 * {@code candidateHired} with an empty {@code data}: a ping. An event whose {@code data} has an
 * {@code opportunityId} is an application (its id is the opportunity id, the job the {@code postingId} when
 * sent); anything else ({@code contactCreated}, {@code candidateDeleted}...) is ignored. Lever's payloads are
 * thin: no name, contact details, tags or resume, so the candidate is only its id and the event says so in
 * its note. The dedupe key is the delivery's {@code token}, as Lever advises.
 */
public final class LeverPayloads {

    static final String SOURCE = "lever";

    static final String THIN_NOTE = "Lever webhooks carry no resume or contact details; fetching the opportunity"
            + " from Lever's API is not part of this service, so it was screened only on what the event carries.";

    private static final Set<String> NEVER_SCREENED = Set.of("candidateDeleted");

    private LeverPayloads() {
    }

    public static AtsEvent parse(RawDelivery delivery) throws BadPayloadException {
        JsonNode body = Json.body(delivery);
        String event = Json.requireText(body, "event", "event");
        String dedupeKey = SOURCE + ":" + Json.requireText(body, "token", "token");
        JsonNode data = Json.requireObject(body, "data", "data");
        if (event.equals("candidateHired") && data.isEmpty()) {
            return Events.ping(SOURCE, event, dedupeKey);
        }
        String opportunityId = Json.id(data, "opportunityId", "data.opportunityId");
        if (opportunityId == null || NEVER_SCREENED.contains(event)) {
            return Events.ignored(SOURCE, event, dedupeKey);
        }
        String postingId = Json.id(data, "postingId", "data.postingId");
        CandidateMap candidate = new CandidateMap().put(Column.CANDIDATE_ID.label(), SOURCE + "-" + opportunityId);
        return Events.application(SOURCE, event, dedupeKey, opportunityId,
                postingId == null ? List.of() : List.of(postingId), candidate, null, THIN_NOTE);
    }
}
