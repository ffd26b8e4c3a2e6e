package com.hirefit.web.workspace;

import com.hirefit.decision.DecisionEvent;
import com.hirefit.decision.DecisionRefused;
import com.hirefit.decision.DecisionService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The decision panel of the candidate page: recording a decision and undoing the standing one. With htmx the panel
 * redraws itself (a refusal comes back in it, 422 or 409, with the values tried); without, the browser goes back to
 * the candidate page.
 */
@Controller
class CandidateDecisions {
    private final DecisionService decisions;
    private final DecisionViews views;

    CandidateDecisions(DecisionService decisions, DecisionViews views) {
        this.decisions = decisions;
        this.views = views;
    }

    static DecisionService.Actor actor(Authentication authentication) {
        return new DecisionService.Actor(authentication.getName(), DecisionEvent.WORKSPACE);
    }

    @PostMapping("/candidates/{id}/decisions")
    String decide(@PathVariable String id, @RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String note, @RequestHeader(name = "HX-Request", required = false) String htmx,
                  Authentication authentication, Model model, HttpServletResponse response) {
        return answer(id, htmx, model, response, reason, note, () -> decisions.decide(id, decision, reason, note, actor(authentication)));
    }

    @PostMapping("/candidates/{id}/decisions/undo")
    String undo(@PathVariable String id, @RequestParam(required = false) String undo,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Authentication authentication, Model model,
                HttpServletResponse response) {
        return answer(id, htmx, model, response, null, null, () -> decisions.undo(id, undo, actor(authentication)));
    }

    private String answer(String id, String htmx, Model model, HttpServletResponse response, String reason, String note, Runnable change) {
        if (!Ids.valid(id)) {
            return missing(id, model, response);
        }
        try {
            change.run();
        } catch (DecisionRefused e) {
            if (e.why() == DecisionRefused.Why.NOT_FOUND) {
                return missing(id, model, response);
            }
            response.setStatus(e.why() == DecisionRefused.Why.CONFLICT ? HttpServletResponse.SC_CONFLICT : 422);
            model.addAttribute("panel", views.panel(id).refused(e.problems(), reason, note));
            return htmx != null ? "decisions/panel :: panel" : "decisions/refused";
        }
        if (htmx == null) {
            return "redirect:/candidates/" + id + "#decision-panel";
        }
        model.addAttribute("panel", views.panel(id));
        return "decisions/panel :: panel";
    }

    private static String missing(String id, Model model, HttpServletResponse response) {
        return NotFound.page(response, model, "There is no such assessment.");
    }
}
