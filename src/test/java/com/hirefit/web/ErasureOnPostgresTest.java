package com.hirefit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Erasure over real HTTP on PostgreSQL: after DELETE /api/candidates/{id} has answered (and a checkpoint, so that
 * every page on disk is the server's latest), the data files of the personal data tables (and their TOAST tables)
 * hold no erased name, email or resume link, while the person who was not erased is there. The files are read
 * where the server keeps them ({@code data_directory}: the tests run on the server's machine, as root in CI; the
 * role needs pg_read_all_settings and pg_checkpoint, which .ci/run grants).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hirefit.api.keys=" + ApiHttp.KEY, "hirefit.webhooks.greenhouse.secret=" + ErasureFixture.GREENHOUSE_SECRET})
class ErasureOnPostgresTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.datasource(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void anErasedNameIsNotInThePersonalDataFilesAfterTheErasuresVacuum() throws Exception {
        ApiHttp api = new ApiHttp(port);
        ErasureFixture people = new ErasureFixture();
        people.store(api);
        db.sql("CHECKPOINT").update();
        assertThat(DiskSearch.find(files(), people.erasedName)).as("on disk before the erasure").isNotEmpty();

        people.erase(api);
        db.sql("CHECKPOINT").update();

        people.erasedFrom(files());
        people.decisionsStayAnonymous(api);
    }

    /** Each segment of the personal data tables and of their TOAST tables, as the server's files are now. */
    private List<Path> files() {
        Path data = Path.of(db.sql("SELECT current_setting('data_directory')").query(String.class).single());
        List<Path> files = new ArrayList<>();
        for (String relation : db.sql("SELECT pg_relation_filepath(oid) FROM pg_class WHERE relname IN ('person',"
                + " 'application_resume') UNION ALL SELECT pg_relation_filepath(reltoastrelid) FROM pg_class WHERE relname IN"
                + " ('person', 'application_resume') AND reltoastrelid <> 0").query(String.class).list()) {
            Path base = data.resolve(relation);
            for (int segment = 0; Files.exists(segment == 0 ? base : Path.of(base + "." + segment)); segment++) {
                files.add(segment == 0 ? base : Path.of(base + "." + segment));
            }
        }
        assertThat(files).as("the tables' data files").isNotEmpty();
        return files;
    }
}
