package com.hirefit.web;

import com.hirefit.ingest.CandidateFiles;
import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleBaseException;
import com.hirefit.rules.RuleSource;
import com.hirefit.rules.service.CurrentRules;
import com.hirefit.rules.service.RulesHistoryStore;
import com.hirefit.rules.service.RulesWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceConfiguration.LimitSettings.class)
class ServiceConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The rules folder (default ./rules, else the copy bundled in the jar), compiled at start-up. */
    @Bean
    CurrentRules currentRules(@Value("${hirefit.rules-dir:rules}") Path rulesDir, Clock clock, RulesHistoryStore history)
            throws RuleBaseException {
        RuleSource source = RuleSource.folderOrBundled(rulesDir);
        Path folder = Files.isDirectory(rulesDir) ? rulesDir.toAbsolutePath() : null;
        return new CurrentRules(RuleBase.compile(source), folder, clock, history::record);
    }

    /** Reloads on change when the rules come from a folder and watching is on (hirefit.rules.watch, default true). */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "hirefit.rules.watch", havingValue = "true", matchIfMissing = true)
    Object rulesWatcher(CurrentRules rules, @Value("${hirefit.rules.debounce:500ms}") Duration debounce) throws IOException {
        return rules.folder() == null ? (AutoCloseable) () -> { } : new RulesWatcher(rules, debounce);
    }

    /**
     * {@code hirefit.limits.*}: the limits an operator may change. The lengths the store is sized for (Candidate ID,
     * name, email, job id and title, file name...) are fixed: they live with their records and match the schema.
     */
    @ConfigurationProperties("hirefit.limits")
    record LimitSettings(@DefaultValue("" + CandidateFiles.DEFAULT_MAX_CELL_LENGTH) int maxCellLength,
                         @DefaultValue("" + CandidateFiles.DEFAULT_MAX_ROWS) int maxRows) {
    }

    @Bean
    CandidateFiles candidateFiles(Clock clock, LimitSettings limits) {
        return new CandidateFiles(clock, limits.maxCellLength(), limits.maxRows());
    }
}
