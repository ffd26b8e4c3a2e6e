package com.hirefit.webhook;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookSettings.class)
class WebhookConfiguration {

    /** Secrets and custom-field keys from {@code hirefit.webhooks.*}; a vendor without a secret has no endpoint. */
    @Bean
    WebhookReceiver webhookReceiver(WebhookSettings settings, AtsIntake intake, Clock clock) {
        return new WebhookReceiver(settings, clock, intake);
    }
}
