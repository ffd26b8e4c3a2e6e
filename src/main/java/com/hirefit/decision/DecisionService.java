package com.hirefit.decision;

import com.hirefit.screening.AssessmentStore;
import com.hirefit.screening.FiredRule;
import com.hirefit.vocabulary.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recording decisions on HireFit's recommendations, one at a time or over a filtered set, and undoing them. Each change
 * runs in one transaction with the assessments' rows locked, so two recruiters deciding on the same candidate at once
 * are recorded one after the other, and an undo can only take back the decision standing at that moment. The trail
 * only grows: an undo is an event of its own.
 */
@Service
public class DecisionService {
    /** Rule names longer than decision_rule keeps are not counted in the override rates (no rule is named that long). */
    private static final int MAX_RULE_NAME = 1000;
    private final DecisionStore store;
    private final AssessmentStore assessments;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DecisionSettings settings;

    DecisionService(DecisionStore store, AssessmentStore assessments, TransactionTemplate transaction, Clock clock,
                    DecisionSettings settings) {
        this.store = store;
        this.assessments = assessments;
        this.transaction = transaction;
        this.clock = clock;
        this.settings = settings;
    }

    /** Who decides: a workspace user name or an API key's name, and the channel ({@link DecisionEvent#WORKSPACE} or API). */
    public record Actor(String name, String via) {
    }

    /** An assessment's recommendation with its decision trail, oldest first. */
    public record Trail(String assessmentId, String candidateId, Verdict verdict, String rulesVersion, List<DecisionEvent> events) {
        public Optional<DecisionEvent> standing() {
            return DecisionRules.standing(events);
        }

        /** The decision that would follow the recommendation. */
        public Decision followedBy() {
            return Decision.following(verdict);
        }
    }

    /** What a decision over a filtered set did: the events recorded (sharing one batch id) and the candidates left as they were. */
    public record BulkResult(String batchId, int decided, int overrides, int skipped) {
    }

    /** What undoing a decision over a filtered set did: how many were undone, and how many had been replaced since. */
    public record BulkUndo(int undone, int replaced) {
    }

    public int maxBulk() {
        return settings.maxBulk();
    }

    public Optional<Trail> trail(String assessmentId) {
        return store.recommendation(assessmentId).map(r -> new Trail(r.assessmentId(), r.candidateId(), r.verdict(), r.rulesVersion(),
                store.trail(assessmentId)));
    }

    /** The decision standing on each of these assessments that has one. */
    public Map<String, Standing> standing(Collection<String> assessmentIds) {
        return store.standing(assessmentIds);
    }

    /** For each rule that concluded something in a decided assessment: how often the decision overrides the recommendation. */
    public List<RuleOverrides> overridesByRule() {
        return store.overridesByRule();
    }

    /** How many assessments have a standing decision, and how many of those go against the recommendation. */
    public Decided decidedCount() {
        return store.decided();
    }

    /** How many decisions (undos not counted) were recorded on the assessments of a candidate id. */
    public long decisionsOnCandidate(String candidateId) {
        return store.decisionsOnCandidate(candidateId);
    }

    /**
     * Records one decision.
     *
     * @throws DecisionRefused NOT_FOUND for no such assessment; INVALID naming each field at fault
     */
    public DecisionEvent decide(String assessmentId, String decision, String reason, String note, Actor actor) {
        return transaction.execute(status -> {
            DecisionStore.Recommendation r = store.lock(assessmentId).orElseThrow(() -> DecisionRefused.notFound("assessment " + assessmentId));
            DecisionRules.Checked checked = DecisionRules.check(decision, reason, note, r.verdict());
            DecisionEvent event = decision(r, checked.decision(), checked.override(), checked.reason(), checked.note(), null, actor, clock.instant());
            record(List.of(event));
            return event;
        });
    }

    /**
     * Takes back the decision standing on an assessment, which {@code eventId} must name; the one before it stands again.
     *
     * @throws DecisionRefused NOT_FOUND for no such assessment; CONFLICT when that decision no longer stands
     */
    public DecisionEvent undo(String assessmentId, String eventId, Actor actor) {
        return transaction.execute(status -> {
            DecisionStore.Recommendation r = store.lock(assessmentId).orElseThrow(() -> DecisionRefused.notFound("assessment " + assessmentId));
            List<DecisionEvent> trail = new ArrayList<>(store.trail(assessmentId));
            DecisionEvent undo = undoEvent(DecisionRules.checkUndo(eventId, trail), actor, clock.instant());
            store.append(List.of(undo));
            trail.add(undo);
            Map<String, DecisionEvent> standing = new LinkedHashMap<>();
            standing.put(assessmentId, DecisionRules.standing(trail).orElse(null));
            store.stand(standing);
            return undo;
        });
    }

    /** Checks a decision over these candidates without recording it: what it would do. */
    public DecisionRules.Bulk preview(List<DecisionRules.Target> candidates, String decision, String reason, String note,
                                      boolean undecidedOnly) {
        refuseOverTheCap(candidates.size());
        return DecisionRules.checkBulk(decision, reason, note, undecidedOnly, withStanding(candidates));
    }

