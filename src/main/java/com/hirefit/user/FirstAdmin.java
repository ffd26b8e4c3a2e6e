package com.hirefit.user;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, with no user yet: creates the administrator named in {@code hirefit.users.initial-admin}, or says
 * how to make one. Never logs a password. Once any user exists the setting is ignored, so changing or leaving it
 * set later changes nobody's password.
 */
@Component
class FirstAdmin implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);
    private final UserAccounts accounts;
    private final UserSettings settings;

    FirstAdmin(UserAccounts accounts, UserSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        UserSettings.InitialAdmin admin = settings.initialAdmin();
        if (!admin.configured()) {
            LOG.warn("No workspace user exists: nobody can log in at /login. Create the first administrator with"
                    + " 'java -jar hirefit.jar users add NAME --role ADMIN', or set HIREFIT_USERS_INITIAL_ADMIN_USERNAME"
                    + " and HIREFIT_USERS_INITIAL_ADMIN_PASSWORD");
            return;
        }
        try {
            UserAccounts.Account created = accounts.add(admin.username(), EnumSet.of(Role.ADMIN), admin.password());
            LOG.info("Created the first administrator '{}' from hirefit.users.initial-admin", created.username());
        } catch (UserAccounts.Refused e) {
            throw new IllegalStateException("hirefit.users.initial-admin cannot be created: " + e.getMessage());
        }
    }
}
