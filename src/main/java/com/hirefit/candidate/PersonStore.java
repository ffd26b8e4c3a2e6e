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

    /** Keeps a candidate's name and email; returns the key assessments refer to. */
    public String save(Candidate candidate) {
        String personId = UUID.randomUUID().toString();
        db.sql("INSERT INTO person (person_id, candidate_id, name, email, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(personId, candidate.id(), candidate.name(), candidate.email(), clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        return personId;
    }

    public Optional<Person> get(String personId) {
        return personId == null ? Optional.empty()
                : db.sql("SELECT candidate_id, name, email FROM person WHERE person_id = ?").param(personId)
                        .query((rs, n) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    /** Erases every name and contact held for a candidate id; returns how many records were erased. */
    public int erase(String candidateId) {
        return db.sql("DELETE FROM person WHERE candidate_id = ?").param(candidateId).update();
    }
}
