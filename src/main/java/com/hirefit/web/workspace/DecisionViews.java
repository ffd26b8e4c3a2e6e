package com.hirefit.web.workspace;

import com.hirefit.decision.Decision;
import com.hirefit.decision.DecisionEvent;
import com.hirefit.decision.DecisionService;
import com.hirefit.decision.OverrideReason;
import com.hirefit.decision.Standing;
import com.hirefit.screening.ResultsStore;
import com.hirefit.vocabulary.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the templates show of decisions ({@code ${@decisions...}}): the decision panel of a candidate, the decision
 * standing on each row of a results table, and the addresses of the Decide pages for a table's current filters. The
 * pages of other parts call it from their templates, so they need no change of their own to show decisions.
 */
@Component("decisions")
public class DecisionViews {
    private final DecisionService decisions;

    DecisionViews(DecisionService decisions) {
        this.decisions = decisions;
    }

    /**
     * The decision panel: the recommendation and the decision that follows it, the decision standing, the history
     * (newest first), and the form, posting to {@code action} (with {@code hidden} fields); {@code htmx}: the panel
     * redraws itself. {@code problems} and the values tried ({@code reason}, {@code note}) come back with a refusal.
     */
    public record Panel(String assessmentId, Verdict verdict, String rulesVersion, Decision followedBy, DecisionEvent standing,
                        List<DecisionEvent> history, String action, String undoAction, Map<String, String> hidden, boolean htmx,
                        List<String> problems, String reason, String note) {

        public List<Decision> choices() {
            return List.of(Decision.values());
        }

        public List<OverrideReason> reasons() {
            return List.of(OverrideReason.values());
        }

        public boolean overrides(Decision decision) {
            return !decision.follows(verdict);
        }

        /** The button's words: "Advance". */
        public String label(Decision decision) {
            return decision.name().charAt(0) + decision.name().substring(1).toLowerCase(java.util.Locale.ROOT);
        }

        /** The keyboard shortcut: the first letter, "a", "r", "h". */
        public String key(Decision decision) {
            return decision.name().substring(0, 1).toLowerCase(java.util.Locale.ROOT);
        }

        /** A problem of one field, for its aria-invalid mark. */
        public boolean invalid(String field) {
            return problems.stream().anyMatch(p -> p.startsWith(field + ":"));
        }

        Panel refused(List<String> problems, String reason, String note) {
            return new Panel(assessmentId, verdict, rulesVersion, followedBy, standing, history, action, undoAction, hidden, htmx, problems,
                    reason, note);
        }
    }

    /** The panel of the candidate page: it posts to the candidate's own address and redraws itself. */
    public Panel panel(String assessmentId) {
        String action = "/candidates/" + assessmentId + "/decisions";
        return panel(assessmentId, action, action + "/undo", Map.of(), true);
    }

    Panel panel(String assessmentId, String action, String undoAction, Map<String, String> hidden, boolean htmx) {
        DecisionService.Trail trail = decisions.trail(assessmentId).orElseThrow();
        List<DecisionEvent> history = new ArrayList<>(trail.events());
        Collections.reverse(history);
        return new Panel(assessmentId, trail.verdict(), trail.rulesVersion(), trail.followedBy(), trail.standing().orElse(null), history,
                action, undoAction, hidden, htmx, List.of(), null, null);
    }

    /** The decision standing on each row of a results page that has one, by assessment id. */
    public Map<String, Standing> standing(List<ResultsStore.Row> rows) {
        return decisions.standing(rows.stream().map(ResultsStore.Row::assessmentId).toList());
    }

    /** The review page (one candidate at a time) for a results table's current filters, from its first candidate. */
    public String reviewLink(TableLinks links) {
        return TableLinks.url(DecideScope.base(links) + "/review", links.params(0));
    }

    /** The page that decides for every candidate a results table's current filters leave. */
    public String bulkLink(TableLinks links) {
        return TableLinks.url(DecideScope.base(links) + "/bulk", links.params(0));
    }

    /** Whether someone with this login may record decisions: a writer of the recruiting pages. */
    public boolean mayDecide(org.springframework.security.core.Authentication authentication) {
        if (authentication == null) {
            return false;
        }
        List<String> authorities = WorkspaceModel.authorities(authentication);
        return com.hirefit.security.WorkspaceArea.RECRUITING.writers().stream().map(com.hirefit.user.Role::authority)
                .anyMatch(authorities::contains);
    }

    static Map<String, String> with(Map<String, String> params, String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put(name, value);
        return all;
    }
}
