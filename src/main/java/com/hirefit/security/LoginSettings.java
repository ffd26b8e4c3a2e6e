package com.hirefit.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hirefit.login.*}: after {@code maxFailures} wrong passwords for one user name within {@code lockout}, that
 * name cannot log in until {@code lockout} has passed since the last failure, right password or not; one client
 * address gets {@code addressFactor} times as many tries over all names (an office behind one address stays in).
 */
@ConfigurationProperties("hirefit.login")
record LoginSettings(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockout,
                     @DefaultValue("4") int addressFactor) {
}
