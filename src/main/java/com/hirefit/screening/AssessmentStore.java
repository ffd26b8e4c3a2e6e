package com.hirefit.screening;

import com.hirefit.candidate.PersonStore;
import com.hirefit.job.Job;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The decision records. Names never go into this table; they are looked up in the personal data store
 * ({@link PersonStore}), which may be another database.
 */
@Repository
public class AssessmentStore {
    private static final String SELECT = "SELECT assessment_id, person_id, candidate_id, screening_id, row_no, source, job_id,"
            + " job_snapshot, input_hash, rules_version, result, created_at FROM assessment";
    /** How many assessments of a screening get their names in one look-up. */
    private static final int NAME_BATCH = 500;
    private final JdbcClient db;
    private final JdbcTemplate batch;
    private final JsonMapper json;
    private final PersonStore persons;

    AssessmentStore(JdbcClient db, JdbcTemplate batch, JsonMapper json, PersonStore persons) {
        this.db = db;
        this.batch = batch;
        this.json = json;
        this.persons = persons;
    }

    /** An assessment as stored, with the key to its person's name. */
    private record Row(StoredAssessment stored, String personId) {
    }

    public void insert(StoredAssessment stored, String personId) {
        CandidateAssessment a = stored.assessment();
        CandidateAssessment anonymous = new CandidateAssessment(a.row(), a.candidateId(), null, a.verdict(), a.verdictReasons(),
                a.recommendedRole(), a.roleScores(), a.seniority(), a.greenFlags(), a.yellowFlags(), a.failureRisks(),
                a.compensation(), a.interviewFocus(), a.firedRules());
        ResultIndex index = ResultIndex.of(a);
        db.sql("INSERT INTO assessment (assessment_id, person_id, candidate_id, screening_id, row_no, source, job_id, job_snapshot,"
                        + " input_hash, rules_version, verdict, recommended_role, result, created_at, verdict_rank, seniority, pay_check)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(stored.assessmentId(), personId, stored.candidateId(), stored.screeningId(), stored.row(), stored.source(),
                        stored.jobId(), json.writeValueAsString(stored.jobSnapshot()), stored.inputHash(), stored.rulesVersion(),
                        a.verdict().name(), a.recommendedRole() == null ? null : a.recommendedRole().name(),
                        json.writeValueAsString(anonymous), stored.createdAt().atOffset(java.time.ZoneOffset.UTC),
                        index.verdictRank(), index.seniority(), index.payCheck())
                .update();
        if (!index.codes().isEmpty()) {
            batch.batchUpdate("INSERT INTO assessment_code (assessment_id, kind, code) VALUES (?, ?, ?)",
                    index.codes().stream().map(c -> new Object[] {stored.assessmentId(), c.kind().name(), c.code()}).toList());
        }
    }

    public Optional<StoredAssessment> get(String assessmentId) {
        return db.sql(SELECT + " WHERE assessment_id = ?").param(assessmentId).query(this::read).optional()
                .map(row -> named(row, persons.names(java.util.Collections.singleton(row.personId()))));
    }

    /** The resume facts an assessment was made on (JSON), while its person's data is kept. */
    public Optional<String> resumeFacts(String assessmentId) {
        return db.sql("SELECT person_id FROM assessment WHERE assessment_id = ?").param(assessmentId).query(String.class).optional()
                .flatMap(persons::resume);
    }

    /** The keys of the personal data of every assessment of a candidate id (kept or erased), oldest first. */
    public List<String> personIds(String candidateId) {
        return db.sql("SELECT person_id FROM assessment WHERE candidate_id = ? ORDER BY created_at").param(candidateId)
                .query(String.class).list();
    }

    /** A screening's assessments in input order, one at a time (their names looked up a batch at a time). */
    public void forScreening(String screeningId, Consumer<StoredAssessment> each) {
        each(" WHERE screening_id = ? ORDER BY row_no", screeningId, each);
    }

    /**
     * A job's assessments from every upload, API call and webhook delivery, newest first (the order of the job's
     * results table), one at a time.
     */
    public void forJob(String jobId, Consumer<StoredAssessment> each) {
        each(" WHERE job_id = ? ORDER BY created_at DESC, assessment_id", jobId, each);
    }

    private void each(String whereAndOrder, String key, Consumer<StoredAssessment> each) {
        List<Row> batch = new ArrayList<>(NAME_BATCH);
        try (Stream<Row> rows = db.sql(SELECT + whereAndOrder).param(key).query(this::read).stream()) {
            rows.forEach(row -> {
                batch.add(row);
                if (batch.size() == NAME_BATCH) {
                    emit(batch, each);
                }
            });
        }
        emit(batch, each);
    }

    private void emit(List<Row> batch, Consumer<StoredAssessment> each) {
        Map<String, String> names = persons.names(batch.stream().map(Row::personId).toList());
        batch.forEach(row -> each.accept(named(row, names)));
        batch.clear();
    }

    private static StoredAssessment named(Row row, Map<String, String> names) {
        StoredAssessment s = row.stored();
        CandidateAssessment a = s.assessment();
        CandidateAssessment named = new CandidateAssessment(a.row(), a.candidateId(), names.get(row.personId()), a.verdict(),
                a.verdictReasons(), a.recommendedRole(), a.roleScores(), a.seniority(), a.greenFlags(), a.yellowFlags(),
                a.failureRisks(), a.compensation(), a.interviewFocus(), a.firedRules());
        return new StoredAssessment(s.assessmentId(), s.candidateId(), s.screeningId(), s.row(), s.source(), s.jobId(),
                s.jobSnapshot(), s.inputHash(), s.rulesVersion(), named, s.createdAt());
    }

    private Row read(ResultSet rs, int n) throws SQLException {
        CandidateAssessment a = json.readValue(rs.getString("result"), CandidateAssessment.class);
        int row = rs.getInt("row_no");
        return new Row(new StoredAssessment(rs.getString("assessment_id"), rs.getString("candidate_id"), rs.getString("screening_id"),
                rs.wasNull() ? null : row, rs.getString("source"), rs.getString("job_id"),
                json.readValue(rs.getString("job_snapshot"), Job.class), rs.getString("input_hash"), rs.getString("rules_version"),
                a, rs.getObject("created_at", OffsetDateTime.class).toInstant()), rs.getString("person_id"));
    }
}
