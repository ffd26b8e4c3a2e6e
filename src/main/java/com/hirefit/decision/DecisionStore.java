package com.hirefit.decision;

import com.hirefit.vocabulary.Verdict;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The decision trail (decision_event: inserted, never updated or deleted), the decision standing on each decided
 * assessment (assessment_decision, kept in step with the trail), and the rules that concluded something in each
 * decided assessment (decision_rule), for the override rate of each rule.
 */
@Repository
class DecisionStore {
    private static final String EVENT_COLUMNS = "event_id, assessment_id, kind, decision, verdict, rules_version, is_override, reason,"
            + " note, undoes, batch_id, decided_by, via, decided_at";
    private final JdbcClient db;
    private final JdbcTemplate batch;

    DecisionStore(JdbcClient db, JdbcTemplate batch) {
        this.db = db;
        this.batch = batch;
    }

    /** The recommendation an assessment carries. */
    record Recommendation(String assessmentId, String candidateId, Verdict verdict, String rulesVersion) {
    }

    /** The assessment's recommendation, its row locked until the transaction ends, so its decisions happen one at a time. */
    Optional<Recommendation> lock(String assessmentId) {
        return db.sql("SELECT assessment_id, candidate_id, verdict, rules_version FROM assessment WHERE assessment_id = ? FOR UPDATE")
                .param(assessmentId).query(DecisionStore::recommendation).optional();
    }

    Optional<Recommendation> recommendation(String assessmentId) {
        return db.sql("SELECT assessment_id, candidate_id, verdict, rules_version FROM assessment WHERE assessment_id = ?")
                .param(assessmentId).query(DecisionStore::recommendation).optional();
    }

    private static Recommendation recommendation(ResultSet rs, int n) throws SQLException {
        return new Recommendation(rs.getString(1), rs.getString(2), Verdict.valueOf(rs.getString(3)), rs.getString(4));
    }

    /** The trail of one assessment, oldest first. */
    List<DecisionEvent> trail(String assessmentId) {
        return db.sql("SELECT " + EVENT_COLUMNS + " FROM decision_event WHERE assessment_id = ? ORDER BY event_seq")
                .param(assessmentId).query(DecisionStore::event).list();
    }

    /** The events of one decision over a filtered set, oldest first. */
    List<DecisionEvent> batch(String batchId) {
        return db.sql("SELECT " + EVENT_COLUMNS + " FROM decision_event WHERE batch_id = ? AND kind = 'DECISION' ORDER BY event_seq")
                .param(batchId).query(DecisionStore::event).list();
    }

    void append(List<DecisionEvent> events) {
        batch.batchUpdate("INSERT INTO decision_event (" + EVENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                events.stream().map(e -> new Object[] {e.eventId(), e.assessmentId(), e.kind().name(), e.decision().name(),
                        e.verdict().name(), e.rulesVersion(), e.override(), e.reason() == null ? null : e.reason().name(), e.note(),
                        e.undoes(), e.batchId(), e.decidedBy(), e.via(), e.decidedAt().atOffset(ZoneOffset.UTC)}).toList());
    }

    /** Of these assessments, the ones decided before (their standing row and their rules are written at the first decision). */
    Set<String> everDecided(Collection<String> assessmentIds) {
        Set<String> decided = new HashSet<>();
        db.sql("SELECT assessment_id FROM assessment_decision WHERE assessment_id IN (" + marks(assessmentIds.size()) + ")")
                .params(List.copyOf(assessmentIds)).query((ResultSet rs) -> {
                    decided.add(rs.getString(1));
                });
        return decided;
    }

    /** Locks these assessments' rows until the transaction ends (in one order, so two bulk decisions cannot deadlock). */
    Map<String, Recommendation> lockAll(Collection<String> assessmentIds) {
        Map<String, Recommendation> locked = new HashMap<>();
        db.sql("SELECT assessment_id, candidate_id, verdict, rules_version FROM assessment WHERE assessment_id IN ("
                        + marks(assessmentIds.size()) + ") ORDER BY assessment_id FOR UPDATE")
                .params(List.copyOf(assessmentIds)).query(DecisionStore::recommendation).list()
                .forEach(r -> locked.put(r.assessmentId(), r));
        return locked;
    }

