package com.hirefit.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's users: added with one or more roles and a BCrypt-hashed password, listed, disabled. User names
 * are kept in lower case, and login matches them whatever the case typed. Spring Security's
 * {@link JdbcUserDetailsManager} does the storing and the lookups at login.
 */
public class UserAccounts {
    /** Letters, digits and {@code . _ @ -}: a login name or an email address, never markup. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._@-]{1,100}");
    public static final int MIN_PASSWORD_LENGTH = 12;
    /** BCrypt reads at most 72 bytes; a longer password would be cut silently, so it is refused. */
    public static final int MAX_PASSWORD_BYTES = 72;
    private final JdbcUserDetailsManager users;
    private final PasswordEncoder passwords;
    private final JdbcClient db;

    public UserAccounts(JdbcUserDetailsManager users, PasswordEncoder passwords, JdbcClient db) {
        this.users = users;
        this.passwords = passwords;
        this.db = db;
    }

    /** A user as listed: never the password hash. */
    public record Account(String username, boolean enabled, Set<Role> roles) {
    }

    /** Why a user cannot be added, in words for the person adding it (never the password). */
    public static class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    public static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Problems with a new user's name, roles and password; empty when it can be added. */
    public List<String> problems(String username, Set<Role> roles, String password) {
        List<String> problems = new ArrayList<>();
        String name = normalize(username);
        if (!USERNAME.matcher(name).matches()) {
            problems.add("username: 1 to 100 letters, digits, '.', '_', '@' or '-'");
        } else if (exists(name)) {
            problems.add("username: " + name + " already exists");
        }
        if (roles.isEmpty()) {
            problems.add("roles: give at least one of " + List.of(Role.values()));
        }
        if (password == null || !password.startsWith("{bcrypt}")) {
            int length = password == null ? 0 : password.codePointCount(0, password.length());
            if (length < MIN_PASSWORD_LENGTH) {
                problems.add("password: at least " + MIN_PASSWORD_LENGTH + " characters");
            } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
                problems.add("password: at most " + MAX_PASSWORD_BYTES + " bytes (BCrypt ignores the rest)");
            }
        }
        return problems;
    }

    /**
     * Adds a user; a password that is already a {@code {bcrypt}} hash is stored as given.
     *
     * @throws Refused naming every problem when the user cannot be added
     */
    @Transactional
    public Account add(String username, Set<Role> roles, String password) {
        List<String> problems = problems(username, roles, password);
        if (!problems.isEmpty()) {
            throw new Refused(String.join("; ", problems));
        }
        String name = normalize(username);
        String hash = password.startsWith("{bcrypt}") ? password : passwords.encode(password);
        users.createUser(User.withUsername(name).password(hash)
                .authorities(AuthorityUtils.createAuthorityList(roles.stream().map(Role::authority).toList())).build());
        return new Account(name, true, EnumSet.copyOf(roles));
    }

    public List<Account> list() {
        Map<String, Set<Role>> roles = new HashMap<>();
        db.sql("SELECT username, authority FROM app_user_role").query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().forEach(granted -> Arrays.stream(Role.values()).filter(r -> r.authority().equals(granted.getValue()))
                        .forEach(r -> roles.computeIfAbsent(granted.getKey(), k -> EnumSet.noneOf(Role.class)).add(r)));
        return db.sql("SELECT username, enabled FROM app_user ORDER BY username")
                .query((rs, n) -> new Account(rs.getString(1), rs.getBoolean(2),
                        roles.getOrDefault(rs.getString(1), EnumSet.noneOf(Role.class))))
                .list();
    }

    public boolean exists(String username) {
        return db.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(normalize(username)).query(Long.class).single() > 0;
    }

    public long count() {
        return db.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }
}
