package com.hirefit.rules.service;

import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleBaseException;
import com.hirefit.rules.RuleSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rules the service answers with: compiled at start-up, and reloaded when the folder changes (when watched). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RulesSettings.class)
class RulesConfiguration {

    @Bean
    CurrentRules currentRules(RulesSettings settings, Clock clock, RulesHistoryStore history) throws RuleBaseException {
        Path dir = settings.rulesDir();
        RuleSource source = RuleSource.folderOrBundled(dir);
        Path folder = Files.isDirectory(dir) ? dir.toAbsolutePath() : null;
        return new CurrentRules(RuleBase.compile(source), folder, clock, history::record);
    }

    /** Watches the folder when the rules come from one and watching is on; otherwise nothing to close. */
    @Bean(destroyMethod = "close")
    AutoCloseable rulesWatcher(CurrentRules rules, RulesSettings settings) throws IOException {
        return rules.folder() == null || !settings.rules().watch() ? () -> { } : new RulesWatcher(rules, settings.rules().debounce());
    }
}