    /**
     * Records one decision, with one reason, on each of these assessments (with {@code undecidedOnly}, on those without a
     * standing decision). Checked again under the locks: what stands now counts, not what the preview saw.
     */
    public BulkResult decideAll(Collection<String> assessmentIds, String decision, String reason, String note, boolean undecidedOnly,
                                Actor actor) {
        refuseOverTheCap(assessmentIds.size());
        return transaction.execute(status -> {
            Map<String, DecisionStore.Recommendation> locked = assessmentIds.isEmpty() ? Map.of() : store.lockAll(assessmentIds);
            List<DecisionRules.Target> targets = withStanding(locked.values().stream()
                    .map(r -> new DecisionRules.Target(r.assessmentId(), r.verdict(), null)).toList());
            DecisionRules.Bulk bulk = DecisionRules.checkBulk(decision, reason, note, undecidedOnly, targets);
            String batchId = UUID.randomUUID().toString();
            Instant now = clock.instant();
            List<DecisionEvent> events = bulk.targets().stream().map(t -> decision(locked.get(t.assessmentId()), bulk.decision(),
                    !bulk.decision().follows(t.verdict()), bulk.reason(), bulk.note(), batchId, actor, now)).toList();
            record(events);
            return new BulkResult(batchId, events.size(), bulk.overrides(), bulk.skipped() + assessmentIds.size() - locked.size());
        });
    }

    /** Takes back the decisions of one decision over a filtered set that still stand; those decided again since are left. */
    public BulkUndo undoBatch(String batchId, Actor actor) {
        return transaction.execute(status -> {
            List<DecisionEvent> decided = batchId == null ? List.of() : store.batch(batchId);
            if (decided.isEmpty()) {
                throw DecisionRefused.notFound("decisions " + batchId);
            }
            store.lockAll(decided.stream().map(DecisionEvent::assessmentId).toList());
            Instant now = clock.instant();
            List<DecisionEvent> undos = new ArrayList<>();
            Map<String, DecisionEvent> standing = new LinkedHashMap<>();
            for (DecisionEvent event : decided) {
                List<DecisionEvent> trail = new ArrayList<>(store.trail(event.assessmentId()));
                if (DecisionRules.standing(trail).filter(s -> s.eventId().equals(event.eventId())).isPresent()) {
                    DecisionEvent undo = undoEvent(event, actor, now);
                    undos.add(undo);
                    trail.add(undo);
                    standing.put(event.assessmentId(), DecisionRules.standing(trail).orElse(null));
                }
            }
            store.append(undos);
            store.stand(standing);
            return new BulkUndo(undos.size(), decided.size() - undos.size());
        });
    }

    private void refuseOverTheCap(int count) {
        if (count > settings.maxBulk()) {
            throw DecisionRefused.invalid(List.of("candidates: " + count + " match; a decision over a filtered set takes at most "
                    + settings.maxBulk() + " (hirefit.decisions.max-bulk): narrow the filters"));
        }
    }

    private List<DecisionRules.Target> withStanding(List<DecisionRules.Target> candidates) {
        Map<String, Standing> standing = candidates.isEmpty() ? Map.of()
                : store.standing(candidates.stream().map(DecisionRules.Target::assessmentId).toList());
        return candidates.stream().map(t -> new DecisionRules.Target(t.assessmentId(), t.verdict(),
                standing.containsKey(t.assessmentId()) ? standing.get(t.assessmentId()).decision() : null)).toList();
    }

    /** Appends new decisions (never undos) and makes each the one standing on its assessment. */
    private void record(List<DecisionEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<String> ids = events.stream().map(DecisionEvent::assessmentId).toList();
        Set<String> decidedBefore = store.everDecided(ids);
        Map<String, Set<String>> firsts = new LinkedHashMap<>();
        ids.stream().filter(id -> !decidedBefore.contains(id)).forEach(id -> firsts.put(id, concludingRules(id)));
        if (!firsts.isEmpty()) {
            store.firstDecisions(firsts);
        }
        store.append(events);
        Map<String, DecisionEvent> standing = new LinkedHashMap<>();
        events.forEach(e -> standing.put(e.assessmentId(), e));
        store.stand(standing);
    }

    /** The rules that concluded something (a code) in an assessment: the conclusions a decision follows or overrides. */
    private Set<String> concludingRules(String assessmentId) {
        Set<String> rules = new LinkedHashSet<>();
        assessments.get(assessmentId).ifPresent(stored -> stored.assessment().firedRules().stream()
                .filter(f -> f.code() != null).map(FiredRule::rule).filter(name -> name.length() <= MAX_RULE_NAME).forEach(rules::add));
        return rules;
    }

    private static DecisionEvent decision(DecisionStore.Recommendation r, Decision decision, boolean override, OverrideReason reason,
                                          String note, String batchId, Actor actor, Instant at) {
        return new DecisionEvent(UUID.randomUUID().toString(), r.assessmentId(), DecisionEvent.Kind.DECISION, decision, r.verdict(),
                r.rulesVersion(), override, reason, note, null, batchId, actor.name(), actor.via(), at);
    }

    private static DecisionEvent undoEvent(DecisionEvent undone, Actor actor, Instant at) {
        return new DecisionEvent(UUID.randomUUID().toString(), undone.assessmentId(), DecisionEvent.Kind.UNDO, undone.decision(),
                undone.verdict(), undone.rulesVersion(), undone.override(), null, null, undone.eventId(), undone.batchId(), actor.name(),
                actor.via(), at);
    }
}
