package com.hirefit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erasure on an H2 file database, then SIGKILL: the erased name, email and resume link are in no file of the database
 * folder right after the kill (no graceful shutdown to compact anything), nor after the service is started again on
 * the same files and used; the person who was not erased is still found and still served.
 */
class ErasureAfterKillTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final ServiceProcesses services = new ServiceProcesses();

    private ServiceProcess start(String name) throws Exception {
        return services.start(dir, name, List.of(
                // every commit written at once (as in KilledServiceTest): what the service answered is what a kill leaves
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/hirefit").toAbsolutePath() + ";WRITE_DELAY=0",
                "--hirefit.webhooks.greenhouse.secret=" + ErasureFixture.GREENHOUSE_SECRET));
    }

    @Test
    void anErasedNameIsInNoFileAfterASigkillAndARestart() throws Exception {
        ErasureFixture people = new ErasureFixture();
        ServiceProcess first = start("first");
        people.store(first.api());
        first.await("H2 to write the commits to its files", Duration.ofSeconds(20),
                () -> !DiskSearch.find(DiskSearch.filesUnder(dir.resolve("db")), people.erasedName).isEmpty());
        people.erase(first.api());
        first.kill();
        people.erasedFrom(DiskSearch.filesUnder(dir.resolve("db")));

        ServiceProcess second = start("second");
        people.decisionsStayAnonymous(second.api());
        var more = second.api().upload("/api/screenings", "more.csv", "Candidate ID,Name\nC-MORE,Ione Saltmarsh\n"
                .getBytes(StandardCharsets.UTF_8), Map.of("jobId", people.jobId()));
        assertThat(more.statusCode()).as(ApiHttp.text(more)).isEqualTo(201);
        second.kill();
        people.erasedFrom(DiskSearch.filesUnder(dir.resolve("db")));
    }
}
