package com.hirefit.decision;

import com.hirefit.vocabulary.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a decision must satisfy before it is recorded, and what a trail of decisions and undos adds up to. Plain code
 * (no Spring, no database): the same checks serve the workspace, the API and decisions over a filtered set.
 * <ul>
 *   <li>A decision that does not follow the recommendation ({@link Decision#follows}) needs a reason from
 *       {@link OverrideReason}; OTHER needs a note too. A decision that follows may carry a reason and a note.</li>
 *   <li>A note is the recruiter's own words: at most {@value #MAX_NOTE_LENGTH} characters, no control characters
 *       but line breaks and tabs. It is stored, shown to the workspace and the API, and never logged or quoted in a
 *       refusal.</li>
 *   <li>An undo names the decision it undoes, which must be the one standing; the decision before it (if any)
 *       stands again. Nothing is removed from the trail.</li>
 * </ul>
 */
public final class DecisionRules {
    public static final int MAX_NOTE_LENGTH = 1000;

    private DecisionRules() {
    }

    /** A decision that may be recorded on one recommendation. */
    public record Checked(Decision decision, boolean override, OverrideReason reason, String note) {
    }

    /** One candidate of a decision over a filtered set: its recommendation and the decision standing on it, if any. */
    public record Target(String assessmentId, Verdict verdict, Decision standing) {
    }

    /** A decision over a filtered set, checked: the candidates it will be recorded on, and how many of them it overrides. */
    public record Bulk(Decision decision, OverrideReason reason, String note, List<Target> targets, int overrides, int skipped) {
    }

    /** Checks a decision on one recommendation; every problem is named at once. */
    public static Checked check(String decision, String reason, String note, Verdict recommendation) {
        Form form = Form.read(decision, reason, note);
        boolean override = form.decision != null && !form.decision.follows(recommendation);
        if (override && form.reason == null && form.reasonGiven == null) {
            form.problems.add("reason: required when the decision goes against the recommendation (" + form.decision
                    + " does not follow " + recommendation + "; " + Decision.following(recommendation) + " does); one of "
                    + OverrideReason.names());
        }
        form.refuseIfAnyProblem();
        return new Checked(form.decision, override, form.reason, form.note);
    }

    /**
     * Checks one decision over a filtered set. With {@code undecidedOnly}, candidates who already have a standing
     * decision are left as they are (counted as skipped). When the decision goes against the recommendation of any
     * candidate it is recorded on, the one reason is required.
     */
    public static Bulk checkBulk(String decision, String reason, String note, boolean undecidedOnly, List<Target> targets) {
        Form form = Form.read(decision, reason, note);
        List<Target> chosen = targets.stream().filter(t -> !undecidedOnly || t.standing() == null).toList();
        int overrides = form.decision == null ? 0 : (int) chosen.stream().filter(t -> !form.decision.follows(t.verdict())).count();
        if (overrides > 0 && form.reason == null && form.reasonGiven == null) {
            form.problems.add("reason: required: " + form.decision + " goes against the recommendation of " + overrides + " of these "
                    + chosen.size() + " candidates; one of " + OverrideReason.names());
        }
        if (form.decision != null && chosen.isEmpty()) {
            form.problems.add("candidates: no candidate is left to decide on" + (undecidedOnly && !targets.isEmpty()
                    ? " (every one of them already has a decision)" : ""));
        }
        form.refuseIfAnyProblem();
        return new Bulk(form.decision, form.reason, form.note, chosen, overrides, targets.size() - chosen.size());
    }

    /** The decision standing after a trail of events (oldest first): the latest decision not undone, if any. */
    public static Optional<DecisionEvent> standing(List<DecisionEvent> trail) {
        Map<String, DecisionEvent> live = new LinkedHashMap<>();
        for (DecisionEvent event : trail) {
            if (event.isUndo()) {
                live.remove(event.undoes());
            } else {
                live.put(event.eventId(), event);
            }
        }
        return live.values().stream().reduce((first, second) -> second);
    }

    /** The standing decision an undo takes back; refused unless {@code eventId} names it. */
    public static DecisionEvent checkUndo(String eventId, List<DecisionEvent> trail) {
        if (eventId == null || eventId.isBlank()) {
            throw DecisionRefused.invalid(List.of("undo: required, the eventId of the decision to undo"));
        }
        DecisionEvent standing = standing(trail).orElseThrow(() ->
                DecisionRefused.conflict("undo: there is no decision on this assessment to undo"));
        if (!standing.eventId().equals(eventId.strip())) {
            throw DecisionRefused.conflict("undo: that decision is not the one standing now (it was undone or replaced);"
                    + " reload and try again");
        }
        return standing;
    }

    /** The raw fields of a decision, read and checked for what does not depend on the recommendation. */
    private static final class Form {
        final List<String> problems = new ArrayList<>();
        Decision decision;
        OverrideReason reason;
        /** The reason as sent when it names no reason code (so a missing reason is not reported twice). */
        String reasonGiven;
        String note;

        static Form read(String decision, String reason, String note) {
            Form form = new Form();
            if (decision == null || decision.isBlank()) {
                form.problems.add("decision: required, one of " + Decision.names());
            } else {
                form.decision = parse(Decision.class, decision);
                if (form.decision == null) {
                    form.problems.add("decision: must be one of " + Decision.names());
                }
            }
            if (reason != null && !reason.isBlank()) {
                form.reason = parse(OverrideReason.class, reason);
                if (form.reason == null) {
                    form.reasonGiven = reason;
                    form.problems.add("reason: must be one of " + OverrideReason.names());
                }
            }
            form.note = note == null || note.isBlank() ? null : note.strip();
            if (form.note != null && form.note.length() > MAX_NOTE_LENGTH) {
                form.problems.add("note: at most " + MAX_NOTE_LENGTH + " characters");
            } else if (form.note != null && form.note.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                form.problems.add("note: control characters other than line breaks and tabs are not allowed");
            }
            if (form.reason == OverrideReason.OTHER && form.note == null) {
                form.problems.add("note: required when the reason is OTHER: say why in a few words");
            }
            return form;
        }

        void refuseIfAnyProblem() {
            if (!problems.isEmpty()) {
                throw DecisionRefused.invalid(problems);
            }
        }

        private static <E extends Enum<E>> E parse(Class<E> type, String text) {
            try {
                return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
