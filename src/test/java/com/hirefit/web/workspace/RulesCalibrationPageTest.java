package com.hirefit.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.user.Role;
import com.hirefit.user.UserAccounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The rule author's scenarios page replays the calibration set of {@code hirefit.calibration-dir} against the rules
 * installed, as {@code rules test} does: how many pairs agree, per job, and each pair that does not; and says plainly
 * when there is no set to replay.
 */
class RulesCalibrationPageTest {

    abstract static class RuleAuthor {
        @LocalServerPort
        int port;

        @Autowired
        UserAccounts accounts;

        WorkspaceClient client;

        @BeforeEach
        void logIn() throws Exception {
            client = WorkspaceClient.as(Role.RULE_AUTHOR, port, accounts);
        }

        String scenariosPage() throws Exception {
            var page = client.get("/rules/scenarios");
            assertThat(page.statusCode()).isEqualTo(200);
            return page.body().replaceAll("\\s+", " ");
        }
    }

    /** A copy of the set in which one expectation was changed, so that one pair disagrees. */
    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "spring.datasource.url=jdbc:h2:mem:calibration-page;DB_CLOSE_DELAY=-1", "hirefit.rules.watch=false"})
    class WithASet extends RuleAuthor {
        static final Path SET = changedCopy();

        @DynamicPropertySource
        static void calibrationDir(DynamicPropertyRegistry registry) {
            registry.add("hirefit.calibration-dir", SET::toString);
        }

        @Test
        void showsTheAgreementPerJobAndThePairThatDisagrees() throws Exception {
            String page = scenariosPage();
            assertThat(page).contains("data-testid=\"calibration-summary\"")
                    .containsPattern("(\\d+) pairs: \\d+ agree \\(\\d+\\.\\d%\\), 1 disagree; 0 error\\(s\\)")
                    .contains("<code>agent-platform</code>", "CAL-01</strong>:", "expected FIT (llm-not-agent)")
                    .contains("<code>contract-review</code>");
            assertThat(page).containsPattern("<code>contract-review</code></th> <td class=\"num\">(\\d+) of \\1</td> <td class=\"num\">100.0%</td>");
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "spring.datasource.url=jdbc:h2:mem:calibration-page-absent;DB_CLOSE_DELAY=-1", "hirefit.rules.watch=false",
            "hirefit.calibration-dir=target/no-such-calibration-set"})
    class WithoutASet extends RuleAuthor {
        @Test
        void saysThereIsNoneToReplay() throws Exception {
            assertThat(scenariosPage()).contains("There is no calibration set at <code>target/no-such-calibration-set</code>, so none was replayed.")
                    .doesNotContain("data-testid=\"calibration-jobs\"");
        }
    }

    /** samples/calibration and the sample jobs it reads, copied, with CAL-01 expected to be FIT for agent-platform. */
    private static Path changedCopy() {
        try {
            Path root = Files.createTempDirectory("hirefit-calibration");
            TestFolders.copy(Path.of("samples/calibration"), root.resolve("calibration"));
            TestFolders.copy(Path.of("samples/jobs"), root.resolve("jobs"));
            Path pairs = root.resolve("calibration/jobs/agent-platform.yaml");
            String text = Files.readString(pairs);
            String changed = text.replace("CAL-01: {verdict: NOT_FIT,", "CAL-01: {verdict: FIT,");
            assertThat(changed).isNotEqualTo(text);
            Files.writeString(pairs, changed);
            return root.resolve("calibration");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
