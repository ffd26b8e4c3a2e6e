package com.hirefit.candidate;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Personal data (name, contact, the link to a resume) kept apart from every decision record, in the store
 * {@link PersonalData} manages, so that it can be erased on request, from the disk too, while the anonymous
 * assessments stay.
 */
@Repository
public class PersonStore {
    private final PersonalData data;
    private final Clock clock;

    PersonStore(PersonalData data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    public record Person(String candidateId, String name, String email) {
    }

    /** The longest resume kept for the candidate page (person_resume.facts); a longer one is not kept. */
    public static final int MAX_RESUME_LENGTH = 10_000_000;

    /**
     * Keeps a candidate's name and email, and the resume facts the decision was made on (JSON, without name or
     * contact: it is personal data all the same, erased with the person); returns the key assessments refer to.
     */
    public String save(Candidate candidate, String resumeFacts) {
        String personId = UUID.randomUUID().toString();
        data.use(db -> db.sql("INSERT INTO person (person_id, candidate_id, name, email, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(personId, candidate.id(), candidate.name(), candidate.email(), clock.instant().atOffset(ZoneOffset.UTC))
                .update());
        if (resumeFacts != null && resumeFacts.length() <= MAX_RESUME_LENGTH) {
            data.use(db -> db.sql("INSERT INTO person_resume (person_id, facts) VALUES (?, ?)").params(personId, resumeFacts).update());
        }
        return personId;
    }

    /** The resume facts kept with a person (JSON), unless erased or never kept. */
    public Optional<String> resume(String personId) {
        return personId == null ? Optional.empty()
                : data.use(db -> db.sql("SELECT facts FROM person_resume WHERE person_id = ?").param(personId).query(String.class).optional());
    }

    public Optional<Person> get(String personId) {
        return personId == null ? Optional.empty()
                : data.use(db -> db.sql("SELECT candidate_id, name, email FROM person WHERE person_id = ?").param(personId)
                        .query((rs, n) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3))).optional());
    }

    /** The names of these people, by person id; an erased person (or one without a name) is missing. */
    public Map<String, String> names(Collection<String> personIds) {
        List<String> ids = personIds.stream().filter(id -> id != null).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        data.use(db -> {
            db.sql("SELECT person_id, name FROM person WHERE person_id IN (" + "?, ".repeat(ids.size() - 1) + "?)")
                    .params(ids).query(rs -> {
                        names.put(rs.getString(1), rs.getString(2));
                    });
            return null;
        });
        return names;
    }

    /**
     * The people whose name contains {@code term} (any case), at most {@code limit} of them: the personal data store
     * may be another database, so a search by name asks it first and filters the decision records by these ids.
     */
    public List<String> idsNamed(String term, int limit) {
        String like = "%" + term.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return data.use(db -> db.sql("SELECT person_id FROM person WHERE LOWER(name) LIKE ? ESCAPE '\\' LIMIT ?")
                .params(like, limit).query(String.class).list());
    }

    /** Keeps the link to the resume an ATS application refers to (null: none), replacing an earlier one. */
    public void saveResumeUrl(String source, String applicationId, String candidateId, String resumeUrl) {
        data.use(db -> {
            if (resumeUrl == null) {
                return db.sql("DELETE FROM application_resume WHERE source = ? AND application_id = ?").params(source, applicationId).update();
            }
            try {
                if (updateResumeUrl(db, source, applicationId, candidateId, resumeUrl) == 0) {
                    db.sql("INSERT INTO application_resume (source, application_id, candidate_id, resume_url) VALUES (?, ?, ?, ?)")
                            .params(source, applicationId, candidateId, resumeUrl).update();
                }
            } catch (DuplicateKeyException concurrent) {
                updateResumeUrl(db, source, applicationId, candidateId, resumeUrl);
            }
            return null;
        });
    }

    private static int updateResumeUrl(JdbcClient db, String source, String applicationId, String candidateId, String resumeUrl) {
        return db.sql("UPDATE application_resume SET candidate_id = ?, resume_url = ? WHERE source = ? AND application_id = ?")
                .params(candidateId, resumeUrl, source, applicationId).update();
    }

    public Optional<String> resumeUrl(String source, String applicationId) {
        return data.use(db -> db.sql("SELECT resume_url FROM application_resume WHERE source = ? AND application_id = ?")
                .params(source, applicationId).query(String.class).optional());
    }

    /**
     * Erases every name, contact, resume, resume link and self-identification held for a candidate id, from the disk too
     * (see {@link PersonalData}); returns how many records were erased.
     */
    public int erase(String candidateId) {
        return data.erase(db -> eraseRows(db, candidateId));
    }

    /**
     * As {@link #erase(String)} for several candidates at once, the store's files rewritten once; returns how many of
     * them had personal data held.
     */
    public int eraseAll(Collection<String> candidateIds) {
        if (candidateIds.isEmpty()) {
            return 0;
        }
        return data.erase(db -> {
            int erased = 0;
            for (String candidateId : candidateIds) {
                erased += eraseRows(db, candidateId) > 0 ? 1 : 0;
            }
            return erased;
        });
    }

    private static int eraseRows(JdbcClient db, String candidateId) {
        return db.sql("DELETE FROM person WHERE candidate_id = ?").param(candidateId).update()
                + db.sql("DELETE FROM application_resume WHERE candidate_id = ?").param(candidateId).update()
                + db.sql("DELETE FROM self_identification WHERE candidate_id = ?").param(candidateId).update();
    }

}
