package com.hirefit.web.workspace;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The login page, the landing page after it, and the page for a refused request. */
@Controller
class AccountPages {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** Recruiters land on their jobs; someone whose roles open no page yet is told so. */
    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        String home = Navigation.home(WorkspaceModel.authorities(authentication));
        if (home != null) {
            return "redirect:" + home;
        }
        return "home";
    }

    /** Spring Security forwards a refused request here (its status stays 403). */
    @RequestMapping("/denied")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied() {
        return "denied";
    }
}
