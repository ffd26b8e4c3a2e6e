package com.hirefit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Erasure over real HTTP on an H2 file database: once DELETE /api/candidates/{id} has answered, no file of the
 * database folder (main file, personal data file, trace files) holds the erased name, email or resume link, in any
 * encoding, while the person who was not erased is still found there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hirefit.api.keys=" + ApiHttp.KEY, "hirefit.webhooks.greenhouse.secret=" + ErasureFixture.GREENHOUSE_SECRET})
class ErasureOnH2Test {

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("db/hirefit").toAbsolutePath());
    }

    @LocalServerPort
    int port;

    @Test
    void anErasedNameIsInNoFileOfTheDatabase() throws Exception {
        ApiHttp api = new ApiHttp(port);
        ErasureFixture people = new ErasureFixture();
        people.store(api);
        Path db = folder.resolve("db");
        long deadline = System.nanoTime() + 10_000_000_000L; // H2 writes a commit to its file within half a second
        while (DiskSearch.find(DiskSearch.filesUnder(db), people.erasedName).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(DiskSearch.find(DiskSearch.filesUnder(db), people.erasedName)).as("on disk before the erasure").isNotEmpty();

        people.erase(api);

        people.erasedFrom(DiskSearch.filesUnder(db));
        people.decisionsStayAnonymous(api);
    }
}
