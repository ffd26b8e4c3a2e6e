package com.hirefit.job;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Jobs and the map from ATS job ids to them. */
@Repository
public class JobStore {
    private final JdbcClient db;
    private final JsonMapper json;
    private final Clock clock;

    JobStore(JdbcClient db, JsonMapper json, Clock clock) {
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    /** Thrown when an ATS job id already stands for another job. */
    public static class AtsJobTaken extends RuntimeException {
        public AtsJobTaken(String source, String atsJobId, String jobId) {
            super(source + " job " + atsJobId + " already maps to job " + jobId);
        }
    }

    /** The longest job document kept, as JSON: job.document. */
    public static final int MAX_DOCUMENT_LENGTH = 100_000;

    /** Thrown when a job with its ATS job ids is longer, as stored, than {@link #MAX_DOCUMENT_LENGTH}. */
    public static class DocumentTooLong extends RuntimeException {
        public DocumentTooLong() {
            super("the job with its atsJobIds is longer than " + MAX_DOCUMENT_LENGTH + " characters as stored");
        }
    }

    /** Creates or replaces a job; returns true when it was new. */
    @Transactional
    public boolean put(JobDocument document) {
        String jobId = document.job().jobId();
        String text = json.writeValueAsString(document);
        if (text.length() > MAX_DOCUMENT_LENGTH) {
            throw new DocumentTooLong();
        }
        for (Map.Entry<String, List<String>> source : document.atsJobIds().entrySet()) {
            for (String atsJobId : source.getValue()) {
                jobFor(source.getKey(), atsJobId).filter(other -> !other.equals(jobId)).ifPresent(other -> {
                    throw new AtsJobTaken(source.getKey(), atsJobId, other);
                });
            }
        }
        boolean created = db.sql("DELETE FROM job WHERE job_id = ?").param(jobId).update() == 0;
        db.sql("INSERT INTO job (job_id, document, updated_at) VALUES (?, ?, ?)")
                .params(jobId, text, clock.instant().atOffset(java.time.ZoneOffset.UTC)).update();
        document.atsJobIds().forEach((source, ids) -> ids.stream().distinct().forEach(id ->
                db.sql("INSERT INTO ats_job (source, ats_job_id, job_id) VALUES (?, ?, ?)").params(source, id, jobId).update()));
        return created;
    }

    public Optional<JobDocument> get(String jobId) {
        return db.sql("SELECT document FROM job WHERE job_id = ?").param(jobId)
                .query(String.class).optional().map(text -> json.readValue(text, JobDocument.class));
    }

    public List<JobDocument> list() {
        return db.sql("SELECT document FROM job ORDER BY job_id").query(String.class).list().stream()
                .map(text -> json.readValue(text, JobDocument.class)).toList();
    }

    /** The job an ATS job id stands for. */
    public Optional<String> jobFor(String source, String atsJobId) {
        return db.sql("SELECT job_id FROM ats_job WHERE source = ? AND ats_job_id = ?").params(source, atsJobId)
                .query(String.class).optional();
    }
}
