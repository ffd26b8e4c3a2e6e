package com.hirefit.web;

import com.hirefit.decision.Decision;
import com.hirefit.decision.DecisionEvent;
import com.hirefit.decision.DecisionRefused;
import com.hirefit.decision.DecisionService;
import com.hirefit.decision.OverrideReason;
import com.hirefit.screening.StoredAssessment;
import com.hirefit.vocabulary.Verdict;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The decisions on one assessment for machines (an ATS, a script): its trail, and recording a decision or undoing the
 * standing one. The same rules as the workspace ({@link com.hirefit.decision.DecisionRules}); the decider recorded is
 * the API key's name.
 */
@RestController
@RequestMapping("/api/assessments/{id}/decisions")
@Tag(name = "Decisions", description = "A recruiter's decision (ADVANCE, REJECT, HOLD) on HireFit's recommendation. ADVANCE follows"
        + " STRONG_FIT and FIT, REJECT follows NOT_FIT, HOLD follows REVIEW; any other pairing is an override and needs a reason."
        + " The trail is append-only: an undo is an event of its own.")
class DecisionController {
    private static final Set<String> FIELDS = Set.of("decision", "reason", "note", "undo");
    private final DecisionService decisions;

    DecisionController(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Schema(description = "A decision, or an undo: send either decision (with reason and note as needed) or undo.")
    record DecisionRequest(
            @Schema(description = "The decision.") Decision decision,
            @Schema(description = "Why the decision goes against the recommendation: required for an override, optional otherwise.")
            OverrideReason reason,
            @Schema(description = "The recruiter's own words, at most 1000 characters; required with reason OTHER. Stored, never logged.",
                    maxLength = 1000) String note,
            @Schema(description = "The eventId of the decision standing now, to take it back; the decision before it stands again.")
            String undo) {
    }

    record Recommendation(Verdict verdict, String rulesVersion) {
    }

    @Schema(description = "One event of the trail.")
    record Event(String eventId, @Schema(allowableValues = {"DECISION", "UNDO"}) String type,
                 @Schema(description = "The decision made, or for an UNDO the decision undone.") Decision decision,
                 @Schema(description = "Whether the decision goes against the recommendation.") boolean override,
                 Recommendation recommendation, OverrideReason reason, String reasonText, String note,
                 @Schema(description = "For an UNDO: the eventId of the decision undone.") String undoes,
                 @Schema(description = "Decisions made together over a filtered set share one.") String batchId,
                 @Schema(description = "A workspace user name, or an API key's name (api-key-1...).") String decidedBy,
                 @Schema(allowableValues = {"workspace", "api"}) String via, Instant decidedAt) {
        static Event of(DecisionEvent e) {
            return e == null ? null : new Event(e.eventId(), e.kind().name(), e.decision(), e.override(),
                    new Recommendation(e.verdict(), e.rulesVersion()), e.reason(), e.reason() == null ? null : e.reason().label(), e.note(),
                    e.undoes(), e.batchId(), e.decidedBy(), e.via(), e.decidedAt());
        }
    }

    record Trail(String assessmentId, String candidateId, Recommendation recommendation,
                 @Schema(description = "The decision that follows the recommendation.") Decision followedBy,
                 @Schema(description = "The decision standing now; null when none does.") Event standing,
                 @Schema(description = "Every event, oldest first.") List<Event> events) {
    }

    record Recorded(Event recorded, @Schema(description = "The decision standing now; null when none does.") Event standing) {
    }

    @GetMapping
    @Operation(summary = "The decision trail of an assessment", description = "Its recommendation, the decision standing now and every"
            + " event, oldest first. Kept when the candidate's personal data is erased: it names the decider, never the candidate.")
    @ApiResponse(responseCode = "200", description = "The trail")
    @ApiResponse(responseCode = "404", description = "No such assessment", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(implementation = ProblemDetail.class)))
    Trail trail(@PathVariable @Size(max = StoredAssessment.ID_LENGTH, message = "at most {max} characters") String id) {
        DecisionService.Trail trail = decisions.trail(id).orElseThrow(() -> ApiProblem.notFound("assessment " + id));
        return new Trail(trail.assessmentId(), trail.candidateId(), new Recommendation(trail.verdict(), trail.rulesVersion()),
                trail.followedBy(), Event.of(trail.standing().orElse(null)), trail.events().stream().map(Event::of).toList());
    }

    @PostMapping
    @Operation(summary = "Record a decision, or undo the standing one", description = "With decision: recorded on the assessment's"
            + " recommendation; an override needs a reason (one of the listed codes), OTHER a note too. With undo: the eventId of the"
            + " decision standing now; the decision before it stands again. Answers the event recorded and the decision standing.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = DecisionRequest.class))))
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "400", description = "Invalid: the errors name each field at fault", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such assessment", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The decision to undo is not the one standing now", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Recorded> decide(@PathVariable @Size(max = StoredAssessment.ID_LENGTH, message = "at most {max} characters") String id,
                                    @RequestBody(required = false) JsonNode body, Authentication caller) {
        Map<String, String> fields = fields(body);
        DecisionService.Actor actor = new DecisionService.Actor(caller.getName(), DecisionEvent.API);
        DecisionEvent recorded;
        try {
            recorded = fields.containsKey("undo") ? decisions.undo(id, fields.get("undo"), actor)
                    : decisions.decide(id, fields.get("decision"), fields.get("reason"), fields.get("note"), actor);
        } catch (DecisionRefused e) {
            throw problem(e);
        }
        DecisionEvent standing = decisions.trail(id).flatMap(DecisionService.Trail::standing).orElse(null);
        return ResponseEntity.created(URI.create("/api/assessments/" + id + "/decisions")).body(new Recorded(Event.of(recorded), Event.of(standing)));
    }

    /** The body's fields as text; anything else than one object of known text fields is refused, naming the field. */
    private static Map<String, String> fields(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "The body needs a JSON object.",
                    List.of("body: an object with decision (and reason, note), or undo"));
        }
        List<String> errors = new ArrayList<>();
        Map<String, String> fields = new java.util.HashMap<>();
        for (String name : body.propertyNames()) {
            JsonNode value = body.get(name);
            if (!FIELDS.contains(name)) {
                errors.add((name.length() > 40 ? name.substring(0, 40) + "\u2026" : name) + ": unknown field; send decision, reason, note or undo");
            } else if (!value.isNull() && !value.isString()) {
                errors.add(name + ": must be text");
            } else if (!value.isNull()) {
                fields.put(name, value.asString());
            }
        }
        if (fields.containsKey("undo") && fields.containsKey("decision")) {
            errors.add("undo: send either decision or undo, not both");
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "The request is invalid: " + errors.size() + " problem(s).", errors);
        }
        return fields;
    }

    private static ApiProblem problem(DecisionRefused e) {
        HttpStatus status = switch (e.why()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        return new ApiProblem(status, e.getMessage(), e.problems());
    }
}
