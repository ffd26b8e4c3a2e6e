package com.hirefit.web.workspace;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every workspace page's layout needs: the navigation for the reader's roles. */
@ControllerAdvice(basePackageClasses = WorkspaceModel.class)
class WorkspaceModel {

    @ModelAttribute("navigation")
    List<Navigation.Link> navigation(HttpServletRequest request, Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return List.of();
        }
        return Navigation.links(authorities(authentication), request.getRequestURI().substring(request.getContextPath().length()));
    }

    static List<String> authorities(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
