package com.hirefit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erasure on an H2 file database, then SIGKILL: the erased name, email and resume link are in no file of the database
 * folder right after the kill (no graceful shutdown to compact anything), nor after the service is started again on
 * the same files and used; the person who was not erased is still found and still served.
 */
class ErasureAfterKillTest {

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopServices() throws InterruptedException {
        for (Process process : started) {
            process.destroyForcibly().waitFor();
        }
    }

    private ServiceProcess start(String name) throws Exception {
        ServiceProcess service = ServiceProcess.start(dir, name, List.of(
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/hirefit").toAbsolutePath(),
                "--hirefit.webhooks.greenhouse.secret=" + ErasureFixture.GREENHOUSE_SECRET));
        started.add(service.process());
        return service;
    }

    @Test
    void anErasedNameIsInNoFileAfterASigkillAndARestart() throws Exception {
        ErasureFixture people = new ErasureFixture();
        ServiceProcess first = start("first");
        people.store(first.api());
        first.await("H2 to write the commits to its files", java.time.Duration.ofSeconds(20),
                () -> !DiskSearch.find(DiskSearch.filesUnder(dir.resolve("db")), people.erasedName).isEmpty());
        people.erase(first.api());
        first.kill();
        absent(people);

        ServiceProcess second = start("second");
        people.decisionsStayAnonymous(second.api());
        var more = second.api().upload("/api/screenings", "more.csv", "Candidate ID,Name\nC-MORE,Ione Saltmarsh\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), java.util.Map.of("jobId", people.jobId()));
        assertThat(more.statusCode()).as(ApiHttp.text(more)).isEqualTo(201);
        second.kill();
        absent(people);
    }

    private void absent(ErasureFixture people) {
        List<Path> files = DiskSearch.filesUnder(dir.resolve("db"));
        for (String value : people.erased()) {
            assertThat(DiskSearch.find(files, value)).as(value).isEmpty();
        }
        assertThat(DiskSearch.find(files, people.keptName)).as("the search finds what is there").isNotEmpty();
    }
}
