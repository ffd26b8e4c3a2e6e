package com.hirefit.fairness;

import com.hirefit.candidate.SelfIdentification;
import com.hirefit.candidate.SelfIdentifications;
import com.hirefit.screening.CandidateAssessment;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The historical data of an audit (6 RCNY §5-300: the employer's own use of the tool): the latest assessment of each
 * candidate for each job in the period, joined here, and only here, with the self-identification answers. What
 * leaves is {@link AuditRecord}s, which carry no Candidate ID.
 */
@Repository
public class AuditData {
    private final JdbcClient db;
    private final JsonMapper json;
    private final SelfIdentifications answers;
    private final Decisions decisions;

    AuditData(JdbcClient db, JsonMapper json, SelfIdentifications answers, Decisions decisions) {
        this.db = db;
        this.json = json;
        this.answers = answers;
        this.decisions = decisions;
    }

    /** The applicants in scope and the rules versions that assessed them. */
    public record Gathered(List<AuditRecord> records, List<String> rulesVersions) {
    }

    /** One assessment as read, before the join. */
    private record Assessed(String assessmentId, String candidateId, String jobId, String rulesVersion, AuditRecord record) {
    }

    /**
     * @param jobId one job, or null for all
     * @param from first day, inclusive (UTC)
     * @param to last day, inclusive (UTC)
     */
    public Gathered gather(String jobId, LocalDate from, LocalDate to) {
        Map<String, Assessed> latest = new LinkedHashMap<>();
        String sql = "SELECT assessment_id, candidate_id, job_id, rules_version, result FROM assessment"
                + " WHERE created_at >= ? AND created_at < ?" + (jobId == null ? "" : " AND job_id = ?")
                + " ORDER BY created_at, assessment_id";
        List<Object> params = new ArrayList<>(List.of(start(from), start(to.plusDays(1))));
        if (jobId != null) {
            params.add(jobId);
        }
        db.sql(sql).params(params).query(rs -> {
            CandidateAssessment a = json.readValue(rs.getString(5), CandidateAssessment.class);
            String candidateId = rs.getString(2);
            String job = rs.getString(3);
            // the same candidate for the same job again (re-uploaded, re-sent): the latest assessment counts, once
            latest.remove(job + "\u0000" + candidateId);
            latest.put(job + "\u0000" + candidateId, new Assessed(rs.getString(1), candidateId, job, rs.getString(4),
                    new AuditRecord(job, null, null, a.verdict(), a.roleScores().values().stream().mapToInt(Integer::intValue)
                            .max().orElse(0), AuditRecord.hitsOf(a), null, false, null)));
        });
        Map<String, SelfIdentification> selfIds = latest.isEmpty() ? Map.of() : answers.all();
        Map<String, Decisions.Standing> standing = latest.isEmpty() ? Map.of() : decisions.standing(jobId, from, to);
        List<AuditRecord> records = new ArrayList<>(latest.size());
        TreeSet<String> versions = new TreeSet<>();
        for (Assessed assessed : latest.values()) {
            SelfIdentification answer = selfIds.get(assessed.candidateId());
            Decisions.Standing decision = standing.get(assessed.assessmentId());
            AuditRecord r = assessed.record();
            records.add(new AuditRecord(r.jobId(), answer == null ? null : answer.sex(), answer == null ? null : answer.raceEthnicity(),
                    r.verdict(), r.score(), r.rules(), decision == null ? null : decision.decision(),
                    decision != null && decision.override(), decision == null ? null : decision.decidedAs()));
            versions.add(assessed.rulesVersion());
        }
        return new Gathered(Collections.unmodifiableList(records), List.copyOf(versions));
    }

    /** The day the tool was first used (for a job, or at all): its first stored assessment. */
    public Optional<LocalDate> firstUse(String jobId) {
        return db.sql("SELECT MIN(created_at) FROM assessment" + (jobId == null ? "" : " WHERE job_id = ?"))
                .params(jobId == null ? List.of() : List.of(jobId))
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))).single()
                .map(at -> at.toLocalDate());
    }

    static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
