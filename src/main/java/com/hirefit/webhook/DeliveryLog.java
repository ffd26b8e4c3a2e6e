package com.hirefit.webhook;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * What became of each delivery the intake took, duplicates included: its vendor, event type, outcome, HireFit job and
 * time. Nothing that identifies a person is kept here (no application id, no candidate, no payload), so the
 * administrator's view of the integrations shows none; the names of the candidate fields a delivery left out unread
 * are field names, never values. Deliveries refused before the intake (a bad signature, a
 * payload that cannot be read) are not recorded: an unsigned request writes nothing to the database.
 */
@Repository
public class DeliveryLog {
    /** The vendors HireFit takes webhooks from, in the order the workspace lists them. */
    public static final List<String> VENDORS = List.of(GreenhousePayloads.SOURCE, LeverPayloads.SOURCE, AshbyPayloads.SOURCE,
            StandardPayloads.SOURCE);
    /** The outcomes a delivery that reached the intake can have, in the order the workspace lists them. */
    public static final List<String> OUTCOMES = List.of(AtsIntake.IntakeResult.SCREENED, AtsIntake.IntakeResult.DUPLICATE,
            AtsIntake.IntakeResult.UNMAPPED_JOB, AtsIntake.IntakeResult.REJECTED, AtsIntake.IntakeResult.IGNORED);
    private final JdbcClient db;
    private final JsonMapper json;

    DeliveryLog(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** One delivery as the administrator sees it, with the names of the candidate fields it left out unread. */
    public record Entry(String source, String action, String outcome, String jobId, List<String> droppedFields, Instant receivedAt) {
    }

    void record(String source, String action, String outcome, String jobId, List<String> droppedFields, Instant at) {
        db.sql("INSERT INTO webhook_outcome (source, action, outcome, job_id, dropped_fields, received_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(source, action, outcome, jobId, names(json, droppedFields), at.atOffset(ZoneOffset.UTC)).update();
    }

    /** The latest deliveries of one vendor, newest first. */
    public List<Entry> recent(String source, int limit) {
        return db.sql("SELECT source, action, outcome, job_id, dropped_fields, received_at FROM webhook_outcome WHERE source = ?"
                        + " ORDER BY outcome_seq DESC LIMIT ?")
                .params(source, limit)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        names(json, rs.getString(5)), rs.getObject(6, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** A list of field names as stored: JSON, or null for none. */
    static String names(JsonMapper json, List<String> names) {
        return names.isEmpty() ? null : json.writeValueAsString(names);
    }

    static List<String> names(JsonMapper json, String stored) {
        return stored == null ? List.of() : List.of(json.readValue(stored, String[].class));
    }

    /** How many deliveries of each vendor had each outcome since a time, by vendor then outcome (names in order). */
    public Map<String, Map<String, Long>> counts(Instant since) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        db.sql("SELECT source, outcome, COUNT(*) FROM webhook_outcome WHERE received_at >= ? GROUP BY source, outcome")
                .param(since.atOffset(ZoneOffset.UTC))
                .query((java.sql.ResultSet rs) -> {
                    counts.computeIfAbsent(rs.getString(1), s -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        return counts;
    }
}
