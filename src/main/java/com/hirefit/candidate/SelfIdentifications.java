package com.hirefit.candidate;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Repository;

/**
 * The self-identification store: a table of its own in the personal data store ({@link PersonalData}), so that erasing a
 * candidate erases it from the disk too ({@link PersonStore#erase}). Nothing here is given to a rule, written into a
 * result or an export, or logged; the adverse-impact audit is its only reader, and it publishes counts.
 */
@Repository
public class SelfIdentifications {
    private final PersonalData data;
    private final Clock clock;

    SelfIdentifications(PersonalData data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    /** Keeps these answers, each replacing an earlier one for the same Candidate ID; returns how many were kept. */
    public int save(Collection<SelfIdentification> answers, String source) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        return data.use(db -> {
            int saved = 0;
            for (SelfIdentification answer : answers) {
                db.sql("DELETE FROM self_identification WHERE candidate_id = ?").param(answer.candidateId()).update();
                saved += db.sql("INSERT INTO self_identification (candidate_id, sex, race_ethnicity, source, recorded_at)"
                                + " VALUES (?, ?, ?, ?, ?)")
                        .params(answer.candidateId(), answer.sex() == null ? null : answer.sex().name(),
                                answer.raceEthnicity() == null ? null : answer.raceEthnicity().name(), source, now)
                        .update();
            }
            return saved;
        });
    }

    /** How many candidates have an answer on file. */
    public long count() {
        return data.use(db -> db.sql("SELECT COUNT(*) FROM self_identification").query(Long.class).single());
    }

    /**
     * Every answer by Candidate ID, for the audit to count (never to show one person's answer). The whole table at once:
     * two short codes per candidate.
     */
    public Map<String, SelfIdentification> all() {
        Map<String, SelfIdentification> all = new HashMap<>();
        data.use(db -> {
            db.sql("SELECT candidate_id, sex, race_ethnicity FROM self_identification").query(rs -> {
                String sex = rs.getString(2);
                String race = rs.getString(3);
                all.put(rs.getString(1), new SelfIdentification(rs.getString(1), sex == null ? null : Sex.valueOf(sex),
                        race == null ? null : RaceEthnicity.valueOf(race)));
            });
            return null;
        });
        return all;
    }

    /** The Candidate IDs whose answers were recorded before a time (for the retention purge). */
    public java.util.List<String> recordedBefore(java.time.Instant cutoff) {
        return data.use(db -> db.sql("SELECT candidate_id FROM self_identification WHERE recorded_at < ?")
                .param(cutoff.atOffset(ZoneOffset.UTC)).query(String.class).list());
    }
}
