package com.hirefit.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.user.Role;
import com.hirefit.user.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first administrator from configuration: created once at start-up, with its password hashed, and no one else. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:first-admin;DB_CLOSE_DELAY=-1", "hirefit.rules.watch=false",
        "hirefit.users.initial-admin.username=Root", "hirefit.users.initial-admin.password=first-admin-password"})
class FirstAdminTest {

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void theConfiguredAdministratorExistsAloneWithAHashedPassword() {
        assertThat(accounts.list()).singleElement().satisfies(account -> {
            assertThat(account.username()).isEqualTo("root");
            assertThat(account.roles()).containsExactly(Role.ADMIN);
        });
        String hash = users.loadUserByUsername("ROOT").getPassword();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("first-admin-password");
        assertThat(passwords.matches("first-admin-password", hash)).isTrue();
    }
}
