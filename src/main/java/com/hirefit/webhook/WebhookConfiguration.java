package com.hirefit.webhook;

import java.time.Clock;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    /** Secrets and custom-field keys from {@code hirefit.webhooks.*}; a vendor without a secret has no endpoint. */
    @Bean
    WebhookReceiver webhookReceiver(Environment environment, AtsIntake intake, Clock clock) {
        WebhookSettings settings = Binder.get(environment).bind("hirefit.webhooks", WebhookSettings.class)
                .orElseGet(() -> new WebhookSettings(null, null, null, null, null));
        return new WebhookReceiver(settings, clock, intake);
    }
}
