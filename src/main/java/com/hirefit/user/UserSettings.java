package com.hirefit.user;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hirefit.users.*}: the first administrator, created at start-up when no user exists yet
 * ({@code HIREFIT_USERS_INITIAL_ADMIN_USERNAME} and {@code HIREFIT_USERS_INITIAL_ADMIN_PASSWORD}). There is no
 * default password: with neither set and no user, nobody can log in until {@code hirefit users add} makes one.
 * The password may be given as a {@code {bcrypt}...} hash. {@code toString()} never shows it.
 */
@ConfigurationProperties("hirefit.users")
public record UserSettings(InitialAdmin initialAdmin) {

    public UserSettings {
        initialAdmin = initialAdmin == null ? new InitialAdmin(null, null) : initialAdmin;
    }

    public record InitialAdmin(String username, String password) {
        boolean configured() {
            return username != null && !username.isBlank() && password != null && !password.isBlank();
        }

        @Override
        public String toString() {
            return "InitialAdmin[username=" + username + ", password=" + (password == null ? "unset" : "(set)") + "]";
        }
    }
}
