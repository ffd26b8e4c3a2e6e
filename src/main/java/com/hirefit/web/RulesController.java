package com.hirefit.web;

import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleInfo;
import com.hirefit.rules.drl.RuleProblem;
import com.hirefit.rules.service.CurrentRules;
import com.hirefit.rules.service.RulesHistoryStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rule base the service answers with, the last change it refused, its history, and explicit reloads. */
@RestController
@RequestMapping("/api/rules")
class RulesController {
    private final CurrentRules rules;
    private final RulesHistoryStore history;

    RulesController(CurrentRules rules, RulesHistoryStore history) {
        this.rules = rules;
        this.history = history;
    }

    record RuleFile(String file, long rules) {
    }

    /** A change that was refused: when, the version it would have been, and each problem with file and line. */
    record Rejected(Instant at, String version, List<RuleProblem> problems) {
    }

    record RulesView(String version, String origin, int ruleCount, List<RuleFile> files, boolean reloadable, Rejected rejectedChange) {
    }

    @GetMapping
    RulesView get() {
        RuleBase current = rules.get();
        Map<String, Long> byFile = current.rules().values().stream()
                .collect(Collectors.groupingBy(RuleInfo::file, TreeMap::new, Collectors.counting()));
        List<RuleFile> files = current.source().files().keySet().stream()
                .map(name -> new RuleFile(name, byFile.getOrDefault(name, 0L))).toList();
        CurrentRules.Rejection rejection = rules.lastRejection();
        return new RulesView(current.version(), current.origin(), current.rules().size(), files, rules.folder() != null,
                rejection == null ? null : new Rejected(rejection.at(), rejection.version(), rejection.problems()));
    }

    @GetMapping("/history")
    List<RulesHistoryStore.Installed> history() {
        return history.list();
    }

    /** For deployments that do not watch the folder: validate and install now. */
    @PostMapping("/reload")
    CurrentRules.Reload reload() {
        return rules.reload();
    }
}
