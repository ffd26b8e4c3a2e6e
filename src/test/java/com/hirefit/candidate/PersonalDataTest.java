package com.hirefit.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.web.DiskSearch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The personal data store on H2 files: its own file, rewritten by an erasure, and finished after a kill. */
class PersonalDataTest {
    private static final String ERASED = "Morwenna Quistgaard-Ellery 5d1e";
    private static final String KEPT = "Isolde Farthingale-Oduya 9b2c";

    @TempDir
    Path dir;

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("hirefit").toAbsolutePath() + ";WRITE_DELAY=0";
    }

    private PersonalData open() {
        DriverManagerDataSource main = new DriverManagerDataSource(url(), "sa", "");
        Flyway.configure().dataSource(main).load().migrate();
        return new PersonalData(JdbcClient.create(main), url(), "sa", "");
    }

    private static void insert(PersonalData data, String id, String name) {
        data.use(db -> db.sql("INSERT INTO person (person_id, candidate_id, name, email, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, "C-" + id, name, null, Instant.EPOCH.atOffset(ZoneOffset.UTC)).update());
    }

    private Path file() {
        return dir.resolve("hirefit-personal.mv.db");
    }

    @Test
    void personalDataIsKeptInItsOwnFileBesideTheMainOne() {
        PersonalData data = open();
        insert(data, "p1", KEPT);

        assertThat(DiskSearch.find(List.of(file()), KEPT)).isNotEmpty();
        assertThat(DiskSearch.find(List.of(dir.resolve("hirefit.mv.db")), KEPT)).isEmpty();
        data.destroy();
    }

    @Test
    void anErasureRewritesTheFileAndTheStoreServesAgainAfterIt() {
        PersonalData data = open();
        insert(data, "p1", ERASED);
        insert(data, "p2", KEPT);

        int erased = data.erase(db -> db.sql("DELETE FROM person WHERE person_id = 'p1'").update());

        assertThat(erased).isEqualTo(1);
        assertThat(DiskSearch.find(List.of(file()), ERASED)).isEmpty();
        assertThat(DiskSearch.find(List.of(file()), KEPT)).isNotEmpty();
        insert(data, "p3", "Third Person");
        Integer count = data.use(db -> db.sql("SELECT COUNT(*) FROM person").query(Integer.class).single());
        assertThat(count).isEqualTo(2);
        data.destroy();
    }

    @Test
    void anErasureCutShortByAKillIsFinishedWhenTheStoreOpensAgain() throws Exception {
        PersonalData killed = open();
        insert(killed, "p1", ERASED);
        insert(killed, "p2", KEPT);
        Path pending = dir.resolve("hirefit-personal.mv.db.erasure-pending");
        // the erasure's first steps (the mark, then the delete, committed), then the process dies: nothing is closed
        Files.writeString(pending, "an erasure is rewriting");
        killed.use(db -> db.sql("DELETE FROM person WHERE person_id = 'p1'").update());
        killed.use(db -> db.sql("SHUTDOWN IMMEDIATELY").update());
        assertThat(DiskSearch.find(List.of(file()), ERASED)).as("a deleted row stays in the file").isNotEmpty();

        PersonalData reopened = open();

        assertThat(DiskSearch.find(List.of(file()), ERASED)).isEmpty();
        assertThat(DiskSearch.find(List.of(file()), KEPT)).isNotEmpty();
        assertThat(pending).doesNotExist();
        List<String> names = reopened.use(db -> db.sql("SELECT name FROM person").query(String.class).list());
        assertThat(names).containsExactly(KEPT);
        reopened.destroy();
    }
}
