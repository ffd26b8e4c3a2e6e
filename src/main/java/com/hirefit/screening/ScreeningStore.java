package com.hirefit.screening;

import com.hirefit.ingest.RowError;
import com.hirefit.ingest.UncertainColumn;
import com.hirefit.job.Job;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Screenings of uploaded files, their job snapshot and company-side assessment, and their row errors. */
@Repository
public class ScreeningStore {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<UncertainColumn>> UNCERTAIN = new TypeReference<>() { };
    private static final String COLUMNS = "screening_id, job_id, file_name, input_hash, rules_version, status, screened, errors,"
            + " dropped_columns, uncertain_columns, extra_columns, failure, created_at, completed_at";
    private final JdbcClient db;
    private final JsonMapper json;

    ScreeningStore(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** A new RUNNING screening, owned by the instance that runs it, with its first heartbeat. */
    public void create(String id, Job job, JobAssessment assessment, String fileName, String rulesVersion, String owner, Instant at) {
        db.sql("INSERT INTO screening (screening_id, job_id, job_snapshot, job_assessment, file_name, rules_version, status,"
                        + " owner_instance, heartbeat_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, job.jobId(), json.writeValueAsString(job), json.writeValueAsString(assessment), fileName, rulesVersion,
                        ScreeningRecord.RUNNING, owner, at.atOffset(ZoneOffset.UTC), at.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Only a RUNNING screening completes or fails: a screening already reported FAILED stays so. */
    public void complete(String id, ScreeningSummary summary, String inputHash, Instant at) {
        db.sql("UPDATE screening SET status = ?, screened = ?, errors = ?, dropped_columns = ?, uncertain_columns = ?,"
                        + " extra_columns = ?, input_hash = ?, completed_at = ? WHERE screening_id = ? AND status = ?")
                .params(ScreeningRecord.COMPLETED, summary.screened(), summary.errors(), json.writeValueAsString(summary.droppedColumns()),
                        json.writeValueAsString(summary.uncertainColumns()), json.writeValueAsString(summary.extraColumns()), inputHash, at.atOffset(ZoneOffset.UTC), id,
                        ScreeningRecord.RUNNING)
                .update();
    }

    public void fail(String id, String failure, Instant at) {
        db.sql("UPDATE screening SET status = ?, failure = ?, completed_at = ? WHERE screening_id = ? AND status = ?")
                .params(ScreeningRecord.FAILED, failure, at.atOffset(ZoneOffset.UTC), id, ScreeningRecord.RUNNING).update();
    }

    /** A running screening's heartbeat: its owner is alive, and this many rows are done. */
    void heartbeat(String id, int screened, int errors, Instant at) {
        db.sql("UPDATE screening SET heartbeat_at = ?, screened = ?, errors = ? WHERE screening_id = ? AND status = ?")
                .params(at.atOffset(ZoneOffset.UTC), screened, errors, id, ScreeningRecord.RUNNING).update();
    }

    /**
     * Fails every RUNNING screening whose last heartbeat is older than {@code staleBefore}; one with no heartbeat at
     * all (started before heartbeats were kept) counts from its start. Returns how many were failed.
     */
    int failStale(Instant staleBefore, String failure, Instant at) {
        return db.sql("UPDATE screening SET status = ?, failure = ?, completed_at = ?"
                        + " WHERE status = ? AND COALESCE(heartbeat_at, created_at) < ?")
                .params(ScreeningRecord.FAILED, failure, at.atOffset(ZoneOffset.UTC), ScreeningRecord.RUNNING,
                        staleBefore.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Fails the screenings an instance still has RUNNING (it is stopping). */
    int failOwnedBy(String owner, String failure, Instant at) {
        return db.sql("UPDATE screening SET status = ?, failure = ?, completed_at = ? WHERE status = ? AND owner_instance = ?")
                .params(ScreeningRecord.FAILED, failure, at.atOffset(ZoneOffset.UTC), ScreeningRecord.RUNNING, owner).update();
    }

    public void addError(String id, RowError error) {
        db.sql("INSERT INTO screening_error (screening_id, row_no, column_name, message) VALUES (?, ?, ?, ?)")
                .params(id, error.row(), error.column(), error.message()).update();
    }

    public Optional<ScreeningRecord> get(String id) {
        return db.sql("SELECT " + COLUMNS + " FROM screening WHERE screening_id = ?").param(id).query(this::read).optional();
    }

    public Optional<Job> job(String id) {
        return db.sql("SELECT job_snapshot FROM screening WHERE screening_id = ?").param(id).query(String.class).optional()
                .map(text -> json.readValue(text, Job.class));
    }

    public Optional<JobAssessment> jobAssessment(String id) {
        return db.sql("SELECT job_assessment FROM screening WHERE screening_id = ?").param(id).query(String.class).optional()
                .map(text -> json.readValue(text, JobAssessment.class));
    }

    /** Newest first. */
    public List<ScreeningRecord> page(int page, int size) {
        return db.sql("SELECT " + COLUMNS + " FROM screening ORDER BY created_at DESC, screening_id LIMIT ? OFFSET ?")
                .params(size, page * size).query(this::read).list();
    }

    /** A job's screenings, newest first. */
    public List<ScreeningRecord> forJob(String jobId, int limit) {
        return db.sql("SELECT " + COLUMNS + " FROM screening WHERE job_id = ? ORDER BY created_at DESC, screening_id LIMIT ?")
                .params(jobId, limit).query(this::read).list();
    }

    public long count() {
        return db.sql("SELECT COUNT(*) FROM screening").query(Long.class).single();
    }

    /** A screening's first row errors, in row order. */
    public List<RowError> errors(String id, int limit) {
        return db.sql("SELECT row_no, column_name, message FROM screening_error WHERE screening_id = ? ORDER BY row_no LIMIT ?")
                .params(id, limit).query((rs, n) -> new RowError(rs.getInt(1), rs.getString(2), rs.getString(3))).list();
    }

    public void errors(String id, Consumer<RowError> each) {
        try (Stream<RowError> rows = db.sql("SELECT row_no, column_name, message FROM screening_error WHERE screening_id = ? ORDER BY row_no")
                .param(id).query((rs, n) -> new RowError(rs.getInt(1), rs.getString(2), rs.getString(3))).stream()) {
            rows.forEach(each);
        }
    }

    private ScreeningRecord read(ResultSet rs, int n) throws SQLException {
        OffsetDateTime completed = rs.getObject("completed_at", OffsetDateTime.class);
        return new ScreeningRecord(rs.getString("screening_id"), rs.getString("job_id"), rs.getString("file_name"),
                rs.getString("input_hash"), rs.getString("rules_version"), rs.getString("status"), rs.getInt("screened"),
                rs.getInt("errors"), strings(rs.getString("dropped_columns")), uncertain(rs.getString("uncertain_columns")),
                strings(rs.getString("extra_columns")),
                rs.getString("failure"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                completed == null ? null : completed.toInstant());
    }

    private List<String> strings(String text) {
        return text == null ? List.of() : json.readValue(text, STRINGS);
    }

    private List<UncertainColumn> uncertain(String text) {
        return text == null ? List.of() : json.readValue(text, UNCERTAIN);
    }
}
