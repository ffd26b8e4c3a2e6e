package com.hirefit.web.workspace;

import com.hirefit.decision.DecisionService;
import com.hirefit.decision.RuleOverrides;
import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleInfo;
import com.hirefit.rules.authoring.RuleCatalog;
import com.hirefit.rules.service.CurrentRules;
import com.hirefit.rules.service.RulesHistoryStore;
import com.hirefit.scenarios.CalibrationSet;
import com.hirefit.scenarios.CalibrationSettings;
import com.hirefit.scenarios.ScenarioSuite;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rule author's pages: the rules installed and their history, the change last refused (file and line), the reload
 * button; the catalogue ({@code rules doc}) as one page per concern; the scenarios and the calibration set
 * ({@code rules test}) run against the rules installed; and how often recruiters override each rule's conclusions.
 */
@Controller
@EnableConfigurationProperties(CalibrationSettings.class)
class RulesPages {
    private final CurrentRules rules;
    private final RulesHistoryStore history;
    private final DecisionService decisions;
    private final Path calibration;

    RulesPages(CurrentRules rules, RulesHistoryStore history, DecisionService decisions, CalibrationSettings calibration) {
        this.rules = rules;
        this.history = history;
        this.decisions = decisions;
        this.calibration = calibration.calibrationDir();
    }

    /** One rule of the override table: its name, where it is written (null: no longer installed), and its figures. */
    record Overridden(String rule, String where, RuleOverrides figures) {
    }

    @GetMapping("/rules")
    String overview(Model model) {
        RuleBase current = rules.get();
        model.addAttribute("current", current);
        model.addAttribute("concerns", RuleCatalog.concerns(current));
        model.addAttribute("reloadable", rules.folder() != null);
        model.addAttribute("rejection", rules.lastRejection());
        model.addAttribute("history", history.list());
        return "rules/overview";
    }

    @PostMapping("/rules/reload")
    String reload(RedirectAttributes redirect) {
        redirect.addFlashAttribute("reload", rules.reload());
        return "redirect:/rules";
    }

    @GetMapping("/rules/catalogue")
    String catalogue(Model model) {
        RuleBase current = rules.get();
        model.addAttribute("current", current);
        model.addAttribute("concerns", RuleCatalog.concerns(current));
        return "rules/catalogue";
    }

    @GetMapping("/rules/catalogue/{file}")
    String concern(@PathVariable String file, Model model, HttpServletResponse response) {
        RuleBase current = rules.get();
        List<RuleCatalog.Concern> concerns = RuleCatalog.concerns(current);
        int index = concerns.stream().map(RuleCatalog.Concern::file).toList().indexOf(file);
        if (index < 0) {
            return NotFound.page(response, model, "The rules installed have no such file.");
        }
        model.addAttribute("current", current);
        model.addAttribute("concern", concerns.get(index));
        model.addAttribute("previous", index > 0 ? concerns.get(index - 1).file() : null);
        model.addAttribute("next", index + 1 < concerns.size() ? concerns.get(index + 1).file() : null);
        model.addAttribute("overrides", decisions.overridesByRule().stream()
                .collect(Collectors.toMap(RuleOverrides::rule, Function.identity())));
        return "rules/concern";
    }

    @GetMapping("/rules/scenarios")
    String scenarios(Model model) {
        RuleBase current = rules.get();
        model.addAttribute("current", current);
        model.addAttribute("folder", rules.folder());
        if (rules.folder() != null) {
            ScenarioSuite.Report report = ScenarioSuite.run(current, rules.folder().resolve(ScenarioSuite.FOLDER));
            model.addAttribute("report", report);
            model.addAttribute("byFile", report.coverage().lines().stream()
                    .collect(Collectors.groupingBy(line -> line.rule().file(), TreeMap::new, Collectors.toList())));
        }
        model.addAttribute("calibrationDir", calibration);
        if (Files.isDirectory(calibration)) {
            model.addAttribute("calibration", CalibrationSet.run(current, calibration));
        }
        return "rules/scenarios";
    }

    @GetMapping("/rules/overrides")
    String overrides(Model model) {
        Map<String, RuleInfo> installed = rules.get().rules();
        List<Overridden> rows = decisions.overridesByRule().stream()
                .map(o -> new Overridden(o.rule(), installed.containsKey(o.rule()) ? where(installed.get(o.rule())) : null, o))
                .sorted(Comparator.comparingDouble((Overridden o) -> -o.figures().rate())
                        .thenComparing(o -> -o.figures().decided()).thenComparing(Overridden::rule))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("decided", decisions.decidedCount());
        return "rules/overrides";
    }

    private static String where(RuleInfo rule) {
        return rule.file() + ":" + rule.line();
    }
}
