package com.hirefit.web;

import com.hirefit.ingest.CandidateFiles;
import com.hirefit.rules.CurrentRules;
import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleBaseException;
import com.hirefit.rules.RuleSource;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ServiceConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The rules folder (default ./rules, else the copy bundled in the jar), compiled at start-up. */
    @Bean
    CurrentRules currentRules(@Value("${hirefit.rules-dir:rules}") Path rulesDir) throws RuleBaseException {
        return new CurrentRules(RuleBase.compile(RuleSource.folderOrBundled(rulesDir)));
    }

    @Bean
    CandidateFiles candidateFiles(Clock clock, @Value("${hirefit.limits.max-cell-length:20000}") int maxCellLength) {
        return new CandidateFiles(clock, maxCellLength);
    }
}
