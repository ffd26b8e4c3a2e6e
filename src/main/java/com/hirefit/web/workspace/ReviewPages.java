package com.hirefit.web.workspace;

import com.hirefit.decision.DecisionEvent;
import com.hirefit.decision.DecisionRefused;
import com.hirefit.decision.DecisionService;
import com.hirefit.rules.RuleBase;
import com.hirefit.rules.service.CurrentRules;
import com.hirefit.screening.AssessmentStore;
import com.hirefit.screening.ResultsStore;
import com.hirefit.screening.StoredAssessment;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Review mode: the candidates a results table's filters leave, one at a time in the table's order, each with
 * HireFit's recommendation and why, and the decision panel. After a decision the next candidate comes up; previous and
 * next, the decisions and undo have keyboard shortcuts (decide.js). The position and the filters travel in the
 * address, so the page can be reloaded or bookmarked.
 */
@Controller
class ReviewPages {
    private final DecideScope.Finder scopes;
    private final ResultsStore results;
    private final AssessmentStore assessments;
    private final CurrentRules rules;
    private final DecisionService decisions;
    private final DecisionViews views;

    ReviewPages(DecideScope.Finder scopes, ResultsStore results, AssessmentStore assessments, CurrentRules rules,
                DecisionService decisions, DecisionViews views) {
        this.scopes = scopes;
        this.results = results;
        this.assessments = assessments;
        this.rules = rules;
        this.decisions = decisions;
        this.views = views;
    }

    /** A decision (or an undo) posted from review mode: the candidate, where it was in the set, and what was chosen. */
    record Posted(String assessment, Integer at, String decision, String reason, String note, String undo) {
        int position() {
            return at == null || at < 0 ? 0 : at;
        }
    }

    @GetMapping({"/screenings/{screening}/review", "/jobs/review"})
    String page(@PathVariable(required = false) String screening, @RequestParam(name = "id", required = false) String job,
            ResultsPages.TableQuery query, @RequestParam(defaultValue = "0") int at, Model model,
            HttpServletResponse response) {
        return scopes.find(screening, job, response, model, scope -> review(scope, query, at, null, model));
    }

    @PostMapping({"/screenings/{screening}/review", "/jobs/review"})
    String decideOne(@PathVariable(required = false) String screening, @RequestParam(name = "id", required = false) String job,
            ResultsPages.TableQuery query, Posted posted, Authentication authentication, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return scopes.find(screening, job, response, model, scope -> decide(scope, query, posted, authentication, model, response, redirect));
    }

    private String decide(DecideScope scope, ResultsPages.TableQuery query, Posted posted, Authentication authentication, Model model,
                          HttpServletResponse response, RedirectAttributes redirect) {
        ResultsStore.Filter filter = query.filter(rules.get().vocabulary());
        Map<String, String> params = scope.links(scope.reviewPath(), filter).params(0);
        try {
            if (posted.undo() != null) {
                DecisionEvent undo = decisions.undo(posted.assessment(), posted.undo(), CandidateDecisions.actor(authentication));
                redirect.addFlashAttribute("recorded", undo.decision() + " undone.");
                return "redirect:" + TableLinks.url(scope.reviewPath(), DecisionViews.with(params, "at", String.valueOf(posted.position())));
            }
            DecisionEvent event = decisions.decide(posted.assessment(), posted.decision(), posted.reason(), posted.note(),
                    CandidateDecisions.actor(authentication));
            redirect.addFlashAttribute("recorded", event.decision() + " recorded (" + (event.override() ? "against " : "follows ")
                    + event.verdict() + "). Go back (K) to see or undo it.");
            return "redirect:" + TableLinks.url(scope.reviewPath(), DecisionViews.with(params, "at", String.valueOf(posted.position() + 1)));
        } catch (DecisionRefused e) {
            if (e.why() == DecisionRefused.Why.NOT_FOUND) {
                return NotFound.page(response, model, "There is no such assessment.");
            }
            response.setStatus(e.why() == DecisionRefused.Why.CONFLICT ? HttpServletResponse.SC_CONFLICT : 422);
            return review(scope, query, posted.position(), new Refusal(e.problems(), posted.reason(), posted.note()), model);
        }
    }

    /** A decision that was not recorded, shown in the panel with the values tried. */
    private record Refusal(List<String> problems, String reason, String note) {
    }

    private String review(DecideScope scope, ResultsPages.TableQuery query, int at, Refusal refusal, Model model) {
        RuleBase ruleBase = rules.get();
        ResultsStore.Filter filter = query.filter(ruleBase.vocabulary());
        ResultsStore.Page page = results.page(scope.scope(), at(filter, Math.max(0, at)));
        boolean pastTheEnd = page.rows().isEmpty() && page.total() > 0;
        if (pastTheEnd) {
            page = results.page(scope.scope(), at(filter, (int) page.total() - 1));
        }
        int position = page.total() == 0 ? 0 : Math.min(Math.max(0, at), (int) page.total() - 1);
        Map<String, String> params = scope.links(scope.reviewPath(), filter).params(0);
        model.addAttribute("scope", scope);
        model.addAttribute("filters", FilterWords.of(filter));
        model.addAttribute("total", page.total());
        model.addAttribute("position", position);
        model.addAttribute("pastTheEnd", pastTheEnd);
        model.addAttribute("namesCapped", page.namesCapped());
        model.addAttribute("nameLimit", page.nameLimit());
        model.addAttribute("resultsLink", scope.links(scope.resultsPath(), filter).page(0));
        model.addAttribute("previous", position > 0 ? TableLinks.url(scope.reviewPath(), DecisionViews.with(params, "at", String.valueOf(position - 1))) : null);
        model.addAttribute("next", position + 1 < page.total()
                ? TableLinks.url(scope.reviewPath(), DecisionViews.with(params, "at", String.valueOf(position + 1))) : null);
        if (page.rows().isEmpty()) {
            return "decisions/review";
        }
        ResultsStore.Row row = page.rows().get(0);
        Optional<StoredAssessment> stored = assessments.get(row.assessmentId());
        model.addAttribute("row", row);
        model.addAttribute("why", stored.map(s -> s.assessment().verdictReasons().stream()
                .map(f -> Sourced.of(f, ruleBase, List.of())).toList()).orElse(List.of()));
        Map<String, String> hidden = DecisionViews.with(DecisionViews.with(params, "at", String.valueOf(position)), "assessment", row.assessmentId());
        DecisionViews.Panel panel = views.panel(row.assessmentId(), scope.reviewPath(), scope.reviewPath(), hidden, false);
        model.addAttribute("panel", refusal == null ? panel : panel.refused(refusal.problems(), refusal.reason(), refusal.note()));
        return "decisions/review";
    }

    private static ResultsStore.Filter at(ResultsStore.Filter f, int position) {
        return new ResultsStore.Filter(f.verdict(), f.role(), f.flag(), f.risk(), f.search(), f.sort(), f.descending(), position, 1);
    }
}
