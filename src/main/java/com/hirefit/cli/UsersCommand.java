package com.hirefit.cli;

import com.hirefit.user.Role;
import com.hirefit.user.UserAccounts;
import com.hirefit.user.UserConfiguration;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * The workspace's users, on the service's database (the same settings as {@code serve}: ./data by default, or
 * {@code --spring.datasource.url=...} and the usual environment variables). Starts only the database, its
 * migrations and the user store, not the service. The embedded H2 file is locked while the service runs: add
 * users before starting it (or use PostgreSQL, or the Users page).
 */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Manage the people who log in to the workspace.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class})
class UsersCommand {

    /** Just enough of Spring Boot for the user store: the data source, Flyway, JDBC and transactions. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
            JdbcClientAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class})
    @Import(UserConfiguration.class)
    static class Store {
    }

    static <T> T withAccounts(List<String> springArguments, Function<UserAccounts, T> work) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Store.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                // Only problems on the terminal: the command says what it did itself.
                .properties("logging.level.root=WARN", "logging.level.org.flywaydb.core.internal.database.base.Database=ERROR")
                .run(springArguments.toArray(String[]::new))) {
            return work.apply(context.getBean(UserAccounts.class));
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a user with one or more roles (RECRUITER, RULE_AUTHOR, COMPLIANCE, ADMIN).",
                    "The password is asked for twice on the terminal, or read from the first line of standard input with"
                            + " --password-stdin (at least 12 characters; never an argument, which would stay in the shell history).",
                    "Exit codes: 0 added, 1 refused (the reasons are printed), 2 bad usage."})
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "USERNAME", description = "letters, digits, '.', '_', '@' or '-'; kept in lower case")
        String username;

        @Option(names = "--role", required = true, paramLabel = "ROLE", split = ",",
                description = "a role to give (repeat it, or separate with commas): ${COMPLETION-CANDIDATES}")
        List<Role> roles = new ArrayList<>();

        @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
        boolean passwordStdin;

        @Unmatched
        List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            String password = password(err);
            if (password == null) {
                return 2;
            }
            return withAccounts(springArguments, accounts -> {
                try {
                    UserAccounts.Account added = accounts.add(username, EnumSet.copyOf(roles), password);
                    spec.commandLine().getOut().println("Added " + added.username() + " with " + added.roles()
                            + ". Log in at /login once the service runs.");
                    return 0;
                } catch (UserAccounts.Refused e) {
                    err.println("Not added: " + e.getMessage());
                    return 1;
                }
            });
        }

        private String password(PrintWriter err) throws IOException {
            if (passwordStdin) {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    err.println("No password on standard input.");
                    return null;
                }
                return line;
            }
            Console console = System.console();
            if (console == null) {
                err.println("No terminal to ask for the password on: pipe it in with --password-stdin.");
                return null;
            }
            char[] first = console.readPassword("Password for %s: ", username);
            char[] again = console.readPassword("Same password again: ");
            if (first == null || again == null || !Arrays.equals(first, again)) {
                err.println("The two passwords differ.");
                return null;
            }
            return new String(first);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users, their roles and whether they may log in.")
    static final class ListUsers implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Unmatched
        List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() {
            List<UserAccounts.Account> accounts = withAccounts(springArguments, UserAccounts::list);
            PrintWriter out = spec.commandLine().getOut();
            if (accounts.isEmpty()) {
                out.println("No users yet: add the first administrator with 'users add NAME --role ADMIN'.");
            }
            accounts.forEach(a -> out.println(a.username() + "\t" + a.roles() + (a.enabled() ? "" : "\t(disabled)")));
            return 0;
        }
    }
}
