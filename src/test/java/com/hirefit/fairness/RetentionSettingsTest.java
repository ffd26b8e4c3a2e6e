package com.hirefit.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Retention settings: the defaults, and a decision-record period under six months or a purge schedule that is not a cron
 * expression refused when the service starts.
 */
class RetentionSettingsTest {
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of()).withUserConfiguration(FairnessConfiguration.class);

    @Test
    void theDefaultsAre180DaysOfPersonalDataAndThreeYearsOfDecisionRecords() {
        context.run(started -> {
            ComplianceSettings.Retention retention = started.getBean(ComplianceSettings.class).retention();
            assertThat(retention.personalData()).isEqualTo(Period.ofDays(180));
            assertThat(retention.decisionRecords()).isEqualTo(Period.ofYears(3));
        });
    }

    @Test
    void decisionRecordsKeptUnderSixMonthsStopTheServiceFromStarting() {
        context.withPropertyValues("hirefit.compliance.retention.decision-records=5m").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("at least six months");
        });
        context.withPropertyValues("hirefit.compliance.retention.decision-records=6m").run(started -> assertThat(started).hasNotFailed());
        assertThatThrownBy(() -> new ComplianceSettings.Retention(Period.ofDays(180), Period.ofDays(150), "0 0 3 * * *"))
                .hasMessageContaining("P150D");
    }

    @Test
    void aPurgeScheduleThatIsNotACronExpressionStopsTheServiceFromStarting() {
        context.withPropertyValues("hirefit.compliance.retention.purge-cron=every night").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("purge-cron is not a cron expression")
                    .hasMessageNotContaining("every night");
        });
    }
}
