package com.hirefit.fairness;

import com.hirefit.candidate.PersonStore;
import com.hirefit.candidate.SelfIdentifications;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention as configured ({@link ComplianceSettings.Retention}), run on a schedule: a candidate's personal data (and
 * self-identification with it) goes once their last decision, or their last assessment when no one decided, is older
 * than the personal-data period; self-identification of a candidate never assessed goes that long after it was
 * recorded; decision records (assessments, their decisions, and screenings) go once older than the decision-record
 * period. Logs counts only, never an id.
 */
@Component
public class RetentionPurge implements SchedulingConfigurer {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurge.class);
    private final JdbcClient db;
    private final PersonStore persons;
    private final SelfIdentifications answers;
    private final ComplianceSettings.Retention retention;
    private final Clock clock;
    private final TransactionTemplate transaction;

    RetentionPurge(JdbcClient db, PersonStore persons, SelfIdentifications answers, ComplianceSettings settings, Clock clock,
                   TransactionTemplate transaction) {
        this.db = db;
        this.persons = persons;
        this.answers = answers;
        this.retention = settings.retention();
        this.clock = clock;
        this.transaction = transaction;
    }

    /** What one purge removed. */
    public record Counts(int candidatesErased, int assessments, int decisionEvents, int screenings) {
    }

    /** On {@code purgeCron}, UTC: the schedule's one source is the settings record. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addCronTask(new CronTask(this::purge, new CronTrigger(retention.purgeCron(), ZoneOffset.UTC)));
    }

    public Counts purge() {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        Instant personalCutoff = now.minus(retention.personalData()).toInstant();
        OffsetDateTime recordsCutoff = now.minus(retention.decisionRecords());

        Map<String, Instant> lastActivity = new HashMap<>();
        db.sql("SELECT a.candidate_id, MAX(a.created_at), MAX(e.decided_at) FROM assessment a"
                + " LEFT JOIN decision_event e ON e.assessment_id = a.assessment_id GROUP BY a.candidate_id").query(rs -> {
                    Instant assessed = rs.getObject(2, OffsetDateTime.class).toInstant();
                    OffsetDateTime decided = rs.getObject(3, OffsetDateTime.class);
                    lastActivity.put(rs.getString(1), decided != null && decided.toInstant().isAfter(assessed) ? decided.toInstant() : assessed);
                });
        TreeSet<String> expired = new TreeSet<>();
        lastActivity.forEach((id, last) -> {
            if (last.isBefore(personalCutoff)) {
                expired.add(id);
            }
        });
        answers.recordedBefore(personalCutoff).stream().filter(id -> !lastActivity.containsKey(id)).forEach(expired::add);
        int erased = persons.eraseAll(expired);

        Counts counts = transaction.execute(status -> {
            List<String> old = db.sql("SELECT a.assessment_id FROM assessment a WHERE a.created_at < ? AND NOT EXISTS"
                            + " (SELECT 1 FROM decision_event e WHERE e.assessment_id = a.assessment_id AND e.decided_at >= ?)")
                    .params(recordsCutoff, recordsCutoff).query(String.class).list();
            int events = 0;
            int assessments = 0;
            for (List<String> batch : batches(old)) {
                String in = " IN (" + "?, ".repeat(batch.size() - 1) + "?)";
                db.sql("DELETE FROM decision_rule WHERE assessment_id" + in).params(batch).update();
                db.sql("DELETE FROM assessment_decision WHERE assessment_id" + in).params(batch).update();
                events += db.sql("DELETE FROM decision_event WHERE assessment_id" + in).params(batch).update();
                db.sql("DELETE FROM assessment_code WHERE assessment_id" + in).params(batch).update();
                assessments += db.sql("DELETE FROM assessment WHERE assessment_id" + in).params(batch).update();
            }
            int screenings = db.sql("DELETE FROM screening WHERE created_at < ? AND NOT EXISTS"
                    + " (SELECT 1 FROM assessment a WHERE a.screening_id = screening.screening_id)").param(recordsCutoff).update();
            return new Counts(erased, assessments, events, screenings);
        });
        LOG.info("retention purge: personal data of {} candidate(s) erased; {} assessment(s), {} decision event(s) and {}"
                + " screening(s) past their retention deleted", counts.candidatesErased(), counts.assessments(),
                counts.decisionEvents(), counts.screenings());
        return counts;
    }

    private static List<List<String>> batches(List<String> ids) {
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            batches.add(ids.subList(i, Math.min(ids.size(), i + 500)));
        }
        return batches;
    }
}