    /** First decisions: each assessment's standing row, and the rules that concluded something in it. */
    void firstDecisions(Map<String, ? extends Collection<String>> concludingRules) {
        batch.batchUpdate("INSERT INTO assessment_decision (assessment_id) VALUES (?)",
                concludingRules.keySet().stream().map(id -> new Object[] {id}).toList());
        batch.batchUpdate("INSERT INTO decision_rule (assessment_id, rule_name) VALUES (?, ?)", concludingRules.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(rule -> new Object[] {e.getKey(), rule})).toList());
    }

    /** The decision standing on each assessment after its events (a null value: none stands). */
    void stand(Map<String, DecisionEvent> standing) {
        batch.batchUpdate("UPDATE assessment_decision SET event_id = ?, decision = ?, is_override = ? WHERE assessment_id = ?",
                standing.entrySet().stream().map(e -> {
                    DecisionEvent s = e.getValue();
                    return new Object[] {s == null ? null : s.eventId(), s == null ? null : s.decision().name(),
                            s == null ? null : s.override(), e.getKey()};
                }).toList());
    }

    /** The decision standing on each of these assessments that has one. */
    Map<String, Standing> standing(Collection<String> assessmentIds) {
        if (assessmentIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Standing> standing = new HashMap<>();
        db.sql("SELECT d.assessment_id, d.decision, d.is_override, e.decided_by, e.decided_at FROM assessment_decision d"
                        + " JOIN decision_event e ON e.event_id = d.event_id WHERE d.decision IS NOT NULL AND d.assessment_id IN (" + marks(assessmentIds.size()) + ")")
                .params(List.copyOf(assessmentIds))
                .query((ResultSet rs) -> {
                    standing.put(rs.getString(1), new Standing(Decision.valueOf(rs.getString(2)), rs.getBoolean(3), rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class).toInstant()));
                });
        return standing;
    }

    /** For each rule that concluded something in an assessment with a standing decision: how many, and how many overridden. */
    List<RuleOverrides> overridesByRule() {
        return db.sql("SELECT r.rule_name, COUNT(*), SUM(CASE WHEN d.is_override THEN 1 ELSE 0 END) FROM assessment_decision d"
                        + " JOIN decision_rule r ON r.assessment_id = d.assessment_id WHERE d.decision IS NOT NULL GROUP BY r.rule_name")
                .query((rs, n) -> new RuleOverrides(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    long decisionsOnCandidate(String candidateId) {
        return db.sql("SELECT COUNT(*) FROM decision_event e JOIN assessment a ON a.assessment_id = e.assessment_id"
                        + " WHERE a.candidate_id = ? AND e.kind = 'DECISION'")
                .param(candidateId).query(Long.class).single();
    }

    Decided decided() {
        return db.sql("SELECT COUNT(*), COALESCE(SUM(CASE WHEN is_override THEN 1 ELSE 0 END), 0) FROM assessment_decision"
                        + " WHERE decision IS NOT NULL")
                .query((rs, n) -> new Decided(rs.getLong(1), rs.getLong(2))).single();
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static DecisionEvent event(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("reason");
        return new DecisionEvent(rs.getString("event_id"), rs.getString("assessment_id"), DecisionEvent.Kind.valueOf(rs.getString("kind")),
                Decision.valueOf(rs.getString("decision")), Verdict.valueOf(rs.getString("verdict")), rs.getString("rules_version"),
                rs.getBoolean("is_override"), reason == null ? null : OverrideReason.valueOf(reason), rs.getString("note"),
                rs.getString("undoes"), rs.getString("batch_id"), rs.getString("decided_by"), rs.getString("via"),
                rs.getObject("decided_at", OffsetDateTime.class).toInstant());
    }
}
