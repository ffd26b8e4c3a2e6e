package com.hirefit.screening;

import com.hirefit.job.Job;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The decision records. Names never go into this table; they are joined from the person table. */
@Repository
public class AssessmentStore {
    private static final String SELECT = "SELECT a.assessment_id, a.candidate_id, a.screening_id, a.row_no, a.source, a.job_id,"
            + " a.job_snapshot, a.input_hash, a.rules_version, a.result, a.created_at, p.name"
            + " FROM assessment a LEFT JOIN person p ON p.person_id = a.person_id";
    private final JdbcClient db;
    private final JdbcTemplate batch;
    private final JsonMapper json;

    AssessmentStore(JdbcClient db, JdbcTemplate batch, JsonMapper json) {
        this.db = db;
        this.batch = batch;
        this.json = json;
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
        return db.sql(SELECT + " WHERE a.assessment_id = ?").param(assessmentId).query(this::read).optional();
    }

    /** The resume facts an assessment was made on (JSON), while its person's data is kept. */
    public Optional<String> resumeFacts(String assessmentId) {
        return db.sql("SELECT r.facts FROM assessment a JOIN person_resume r ON r.person_id = a.person_id WHERE a.assessment_id = ?")
                .param(assessmentId).query(String.class).optional();
    }

    /** The keys of the personal data of every assessment of a candidate id (kept or erased), oldest first. */
    public java.util.List<String> personIds(String candidateId) {
        return db.sql("SELECT person_id FROM assessment WHERE candidate_id = ? ORDER BY created_at").param(candidateId)
                .query(String.class).list();
    }

    /** A screening's assessments in input order, one at a time. */
    public void forScreening(String screeningId, Consumer<StoredAssessment> each) {
        try (Stream<StoredAssessment> rows = db.sql(SELECT + " WHERE a.screening_id = ? ORDER BY a.row_no")
                .param(screeningId).query(this::read).stream()) {
            rows.forEach(each);
        }
    }

    private StoredAssessment read(ResultSet rs, int n) throws SQLException {
        CandidateAssessment a = json.readValue(rs.getString("result"), CandidateAssessment.class);
        CandidateAssessment named = new CandidateAssessment(a.row(), a.candidateId(), rs.getString("name"), a.verdict(),
                a.verdictReasons(), a.recommendedRole(), a.roleScores(), a.seniority(), a.greenFlags(), a.yellowFlags(),
                a.failureRisks(), a.compensation(), a.interviewFocus(), a.firedRules());
        int row = rs.getInt("row_no");
        return new StoredAssessment(rs.getString("assessment_id"), rs.getString("candidate_id"), rs.getString("screening_id"),
                rs.wasNull() ? null : row, rs.getString("source"), rs.getString("job_id"),
                json.readValue(rs.getString("job_snapshot"), Job.class), rs.getString("input_hash"), rs.getString("rules_version"),
                named, rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
