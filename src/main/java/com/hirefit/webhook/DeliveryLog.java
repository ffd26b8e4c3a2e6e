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

/**
 * What became of each delivery the intake took, duplicates included: its vendor, event type, outcome, HireFit job and
 * time. Nothing that identifies a person is kept here (no application id, no candidate, no payload), so the
 * administrator's view of the integrations shows none. Deliveries refused before the intake (a bad signature, a
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

    DeliveryLog(JdbcClient db) {
        this.db = db;
    }

    /** One delivery as the administrator sees it. */
    public record Entry(String source, String action, String outcome, String jobId, Instant receivedAt) {
    }

    void record(String source, String action, String outcome, String jobId, Instant at) {
        db.sql("INSERT INTO webhook_outcome (source, action, outcome, job_id, received_at) VALUES (?, ?, ?, ?, ?)")
                .params(source, action, outcome, jobId, at.atOffset(ZoneOffset.UTC)).update();
    }

    /** The latest deliveries of one vendor, newest first. */
    public List<Entry> recent(String source, int limit) {
        return db.sql("SELECT source, action, outcome, job_id, received_at FROM webhook_outcome WHERE source = ?"
                        + " ORDER BY outcome_seq DESC LIMIT ?")
                .params(source, limit)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
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
