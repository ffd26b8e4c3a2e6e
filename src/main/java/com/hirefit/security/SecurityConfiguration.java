package com.hirefit.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what. Every request passes Spring Security's strict firewall first (a path with {@code ;}, an encoded
 * slash or dot, {@code //} or a dot segment is refused with 400), and the chains match on the same parsed, decoded
 * path that Spring MVC routes on, so what is checked is what is routed. The chains, first match wins:
 * <ol>
 *   <li>{@link #machines}: {@code /api/**} and every actuator endpoint; API keys, stateless, no CSRF (no browser
 *       session to ride on). Health and info are open.</li>
 *   <li>{@link #open}: ATS webhooks (authenticated by their signatures, in the controller) and the OpenAPI
 *       document with Swagger UI.</li>
 *   <li>{@link BrowserSecurity#browser}: the recruiter workspace's pages and assets; form login against the users in
 *       the database, sessions, CSRF, pages by role ({@link WorkspaceArea}).</li>
 *   <li>{@link #denyTheRest}: anything else is not served: 404.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiKeySettings.class)
class SecurityConfiguration {
    /** COMPLIANCE's part of the API: the adverse-impact audit and the self-identification intake. */
    static final String[] COMPLIANCE_API = {"/api/audit", "/api/audit/**", "/api/self-identification", "/api/self-identification/**"};
    static final int MACHINES = 1;
    static final int OPEN = 2;
    static final int REST = Ordered.LOWEST_PRECEDENCE;
    /** What {@link #open} serves: the webhooks (signed) and the API's documentation. */
    static final String[] WEBHOOKS_AND_DOCS = {"/webhooks/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    @Bean
    ProblemResponses problemResponses(JsonMapper json) {
        return new ProblemResponses(json);
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
        return problems.rejected();
    }

    /**
     * The API key provider serves this chain alone (not a bean: a global AuthenticationProvider bean would keep Spring
     * Security from building a browser chain's login from a UserDetailsService).
     */
    @Bean
    @Order(MACHINES)
    SecurityFilterChain machines(HttpSecurity http, ApiKeySettings settings, ProblemResponses problems) {
        ApiKeyAuthentication keys = new ApiKeyAuthentication(settings);
        ProblemResponses.Handlers unauthorized = problems.unauthorized(keys.configured());
        AuthenticationFilter apiKeys = new AuthenticationFilter(new ProviderManager(keys), keys);
        apiKeys.setFailureHandler(new AuthenticationEntryPointFailureHandler(unauthorized));
        apiKeys.setSuccessHandler((request, response, authentication) -> { });
        return stateless(http.securityMatcher(new OrRequestMatcher(pathPattern("/api/**"), EndpointRequest.toAnyEndpoint())))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health", "info")).permitAll()
                        .requestMatchers(COMPLIANCE_API).hasAuthority(ApiKeyAuthentication.COMPLIANCE)
                        .anyRequest().hasAuthority(ApiKeyAuthentication.ROLE))
                .addFilterBefore(apiKeys, AnonymousAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(problems.forbidden()))
                .build();
    }

    @Bean
    @Order(OPEN)
    SecurityFilterChain open(HttpSecurity http) {
        return stateless(http.securityMatcher(WEBHOOKS_AND_DOCS))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    /**
     * Anything no chain above serves. Error dispatches pass, so a failure inside a served request still gets its answer.
     * A browser asking for a page here gets the container's error page (a page, see {@link BrowserPages}); others a
     * problem detail.
     */
    @Bean
    @Order(REST)
    SecurityFilterChain denyTheRest(HttpSecurity http, ProblemResponses problems) {
        ProblemResponses.Handlers notFound = problems.notFound();
        return stateless(http)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(notFound).accessDeniedHandler(notFound))
                .build();
    }

    /** No session, no CSRF token (nothing here rides on a browser's cookies), no saved request, no login pages. */
    private static HttpSecurity stateless(HttpSecurity http) {
        return http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable);
    }
}
