package com.hirefit.webhook;

import com.hirefit.candidate.PersonStore;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * ATS applications: which job they map to (or that none does yet), and their latest assessment. The link to the
 * resume is personal data: it is kept with the person records ({@link PersonStore}).
 */
@Repository
public class AtsApplicationStore {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private final JdbcClient db;
    private final JsonMapper json;
    private final PersonStore persons;

    AtsApplicationStore(JdbcClient db, JsonMapper json, PersonStore persons) {
        this.db = db;
        this.json = json;
        this.persons = persons;
    }

    /** One stored application. */
    public record Application(String source, String applicationId, List<String> atsJobIds, String jobId, String status,
                              String candidateId, String resumeUrl, String latestAssessmentId, int assessmentCount,
                              String note, List<String> droppedFields, Instant updatedAt) {
    }

    void save(AtsEvent event, String jobId, String status, String candidateId, String assessmentId, String note, Instant at) {
        String ids = json.writeValueAsString(event.atsJobIds());
        int increment = assessmentId == null ? 0 : 1;
        String dropped = DeliveryLog.names(json, event.dropped().fields());
        int updated = db.sql("UPDATE application SET ats_job_ids = ?, job_id = ?, status = ?, candidate_id = ?,"
                        + " latest_assessment_id = COALESCE(?, latest_assessment_id), assessment_count = assessment_count + ?,"
                        + " note = ?, dropped_fields = ?, updated_at = ? WHERE source = ? AND application_id = ?")
                .params(ids, jobId, status, candidateId, assessmentId, increment, note, dropped, at.atOffset(ZoneOffset.UTC),
                        event.source(), event.applicationId())
                .update();
        if (updated == 0) {
            db.sql("INSERT INTO application (source, application_id, ats_job_ids, job_id, status, candidate_id,"
                            + " latest_assessment_id, assessment_count, note, dropped_fields, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(event.source(), event.applicationId(), ids, jobId, status, candidateId, assessmentId,
                            increment, note, dropped, at.atOffset(ZoneOffset.UTC))
                    .update();
        }
        persons.saveResumeUrl(event.source(), event.applicationId(), candidateId, event.resumeUrl());
    }

    public Optional<Application> get(String source, String applicationId) {
        return db.sql("SELECT * FROM application WHERE source = ? AND application_id = ?").params(source, applicationId)
                .query((rs, n) -> new Application(rs.getString("source"), rs.getString("application_id"),
                        json.readValue(rs.getString("ats_job_ids"), STRINGS), rs.getString("job_id"), rs.getString("status"),
                        rs.getString("candidate_id"), persons.resumeUrl(source, applicationId).orElse(null),
                        rs.getString("latest_assessment_id"),
                        rs.getInt("assessment_count"), rs.getString("note"), DeliveryLog.names(json, rs.getString("dropped_fields")),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
                .optional();
    }
}
