package com.hirefit.web.workspace;

import com.hirefit.user.Role;
import com.hirefit.user.UserAccounts;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's list of users, and adding one with its roles (the same rules as {@code hirefit users add}). */
@Controller
class UserPages {
    private final UserAccounts accounts;

    UserPages(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", accounts.list());
        model.addAttribute("roles", Role.values());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String add(@RequestParam(defaultValue = "") String username, @RequestParam(required = false) List<Role> roles,
               @RequestParam(defaultValue = "") String password, Model model, HttpServletResponse response,
               RedirectAttributes redirect) {
        Set<Role> granted = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        List<String> problems = accounts.problems(username, granted, password);
        if (!problems.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("problems", problems);
            model.addAttribute("username", username);
            return list(model);
        }
        UserAccounts.Account added = accounts.add(username, granted, password);
        redirect.addFlashAttribute("added", added.username());
        return "redirect:/admin/users";
    }
}
