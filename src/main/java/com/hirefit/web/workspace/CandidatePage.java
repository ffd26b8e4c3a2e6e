package com.hirefit.web.workspace;

import com.hirefit.candidate.Candidate;
import com.hirefit.rules.RuleBase;
import com.hirefit.rules.facts.Evidence;
import com.hirefit.rules.service.CurrentRules;
import com.hirefit.screening.AssessmentStore;
import com.hirefit.screening.Assessor;
import com.hirefit.screening.CandidateAssessment;
import com.hirefit.screening.Finding;
import com.hirefit.screening.StoredAssessment;
import com.hirefit.screening.Trace;
import com.hirefit.screening.TraceStep;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/**
 * One candidate's assessment: the recommendation and why, role scores, every flag, risk, pay band and interview
 * focus with its reason, rule and source passage, and the resume with the phrases that became evidence
 * highlighted. The evidence comes from replaying the stored resume facts through the rules with a trace (the
 * same input and rules always give the same result); when the rules changed since, the page says so.
 */
@Controller
class CandidatePage {
    private final AssessmentStore assessments;
    private final CurrentRules rules;
    private final JsonMapper json;

    CandidatePage(AssessmentStore assessments, CurrentRules rules, JsonMapper json) {
        this.assessments = assessments;
        this.rules = rules;
        this.json = json;
    }

    /** One resume field as shown: its label and its text in plain and highlighted pieces. */
    record Field(String label, List<Highlights.Piece> pieces) {
    }

    @GetMapping("/candidates/{id}")
    String candidate(@PathVariable String id, Model model, HttpServletResponse response) {
        Optional<StoredAssessment> found = Ids.valid(id) ? assessments.get(id) : Optional.empty();
        if (found.isEmpty()) {
            return NotFound.page(response, model, "There is no such assessment.");
        }
        StoredAssessment stored = found.get();
        CandidateAssessment a = stored.assessment();
        Assessor assessor = new Assessor(rules.get());
        RuleBase ruleBase = assessor.rules();
        Optional<Candidate> resume = assessments.resumeFacts(id).map(text -> json.readValue(text, Candidate.class));
        Map<String, Set<Evidence>> evidenceByRule = resume.map(c -> evidence(assessor, c, stored)).orElse(Map.of());

        model.addAttribute("stored", stored);
        model.addAttribute("a", a);
        model.addAttribute("sameRules", ruleBase.version().equals(stored.rulesVersion()));
        model.addAttribute("currentVersion", ruleBase.version());
        model.addAttribute("why", sourced(a.verdictReasons(), ruleBase, evidenceByRule));
        model.addAttribute("green", sourced(a.greenFlags(), ruleBase, evidenceByRule));
        model.addAttribute("yellow", sourced(a.yellowFlags(), ruleBase, evidenceByRule));
        model.addAttribute("risks", sourced(a.failureRisks(), ruleBase, evidenceByRule));
        model.addAttribute("focus", sourced(a.interviewFocus(), ruleBase, evidenceByRule));
        model.addAttribute("maxScore", Math.max(1, a.roleScores().values().stream().mapToInt(Integer::intValue).max().orElse(1)));
        model.addAttribute("payRule", a.compensation() == null ? null : payRule(a, ruleBase));
        model.addAttribute("resume", resume.map(c -> fields(c, assessor.evidence(c, stored.jobSnapshot()))).orElse(null));
        return "candidates/candidate";
    }

    /** Each fired rule's evidence: the text evidence its conditions matched, in the replay of this candidate. */
    private static Map<String, Set<Evidence>> evidence(Assessor assessor, Candidate candidate, StoredAssessment stored) {
        Trace<CandidateAssessment> trace = assessor.explain(candidate, assessor.assessJob(stored.jobSnapshot()));
        Map<String, Set<Evidence>> byRule = new LinkedHashMap<>();
        for (TraceStep step : trace.steps()) {
            for (Object fact : step.matched()) {
                if (fact instanceof Evidence e && !Evidence.DERIVED.equals(e.field()) && e.phrase() != null) {
                    byRule.computeIfAbsent(step.rule(), r -> new LinkedHashSet<>()).add(e);
                }
            }
        }
        return byRule;
    }

    private static List<Sourced> sourced(List<Finding> findings, RuleBase rules, Map<String, Set<Evidence>> evidence) {
        return findings.stream().map(f -> Sourced.of(f, rules, evidence.getOrDefault(f.rule(), Set.of()).stream()
                .map(e -> "\u201c" + e.phrase() + "\u201d (" + e.field() + ")").distinct().toList())).toList();
    }

    private static Sourced payRule(CandidateAssessment a, RuleBase rules) {
        return a.firedRules().stream().filter(f -> a.compensation().code().equals(f.code())).findFirst()
                .map(f -> Sourced.of(new Finding(f.code(), a.compensation().reason(), f.rule()), rules, List.of())).orElse(null);
    }

    /** The resume's text fields in reading order, each with the phrases the taxonomy read as evidence highlighted. */
    private static List<Field> fields(Candidate c, List<Evidence> evidence) {
        Map<String, Set<String>> phrases = new LinkedHashMap<>();
        evidence.forEach(e -> phrases.computeIfAbsent(e.field(), f -> new LinkedHashSet<>()).add(e.phrase()));
        List<Field> fields = new ArrayList<>();
        add(fields, "Current title", c.currentTitle(), Set.of());
        add(fields, "Skills", String.join(", ", c.skills()), phrases.getOrDefault("skills", Set.of()));
        add(fields, "Highlights", c.highlights(), phrases.getOrDefault("highlights", Set.of()));
        add(fields, "Education", c.education(), phrases.getOrDefault("education", Set.of()));
        add(fields, "Publications", c.publications(), phrases.getOrDefault("publications", Set.of()));
        add(fields, "Portfolio", String.join(", ", c.portfolio()), phrases.getOrDefault("portfolio", Set.of()));
        add(fields, "Domains", String.join(", ", c.domains()), phrases.getOrDefault("domains", Set.of()));
        add(fields, "Languages", String.join(", ", c.languages()), phrases.getOrDefault("languages", Set.of()));
        new java.util.TreeMap<>(c.extra()).forEach((column, text) -> add(fields, column, text, phrases.getOrDefault(column, Set.of())));
        return fields;
    }

    private static void add(List<Field> fields, String label, String text, Set<String> phrases) {
        if (text != null && !text.isBlank()) {
            fields.add(new Field(label, Highlights.of(text, phrases)));
        }
    }
}
