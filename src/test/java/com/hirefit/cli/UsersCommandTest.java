package com.hirefit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hirefit users add|list} on a real H2 database file, as the first-admin step of the README: the password
 * from standard input, the refusals named, the user stored for the service's login.
 */
class UsersCommandTest {

    @TempDir
    Path dir;

    private String database() {
        return "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("hirefit").toAbsolutePath();
    }

    private int withStdin(String input, CommandRun run, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return run.run(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void theFirstAdministratorIsAddedWithAPasswordFromStandardInputAndListed() {
        CommandRun add = new CommandRun();
        assertThat(withStdin("correct-horse-battery\n", add, "users", "add", "Ada", "--role", "ADMIN", "--password-stdin", database()))
                .as(add.err()).isZero();
        assertThat(add.out()).contains("Added ada with [ADMIN]");

        CommandRun second = new CommandRun();
        assertThat(withStdin("another-long-password\n", second, "users", "add", "grace", "--role", "RECRUITER,COMPLIANCE",
                "--password-stdin", database())).isZero();

        CommandRun list = new CommandRun();
        assertThat(list.run("users", "list", database())).isZero();
        assertThat(list.out()).contains("ada\t[ADMIN]", "grace\t[RECRUITER, COMPLIANCE]").doesNotContain("correct-horse");
    }

    @Test
    void aShortPasswordATakenNameAndAnUnknownRoleAreRefused() {
        CommandRun shortPassword = new CommandRun();
        assertThat(withStdin("short\n", shortPassword, "users", "add", "ada", "--role", "ADMIN", "--password-stdin", database())).isEqualTo(1);
        assertThat(shortPassword.err()).contains("password: at least 12 characters");

        withStdin("correct-horse-battery\n", new CommandRun(), "users", "add", "ada", "--role", "ADMIN", "--password-stdin", database());
        CommandRun taken = new CommandRun();
        assertThat(withStdin("correct-horse-battery\n", taken, "users", "add", "ADA", "--role", "ADMIN", "--password-stdin", database()))
                .isEqualTo(1);
        assertThat(taken.err()).contains("username: ada already exists");

        CommandRun unknownRole = new CommandRun();
        assertThat(unknownRole.run("users", "add", "bob", "--role", "BOSS", "--password-stdin", database())).isEqualTo(2);
        assertThat(unknownRole.err()).contains("BOSS");
    }

    @Test
    void withoutATerminalOrStandardInputNoPasswordIsInvented() {
        CommandRun run = new CommandRun();
        assertThat(withStdin("", run, "users", "add", "ada", "--role", "ADMIN", "--password-stdin", database())).isEqualTo(2);
        assertThat(run.err()).contains("No password on standard input");
        CommandRun list = new CommandRun();
        list.run("users", "list", database());
        assertThat(list.out()).contains("No users yet");
    }
}
