package com.hirefit.security;

import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * The recruiter workspace in a browser: form login against the database's users (BCrypt), a session cookie
 * ({@code HttpOnly}, {@code SameSite=Lax}: application.yaml), CSRF tokens on every change, logins throttled after
 * repeated failures, and pages authorized by {@link WorkspaceArea}. Its own chain, between the open one and the
 * deny-the-rest one ({@link SecurityConfiguration}); the API keeps its keys and is untouched by any of this.
 * Every asset is served by the service itself, so the content security policy allows scripts, styles and images
 * from this origin only, and no inline script at all.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginSettings.class)
class BrowserSecurity {
    static final int BROWSER = SecurityConfiguration.OPEN + 1;
    private static final String[] ASSETS = {"/webjars/**", "/css/**", "/js/**", "/favicon.ico"};
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    LoginThrottle loginThrottle(LoginSettings settings, Clock clock) {
        return new LoginThrottle(settings, clock);
    }

    @Bean
    @Order(BROWSER)
    SecurityFilterChain browser(HttpSecurity http, UserDetailsService users, PasswordEncoder passwords, LoginThrottle throttle) {
        DaoAuthenticationProvider database = new DaoAuthenticationProvider(users);
        database.setPasswordEncoder(passwords);
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/login?error");
        failure.setExceptionMappings(java.util.Map.of(org.springframework.security.authentication.LockedException.class.getName(),
                "/login?locked"));
        AccessDeniedHandlerImpl denied = new AccessDeniedHandlerImpl();
        denied.setErrorPage("/denied");
        // Only page loads are remembered for after the login, never an htmx fragment.
        HttpSessionRequestCache pages = new HttpSessionRequestCache();
        pages.setRequestMatcher(new AndRequestMatcher(pathPattern(HttpMethod.GET, "/**"), new NegatedRequestMatcher(HtmxSessionExpiry.HTMX)));
        return http.securityMatcher(Stream.concat(Stream.of(BrowserPages.PATHS), Stream.of(ASSETS)).toArray(String[]::new))
                .authenticationManager(new ProviderManager(new ThrottledLogin(database, throttle)))
                .authorizeHttpRequests(requests -> authorize(requests
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers(ASSETS).permitAll()
                        .requestMatchers("/login", "/denied").permitAll()))
                .formLogin(login -> login.loginPage("/login").failureHandler(failure).defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .invalidSessionStrategy(new HtmxSessionExpiry()))
                .requestCache(cache -> cache.requestCache(pages))
                // Not logged in: a page goes to the login page; an htmx request reloads its whole page (which then does).
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(denied)
                        .authenticationEntryPoint(new DelegatingAuthenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"),
                                new RequestMatcherEntry<>(HtmxSessionExpiry.HTMX, new HxRefreshHeaderAuthenticationEntryPoint()))))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /** Each area's pages: its readers may GET them, only its writers may change anything there. */
    private static void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        for (WorkspaceArea area : WorkspaceArea.values()) {
            String[] paths = area.paths().toArray(String[]::new);
            requests.requestMatchers(HttpMethod.GET, paths).hasAnyRole(WorkspaceArea.roleNames(area.readers()))
                    .requestMatchers(paths).hasAnyRole(WorkspaceArea.roleNames(area.writers()));
        }
        requests.anyRequest().authenticated();
    }
}
