package com.hirefit.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;

/**
 * API keys as Spring Security authentication: the converter takes the key a request presents ({@code X-API-Key},
 * else the password of HTTP Basic, whatever the user name), the provider compares it with every configured key in
 * constant time. An authenticated machine is {@code api-key-N} (the key's position in the list, never the key) with
 * the authority {@link #ROLE}, so later code can tell machines from people. A compliance key ({@code compliance-key-N})
 * also has {@link #COMPLIANCE}.
 */
final class ApiKeyAuthentication implements AuthenticationProvider, AuthenticationConverter {
    static final String ROLE = "ROLE_API";
    static final String COMPLIANCE = com.hirefit.user.Role.COMPLIANCE.authority();
    static final String HEADER = "X-API-Key";
    private static final List<GrantedAuthority> AUTHORITIES = AuthorityUtils.createAuthorityList(ROLE);
    private static final List<GrantedAuthority> COMPLIANCE_AUTHORITIES = AuthorityUtils.createAuthorityList(ROLE, COMPLIANCE);
    private final List<byte[]> keys;
    private final int ordinary;
    private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();

    ApiKeyAuthentication(ApiKeySettings settings) {
        this.keys = java.util.stream.Stream.concat(settings.keys().stream(), settings.complianceKeys().stream())
                .map(key -> key.getBytes(StandardCharsets.UTF_8)).toList();
        this.ordinary = settings.keys().size();
    }

    boolean configured() {
        return !keys.isEmpty();
    }

    /** The key presented, unchecked; null when the request presents none (it goes on anonymous). */
    @Override
    public Authentication convert(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        if (header != null) {
            return new Token(header, null, List.of());
        }
        Authentication basicAuth = basic.convert(request);
        return basicAuth == null ? null : new Token(String.valueOf(basicAuth.getCredentials()), null, List.of());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        byte[] presented = ((Token) authentication).key.getBytes(StandardCharsets.UTF_8);
        int match = -1;
        // Every key is compared, whatever matched, so the time taken says nothing about a near miss.
        for (int i = 0; i < keys.size(); i++) {
            if (MessageDigest.isEqual(keys.get(i), presented)) {
                match = i;
            }
        }
        if (match < 0) {
            throw new BadCredentialsException("unknown API key");
        }
        return match < ordinary ? new Token(null, "api-key-" + (match + 1), AUTHORITIES)
                : new Token(null, "compliance-key-" + (match - ordinary + 1), COMPLIANCE_AUTHORITIES);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return Token.class.isAssignableFrom(authentication);
    }

    /** A presented key (unauthenticated) or the machine it identified (authenticated, without the key). */
    static final class Token extends AbstractAuthenticationToken {
        private final transient String key;
        private final String machine;

        private Token(String key, String machine, List<GrantedAuthority> authorities) {
            super(authorities);
            this.key = key;
            this.machine = machine;
            setAuthenticated(machine != null);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return machine;
        }
    }
}
