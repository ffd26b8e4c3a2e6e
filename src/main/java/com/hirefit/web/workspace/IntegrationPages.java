package com.hirefit.web.workspace;

import com.hirefit.candidate.Candidate;
import com.hirefit.candidate.PersonStore;
import com.hirefit.decision.DecisionService;
import com.hirefit.screening.AssessmentStore;
import com.hirefit.webhook.DeliveryLog;
import com.hirefit.webhook.WebhookReceiver;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's Integrations page: per ATS vendor, whether its webhook endpoint is on, how its deliveries ended
 * (screened, duplicate, unmapped job, rejected, ignored) and the latest of them, without personal data; and erasing a
 * candidate's personal data, in two steps: what will go and what stays, then the erasure itself (the same erasure as
 * {@code DELETE /api/candidates/{id}}).
 */
@Controller
class IntegrationPages {
    static final int RECENT = 20;
    static final Duration WINDOW = Duration.ofDays(7);
    private final DeliveryLog log;
    private final WebhookReceiver receiver;
    private final PersonStore persons;
    private final AssessmentStore assessments;
    private final DecisionService decisions;
    private final Clock clock;

    IntegrationPages(DeliveryLog log, WebhookReceiver receiver, PersonStore persons, AssessmentStore assessments, DecisionService decisions,
                     Clock clock) {
        this.log = log;
        this.receiver = receiver;
        this.persons = persons;
        this.assessments = assessments;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** One vendor: its endpoint on or off, its outcomes of the last week and of all time, its latest deliveries. */
    record Vendor(String name, boolean configured, Map<String, Long> week, Map<String, Long> all, List<DeliveryLog.Entry> recent) {
    }

    /** What erasing a candidate id would do: its assessments, those whose personal data is still kept, its decisions. */
    record Erasure(String candidateId, int assessments, long withPersonalData, long decisions) {
    }

    @GetMapping("/integrations")
    String page(Model model) {
        Map<String, Map<String, Long>> week = log.counts(clock.instant().minus(WINDOW));
        Map<String, Map<String, Long>> all = log.counts(java.time.Instant.EPOCH);
        model.addAttribute("vendors", DeliveryLog.VENDORS.stream().map(name -> new Vendor(name, receiver.configuredVendors().contains(name),
                inOrder(week.get(name)), inOrder(all.get(name)), log.recent(name, RECENT))).toList());
        model.addAttribute("outcomes", DeliveryLog.OUTCOMES);
        model.addAttribute("recentCount", RECENT);
        return "integrations/page";
    }

    @PostMapping("/integrations/erase")
    String erase(@RequestParam(defaultValue = "") String candidateId, @RequestParam(defaultValue = "false") boolean confirm, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        String id = candidateId.strip();
        String problem = id.isEmpty() ? "Candidate ID: required" : id.length() > Candidate.MAX_ID_LENGTH
                ? "Candidate ID: at most " + Candidate.MAX_ID_LENGTH + " characters" : null;
        if (problem != null) {
            response.setStatus(422);
            model.addAttribute("eraseProblem", problem);
            return page(model);
        }
        if (!confirm) {
            List<String> keys = assessments.personIds(id);
            model.addAttribute("erasure", new Erasure(id, keys.size(), keys.stream().filter(k -> persons.get(k).isPresent()).count(),
                    decisions.decisionsOnCandidate(id)));
            return page(model);
        }
        redirect.addFlashAttribute("erased", id);
        redirect.addFlashAttribute("erasedRecords", persons.erase(id));
        return "redirect:/integrations#erase-heading";
    }

    private static Map<String, Long> inOrder(Map<String, Long> counts) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        DeliveryLog.OUTCOMES.forEach(o -> ordered.put(o, counts == null ? 0L : counts.getOrDefault(o, 0L)));
        return ordered;
    }
}
