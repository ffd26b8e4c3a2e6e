package com.hirefit.web.workspace;

import com.hirefit.security.BrowserPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A workspace page whose request failed (nothing there, a bad value in the address or form, a method the page does
 * not take, an error on the service's side) answers with an {@link ErrorPage} in the workspace's layout, or for an htmx
 * request with just its notice, for the request's target. It runs before
 * the problem-detail handlers, and leaves them every request that is not a page ({@code /api/**}, webhooks, the
 * actuator) and Spring Security's refusals (the refusal page is Spring Security's).
 */
@Component
class WorkspaceErrors implements HandlerExceptionResolver, Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceErrors.class);

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException || !BrowserPages.isPage(path)) {
            return null;
        }
        ErrorPage page = ErrorPage.of(e);
        if (page.status() >= 500) {
            // Never the message: a database's or a library's can quote the input.
            StackTraceElement[] trace = e.getStackTrace();
            LOG.error("Page failed: {} at {}", e.getClass().getName(), trace.length == 0 ? "?" : trace[0]);
        }
        if (request.getHeader("HX-Request") != null) {
            ModelAndView fragment = new ModelAndView("problem :: notice", Map.of("problem", page));
            fragment.setStatus(HttpStatusCode.valueOf(page.status()));
            return fragment;
        }
        return view(page, path);
    }

    /** The page as a view, with the navigation of whoever is logged in. */
    static ModelAndView view(ErrorPage page, String path) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        List<Navigation.Link> navigation = authentication == null || !authentication.isAuthenticated() ? List.of()
                : Navigation.links(WorkspaceModel.authorities(authentication), path);
        ModelAndView view = new ModelAndView("problem", Map.of("problem", page, "navigation", navigation));
        view.setStatus(HttpStatusCode.valueOf(page.status()));
        return view;
    }

    /** Before the handlers of {@code @ExceptionHandler} methods and Spring's defaults, after Boot's error attributes. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
