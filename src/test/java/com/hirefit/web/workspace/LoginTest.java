package com.hirefit.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.user.Role;
import com.hirefit.user.UserAccounts;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Form login over real HTTP: the session cookie's flags, users whose names match in any case, passwords stored as
 * BCrypt hashes, and the throttle: after five wrong passwords for a name even the right one is refused, while
 * other names still log in. Nobody logs in without a user, and there is no default one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:login-test;DB_CLOSE_DELAY=-1", "hirefit.rules.watch=false"})
class LoginTest {
    private static final String PASSWORD = "correct-horse-battery";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient db;

    private void user(String name) {
        if (!accounts.exists(name)) {
            accounts.add(name, EnumSet.of(Role.RECRUITER), PASSWORD);
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndTheNameMatchesInAnyCase() throws Exception {
        user("ada");
        WorkspaceClient client = new WorkspaceClient(port);
        HttpResponse<String> login = client.logIn("ADA", PASSWORD);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(client.get("/jobs").statusCode()).isEqualTo(200);
        assertThat(db.sql("SELECT password FROM app_user WHERE username = 'ada'").query(String.class).single())
                .startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedForThatNameOnly() throws Exception {
        user("grace");
        user("alan");
        for (int i = 0; i < 5; i++) {
            assertThat(new WorkspaceClient(port).logIn("grace", "wrong-password-" + i).headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }
        WorkspaceClient locked = new WorkspaceClient(port);
        assertThat(locked.logIn("grace", PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
        assertThat(locked.get("/jobs").statusCode()).as("still not logged in").isEqualTo(302);
        assertThat(locked.get("/login?locked").body()).contains("Too many failed logins");

        WorkspaceClient other = new WorkspaceClient(port);
        assertThat(other.logIn("alan", PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
    }

    @Test
    void anUnknownNameOrAnEmptyPasswordLogsNobodyIn() throws Exception {
        WorkspaceClient client = new WorkspaceClient(port);
        assertThat(client.logIn("nobody", PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        user("edsger");
        assertThat(new WorkspaceClient(port).logIn("edsger", "").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(client.get("/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
