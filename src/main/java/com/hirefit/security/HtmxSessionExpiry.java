package com.hirefit.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.session.InvalidSessionStrategy;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A request whose session has expired (or whose cookie names no session). A page load goes to the login page; an
 * htmx request gets {@code HX-Redirect} to it, so the browser loads the login page as a whole page instead of
 * swapping a login form into a fragment. A new session is started either way, so the reload
 * is not caught here again. Also answers an htmx post whose CSRF token died with the session.
 */
final class HtmxSessionExpiry implements InvalidSessionStrategy {
    static final RequestMatcher HTMX = new RequestHeaderRequestMatcher("HX-Request", "true");
    static final String EXPIRED_URL = "/login?expired";

    @Override
    public void onInvalidSessionDetected(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.getSession(true);
        if (HTMX.matches(request)) {
            response.setHeader("HX-Redirect", request.getContextPath() + EXPIRED_URL);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(request.getContextPath() + EXPIRED_URL);
        }
    }
}
