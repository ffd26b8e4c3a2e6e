package com.hirefit.user;

import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;

/**
 * Users in the database, read by Spring Security at login: the service's form login and the {@code users} command
 * share this configuration. Passwords are hashed with BCrypt ({@code {bcrypt}} prefix, so a future algorithm can be
 * added without a migration).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UserSettings.class)
public class UserConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    JdbcUserDetailsManager userDetailsManager(DataSource dataSource) {
        JdbcUserDetailsManager users = new JdbcUserDetailsManager(dataSource);
        users.setUsersByUsernameQuery("SELECT username, password, enabled FROM app_user WHERE username = LOWER(?)");
        users.setAuthoritiesByUsernameQuery("SELECT username, authority FROM app_user_role WHERE username = LOWER(?)");
        users.setCreateUserSql("INSERT INTO app_user (username, password, enabled) VALUES (?, ?, ?)");
        users.setCreateAuthoritySql("INSERT INTO app_user_role (username, authority) VALUES (?, ?)");
        users.setUpdateUserSql("UPDATE app_user SET password = ?, enabled = ? WHERE username = ?");
        users.setDeleteUserSql("DELETE FROM app_user WHERE username = ?");
        users.setDeleteUserAuthoritiesSql("DELETE FROM app_user_role WHERE username = ?");
        users.setChangePasswordSql("UPDATE app_user SET password = ? WHERE username = ?");
        users.setEnableGroups(false);
        users.setEnableAuthorities(true);
        return users;
    }

    @Bean
    UserAccounts userAccounts(JdbcUserDetailsManager users, PasswordEncoder passwords, JdbcClient db) {
        return new UserAccounts(users, passwords, db);
    }
}
