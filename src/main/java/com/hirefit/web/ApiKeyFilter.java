package com.hirefit.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API needs credentials: an API key from {@code hirefit.api.keys}, in {@code X-API-Key} or as the
 * password of HTTP Basic. Webhooks authenticate by their signatures; health, info and the API docs are open.
 */
@Component
class ApiKeyFilter extends OncePerRequestFilter {
    private static final List<String> OPEN = List.of("/actuator/health", "/actuator/info");
    private final List<byte[]> keys;

    ApiKeyFilter(@Value("${hirefit.api.keys:}") String keys) {
        this.keys = Arrays.stream(keys.split(",")).map(String::strip).filter(k -> !k.isEmpty())
                .map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean protectedPath = path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator");
        return !protectedPath || OPEN.stream().anyMatch(open -> path.equals(open) || path.startsWith(open + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = presentedKey(request);
        if (presented != null && known(presented.getBytes(StandardCharsets.UTF_8))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(401);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"hirefit\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String detail = keys.isEmpty() ? "No API keys are configured: set hirefit.api.keys (HIREFIT_API_KEYS)."
                : "Send an API key in the X-API-Key header, or as the password of HTTP Basic.";
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"" + detail
                + "\",\"instance\":\"" + request.getRequestURI().replace("\"", "") + "\"}");
    }

    private static String presentedKey(HttpServletRequest request) {
        String header = request.getHeader("X-API-Key");
        if (header != null) {
            return header;
        }
        String auth = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(auth.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? null : decoded.substring(colon + 1);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    /** Compares with every key in constant time, so timing says nothing about a near miss. */
    private boolean known(byte[] presented) {
        boolean match = false;
        for (byte[] key : keys) {
            match |= MessageDigest.isEqual(key, presented);
        }
        return match;
    }
}
