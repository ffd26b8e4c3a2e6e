package com.hirefit.candidate;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Personal data (name and contact) kept apart from every decision record, so that it can be erased on
 * request while the anonymous assessments stay.
 */
@Repository
public class PersonStore {
    private final JdbcClient db;
    private final Clock clock;

    PersonStore(JdbcClient db, Clock clock) {
        this.db = db;
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
        db.sql("INSERT INTO person (person_id, candidate_id, name, email, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(personId, candidate.id(), candidate.name(), candidate.email(), clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        if (resumeFacts != null && resumeFacts.length() <= MAX_RESUME_LENGTH) {
            db.sql("INSERT INTO person_resume (person_id, facts) VALUES (?, ?)").params(personId, resumeFacts).update();
        }
        return personId;
    }

    /** The resume facts kept with a person (JSON), unless erased or never kept. */
    public Optional<String> resume(String personId) {
        return personId == null ? Optional.empty()
                : db.sql("SELECT facts FROM person_resume WHERE person_id = ?").param(personId).query(String.class).optional();
    }

    public Optional<Person> get(String personId) {
        return personId == null ? Optional.empty()
                : db.sql("SELECT candidate_id, name, email FROM person WHERE person_id = ?").param(personId)
                        .query((rs, n) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    /** Erases every name, contact and resume held for a candidate id; returns how many records were erased. */
    public int erase(String candidateId) {
        return db.sql("DELETE FROM person WHERE candidate_id = ?").param(candidateId).update();
    }
}
