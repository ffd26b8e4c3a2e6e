package com.hirefit.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Form login through the database's users, with the throttle in front: a name or an address that failed too often
 * is refused before its password is even checked (so a right guess during the lockout teaches nothing).
 */
final class ThrottledLogin implements AuthenticationProvider {
    private final AuthenticationProvider users;
    private final LoginThrottle throttle;

    ThrottledLogin(AuthenticationProvider users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String address = login.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "unknown";
        if (throttle.locked(login.getName(), address)) {
            throw new LockedException("too many failed logins");
        }
        try {
            Authentication done = users.authenticate(login);
            throttle.succeeded(login.getName());
            return done;
        } catch (BadCredentialsException e) {
            throttle.failed(login.getName(), address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return users.supports(authentication);
    }
}
