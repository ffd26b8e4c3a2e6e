package com.hirefit.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.rules.RuleInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scenario in rules/tests/ (one test per scenario, named by it, grouped by file), and the promise that
 * every rule in rules/ is fired by at least one scenario. The rule base is compiled and the suite run once.
 */
class RuleScenariosTest {
    private static final ScenarioSuite.Report REPORT =
            ScenarioSuite.run(CompiledRules.RULES, CompiledRules.FOLDER.resolve(ScenarioSuite.FOLDER));

    @TestFactory
    Stream<DynamicNode> everyScenarioHoldsWithTheRealRules() {
        Map<String, List<ScenarioResult>> byFile = new LinkedHashMap<>();
        REPORT.results().forEach(result -> byFile.computeIfAbsent(result.file(), file -> new java.util.ArrayList<>()).add(result));
        return byFile.entrySet().stream().map(file -> DynamicContainer.dynamicContainer(file.getKey(),
                file.getValue().stream().map(result -> DynamicTest.dynamicTest(result.name(),
                        () -> assertThat(result.failures()).as("%s failed:%n  %s", result.where(),
                                String.join("\n  ", result.failures())).isEmpty()))));
    }

    @Test
    void everyScenarioFileAndScenarioCanBeRead() {
        assertThat(REPORT.errors()).as("scenario files or scenarios that cannot run").isEmpty();
        assertThat(REPORT.results()).isNotEmpty();
    }

    @Test
    void everyRuleIsFiredByAtLeastOneScenario() {
        List<String> uncovered = REPORT.coverage().uncovered().stream()
                .map(rule -> rule.file() + ":" + rule.line() + " " + rule.name()).toList();
        assertThat(uncovered).as("rules fired by no scenario in rules/tests/:%n  %s", String.join("\n  ", uncovered)).isEmpty();
        assertThat(REPORT.coverage().lines()).hasSize(CompiledRules.RULES.rules().size());
        assertThat(REPORT.coverage().lines()).extracting(line -> line.rule()).extracting(RuleInfo::name)
                .containsExactlyInAnyOrderElementsOf(CompiledRules.RULES.rules().keySet());
    }
}
