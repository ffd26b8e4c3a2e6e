package com.hirefit.web.workspace;

import com.hirefit.decision.DecisionRefused;
import com.hirefit.decision.DecisionRules;
import com.hirefit.decision.DecisionService;
import com.hirefit.decision.Standing;
import com.hirefit.rules.service.CurrentRules;
import com.hirefit.screening.ResultsStore;
import com.hirefit.vocabulary.Verdict;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One decision, with one reason, for every candidate a results table's filters leave (at most
 * {@code hirefit.decisions.max-bulk}). Three steps: the form shows the set (its recommendations, the decisions already
 * standing); posting it shows what the decision would do (how many it follows, how many it overrides, how many are
 * left as they are) for confirmation; confirming records it, and the page then offers to undo the whole batch. The
 * set is read again at each step: if it changed before the confirmation, the new figures are shown to confirm again.
 */
@Controller
class BulkPages {
    private final DecideScope.Finder scopes;
    private final ResultsStore results;
    private final CurrentRules rules;
    private final DecisionService decisions;

    BulkPages(DecideScope.Finder scopes, ResultsStore results, CurrentRules rules, DecisionService decisions) {
        this.scopes = scopes;
        this.results = results;
        this.rules = rules;
        this.decisions = decisions;
    }

    /** The decision form as posted. {@code expected}: the size of the set the confirmation showed; {@code confirm}: record it. */
    record Posted(String decision, String reason, String note, Boolean undecidedOnly, Boolean confirm, Long expected, String batch) {
        public boolean leaveDecided() {
            return Boolean.TRUE.equals(undecidedOnly);
        }

        public boolean confirmed() {
            return Boolean.TRUE.equals(confirm);
        }
    }

    @GetMapping({"/screenings/{screening}/bulk", "/jobs/bulk"})
    String page(@PathVariable(required = false) String screening, @RequestParam(name = "id", required = false) String job,
            ResultsPages.TableQuery query, Model model, HttpServletResponse response) {
        return scopes.find(screening, job, response, model, scope -> form(scope, matching(scope, query), null, model));
    }

    @PostMapping({"/screenings/{screening}/bulk", "/jobs/bulk"})
    String decideAll(@PathVariable(required = false) String screening, @RequestParam(name = "id", required = false) String job,
            ResultsPages.TableQuery query, Posted posted, Authentication authentication, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return scopes.find(screening, job, response, model, scope -> decide(scope, query, posted, authentication, model, response, redirect));
    }

    @PostMapping({"/screenings/{screening}/bulk/undo", "/jobs/bulk/undo"})
    String undoAll(@PathVariable(required = false) String screening, @RequestParam(name = "id", required = false) String job,
            ResultsPages.TableQuery query, Posted posted, Authentication authentication, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return scopes.find(screening, job, response, model, scope -> undo(scope, query, posted, authentication, model, response, redirect));
    }

    /** The candidates a filter leaves, up to one more than the cap (so that "too many" can be told). */
    private record Matching(ResultsStore.Filter filter, ResultsStore.Page page, Map<String, Standing> standing) {
        List<DecisionRules.Target> targets() {
            return page.rows().stream().map(r -> new DecisionRules.Target(r.assessmentId(), r.verdict(), null)).toList();
        }
    }

    private Matching matching(DecideScope scope, ResultsPages.TableQuery query) {
        ResultsStore.Filter f = query.filter(rules.get().vocabulary());
        ResultsStore.Filter all = new ResultsStore.Filter(f.verdict(), f.role(), f.flag(), f.risk(), f.search(), f.sort(), f.descending(), 0,
                decisions.maxBulk() + 1);
        ResultsStore.Page page = results.page(scope.scope(), all);
        return new Matching(f, page, page.total() > decisions.maxBulk() ? Map.of()
                : decisions.standing(page.rows().stream().map(ResultsStore.Row::assessmentId).toList()));
    }

    /** The form over {@code set}, the candidates the filters leave as read for this request. */
    private String form(DecideScope scope, Matching set, Posted posted, Model model) {
        Map<Verdict, Long> byVerdict = new LinkedHashMap<>();
        com.hirefit.screening.ResultIndex.DISPLAY_ORDER.forEach(v -> byVerdict.put(v, 0L));
        set.page().rows().forEach(r -> byVerdict.merge(r.verdict(), 1L, Long::sum));
        model.addAttribute("scope", scope);
        model.addAttribute("filters", FilterWords.of(set.filter()));
        model.addAttribute("total", set.page().total());
        model.addAttribute("tooMany", set.page().total() > decisions.maxBulk());
        model.addAttribute("maxBulk", decisions.maxBulk());
        model.addAttribute("namesCapped", set.page().namesCapped());
        model.addAttribute("nameLimit", set.page().nameLimit());
        model.addAttribute("byVerdict", byVerdict);
        model.addAttribute("decided", set.standing().size());
        model.addAttribute("hidden", scope.links(scope.bulkPath(), set.filter()).params(0));
        model.addAttribute("action", scope.bulkPath());
        model.addAttribute("resultsLink", scope.links(scope.resultsPath(), set.filter()).page(0));
        model.addAttribute("reviewLink", TableLinks.url(scope.reviewPath(), scope.links(scope.reviewPath(), set.filter()).params(0)));
        model.addAttribute("posted", posted == null ? new Posted(null, null, null, true, false, null, null) : posted);
        model.addAttribute("reasons", com.hirefit.decision.OverrideReason.values());
        model.addAttribute("choices", com.hirefit.decision.Decision.values());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return "decisions/bulk";
    }

    private String decide(DecideScope scope, ResultsPages.TableQuery query, Posted posted, Authentication authentication, Model model,
                          HttpServletResponse response, RedirectAttributes redirect) {
        Matching set = matching(scope, query);
        if (set.page().namesCapped()) {
            // The set is cut short by the search's name limit: deciding over it would skip candidates unseen.
            response.setStatus(422);
            return form(scope, set, posted, model);
        }
        try {
            if (posted.confirmed() && posted.expected() != null && posted.expected() == set.page().total()) {
                DecisionService.BulkResult done = decisions.decideAll(set.targets().stream().map(DecisionRules.Target::assessmentId).toList(),
                        posted.decision(), posted.reason(), posted.note(), posted.leaveDecided(), CandidateDecisions.actor(authentication));
                redirect.addFlashAttribute("done", done);
                return "redirect:" + TableLinks.url(scope.bulkPath(), scope.links(scope.bulkPath(), set.filter()).params(0));
            }
            DecisionRules.Bulk plan = decisions.preview(set.targets(), posted.decision(), posted.reason(), posted.note(), posted.leaveDecided());
            model.addAttribute("plan", plan);
            model.addAttribute("changed", posted.confirmed());
        } catch (DecisionRefused e) {
            response.setStatus(422);
            model.addAttribute("problems", e.problems());
        }
        return form(scope, set, posted, model);
    }

    private String undo(DecideScope scope, ResultsPages.TableQuery query, Posted posted, Authentication authentication, Model model,
                        HttpServletResponse response, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("undone", decisions.undoBatch(posted.batch(), CandidateDecisions.actor(authentication)));
        } catch (DecisionRefused e) {
            return NotFound.page(response, model, "There are no such decisions to undo.");
        }
        ResultsStore.Filter filter = query.filter(rules.get().vocabulary());
        return "redirect:" + TableLinks.url(scope.bulkPath(), scope.links(scope.bulkPath(), filter).params(0));
    }
}
