package com.hirefit.web;

import com.hirefit.rules.CurrentRules;
import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleInfo;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rule base the service answers with. */
@RestController
@RequestMapping("/api/rules")
class RulesController {
    private final CurrentRules rules;

    RulesController(CurrentRules rules) {
        this.rules = rules;
    }

    record RuleFile(String file, long rules) {
    }

    record RulesView(String version, String origin, int ruleCount, List<RuleFile> files) {
    }

    @GetMapping
    RulesView get() {
        RuleBase current = rules.get();
        Map<String, Long> byFile = current.rules().values().stream()
                .collect(Collectors.groupingBy(RuleInfo::file, TreeMap::new, Collectors.counting()));
        List<RuleFile> files = current.source().files().keySet().stream()
                .map(name -> new RuleFile(name, byFile.getOrDefault(name, 0L))).toList();
        return new RulesView(current.version(), current.origin(), current.rules().size(), files);
    }
}
