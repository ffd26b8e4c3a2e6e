package com.hirefit.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per user name and per client address, in memory (a restart forgets them; so does a
 * success for that name). Once a key reaches its limit within the lockout, it is refused until the lockout has
 * passed since its last failure. At most {@link #MAX_KEYS} keys are kept; past that the expired ones are dropped,
 * then the whole map, so that a flood of made-up names cannot exhaust memory.
 */
final class LoginThrottle {
    static final int MAX_KEYS = 100_000;
    private final LoginSettings settings;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, Instant last) {
    }

    LoginThrottle(LoginSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether this name, or this address, has failed too often lately. */
    boolean locked(String username, String address) {
        return over(userKey(username), settings.maxFailures())
                || over(addressKey(address), settings.maxFailures() * settings.addressFactor());
    }

    void failed(String username, String address) {
        if (failures.size() >= MAX_KEYS) {
            Instant now = clock.instant();
            failures.values().removeIf(f -> expired(f, now));
            if (failures.size() >= MAX_KEYS) {
                failures.clear();
            }
        }
        count(userKey(username));
        count(addressKey(address));
    }

    void succeeded(String username) {
        failures.remove(userKey(username));
    }

    Duration lockout() {
        return settings.lockout();
    }

    private void count(String key) {
        Instant now = clock.instant();
        failures.compute(key, (k, f) -> f == null || expired(f, now) ? new Failures(1, now) : new Failures(f.count() + 1, now));
    }

    private boolean over(String key, int limit) {
        Failures f = failures.get(key);
        return f != null && f.count() >= limit && !expired(f, clock.instant());
    }

    private boolean expired(Failures f, Instant now) {
        return f.last().plus(settings.lockout()).isBefore(now);
    }

    private static String userKey(String username) {
        return "user:" + com.hirefit.user.UserAccounts.normalize(username);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
