package com.hirefit.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.candidate.Candidate;
import com.hirefit.candidate.PersonStore;
import com.hirefit.decision.DecisionService;
import com.hirefit.job.Job;
import com.hirefit.job.JobDocument;
import com.hirefit.job.JobStore;
import com.hirefit.screening.ResultsStore;
import com.hirefit.screening.ScreeningService;
import com.hirefit.user.Role;
import com.hirefit.user.UserAccounts;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A search by name covers at most {@code ResultsStore.MAX_NAME_MATCHES} people. Over real HTTP: when a term is in
 * more names than that, the results page and the one-at-a-time review say the search was cut short (so a missing
 * candidate is not taken for absent), and a decision over the set it leaves is refused, since it could skip candidates nobody saw.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:broad-name-search;DB_CLOSE_DELAY=-1", "hirefit.rules.watch=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BroadNameSearchTest {
    private static final String JOB = "BROAD-SEARCH";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JobStore jobs;

    @Autowired
    ScreeningService screening;

    @Autowired
    PersonStore persons;

    @Autowired
    ResultsStore results;

    @Autowired
    DecisionService decisions;

    @Autowired
    JdbcClient db;

    private String screeningId;

    @BeforeAll
    void moreOkaforsThanASearchCovers() throws Exception {
        Job job = JobFilesForTests.contractReview(JOB);
        jobs.put(new JobDocument(job, Map.of()));
        try (InputStream in = Files.newInputStream(Path.of("samples/candidates.csv"))) {
            screeningId = screening.screen(job, in, "candidates.csv").screeningId();
        }
        // People of other screenings or deliveries, kept in the personal store (on in-memory H2, the main database):
        // with Nadia Okafor of the samples, one more than a search covers. In one statement: 5,000 saves took 10-25 s.
        persons.save(new Candidate(2, "OTHER-0", "Okafor Other 0", null, null, null, null, List.of(), null, null,
                null, List.of(), List.of(), List.of(), null, null, Map.of()), null);
        db.sql("INSERT INTO person (person_id, candidate_id, name, email, created_at) SELECT RANDOM_UUID(), 'OTHER-' || X,"
                + " 'Okafor Other ' || X, NULL, CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, ?)")
                .param(ResultsStore.MAX_NAME_MATCHES - 1).update();
    }

    @Test
    void aTermInMoreNamesThanASearchCoversIsSaidToBeCutShort() throws Exception {
        WorkspaceClient recruiter = WorkspaceClient.as(Role.RECRUITER, port, accounts);
        HttpResponse<String> broad = recruiter.htmx("/screenings/" + screeningId + "?q=okafor");
        assertThat(broad.statusCode()).isEqualTo(200);
        assertThat(broad.body()).contains("data-testid=\"names-capped\"", "<span>5,000</span> people have a name containing your search", "Type more of the name");

        assertThat(recruiter.get("/screenings/" + screeningId + "/review?q=okafor").body()).contains("data-testid=\"review-names-capped\"");
        assertThat(recruiter.get("/screenings/" + screeningId + "/review?q=nadia+okafor").body()).doesNotContain("names-capped");

        HttpResponse<String> narrow = recruiter.htmx("/screenings/" + screeningId + "?q=nadia+okafor");
        assertThat(narrow.body()).doesNotContain("names-capped").contains("HF-1001");
        assertThat(recruiter.get("/screenings/" + screeningId + "?q=HF-1001").body()).doesNotContain("names-capped").contains("HF-1001");
    }

    @Test
    void aDecisionOverASetCutShortByTheNameLimitIsRefused() throws Exception {
        WorkspaceClient recruiter = WorkspaceClient.as(Role.RECRUITER, port, accounts);
        String bulk = "/screenings/" + screeningId + "/bulk?q=okafor";
        HttpResponse<String> form = recruiter.get(bulk);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("data-testid=\"bulk-names-capped\"").doesNotContain("data-testid=\"bulk-form\"");

        long matching = results.page(ResultsStore.Scope.screening(screeningId),
                new ResultsStore.Filter(null, null, null, null, "okafor", ResultsStore.Sort.INPUT, false, 0, 25)).total();
        HttpResponse<String> posted = recruiter.post(bulk, "decision=ADVANCE&reason=OTHER&note=broad+search&confirm=true&expected=" + matching, bulk);
        assertThat(posted.statusCode()).isEqualTo(422);
        assertThat(posted.body()).contains("data-testid=\"bulk-names-capped\"");
        List<String> everyone = results.page(ResultsStore.Scope.screening(screeningId),
                new ResultsStore.Filter(null, null, null, null, null, ResultsStore.Sort.INPUT, false, 0, 100)).rows().stream()
                .map(ResultsStore.Row::assessmentId).toList();
        assertThat(decisions.standing(everyone)).isEmpty();
    }
}
