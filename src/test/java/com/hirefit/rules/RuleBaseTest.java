package com.hirefit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RuleBaseTest {

    @Test
    void compilesTheRulesFolderAndCataloguesEveryRuleWithFileAndLine() throws Exception {
        RuleBase rules = RuleBase.compile(RuleSource.fromDirectory(Path.of("rules")));
        assertThat(rules.rules()).isNotEmpty();
        assertThat(rules.rules().values()).allSatisfy(rule -> {
            assertThat(rule.file()).endsWith(".drl");
            assertThat(rule.line()).isPositive();
            assertThat(rule.reason()).isNotBlank();
            assertThat(rule.source()).isNotBlank();
        });
    }
}
