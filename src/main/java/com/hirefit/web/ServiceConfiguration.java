package com.hirefit.web;

import com.hirefit.ingest.CandidateFiles;
import java.time.Clock;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ServiceConfiguration.LimitSettings.class, WebhookController.BodyLimit.class})
class ServiceConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
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
