package com.hirefit.screening;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hirefit.screenings.*}: how often a running screening shows its instance is alive ({@code heartbeat}), and how
 * long a silent one stays RUNNING before it is reported FAILED ({@code stale-after}).
 */
@ConfigurationProperties("hirefit.screenings")
public record ScreeningSettings(@DefaultValue("10s") Duration heartbeat, @DefaultValue("1m") Duration staleAfter) {
}
