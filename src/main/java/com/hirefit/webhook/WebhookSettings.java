package com.hirefit.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Webhook configuration, bound from the {@code hirefit.webhooks} properties: {@code greenhouse.secret}, {@code lever.signature-token}, {@code lever.window}, {@code ashby.secret},
 * {@code standard.secret}, {@code standard.tolerance}, {@code fields.*}. A vendor whose secret is null or blank
 * is not configured: its endpoint does not exist. {@code toString()} never shows a secret.
 */
@ConfigurationProperties("hirefit.webhooks")
public record WebhookSettings(Greenhouse greenhouse, Lever lever, Ashby ashby, Standard standard,
                              CustomFieldKeys fields) {

    public WebhookSettings {
        greenhouse = greenhouse == null ? new Greenhouse(null) : greenhouse;
        lever = lever == null ? new Lever(null, null) : lever;
        ashby = ashby == null ? new Ashby(null) : ashby;
        standard = standard == null ? new Standard(null, null) : standard;
        fields = fields == null ? CustomFieldKeys.defaults() : fields;
    }

    public record Greenhouse(String secret) {
        @Override
        public String toString() {
            return "Greenhouse[secret=" + redacted(secret) + "]";
        }
    }

    /** @param window how far {@code triggeredAt} may be from now, either way (default 5 minutes) */
    public record Lever(String signatureToken, Duration window) {
        public Lever {
            window = window == null ? LeverSignature.DEFAULT_WINDOW : window;
        }

        @Override
        public String toString() {
            return "Lever[signatureToken=" + redacted(signatureToken) + ", window=" + window + "]";
        }
    }

    public record Ashby(String secret) {
        @Override
        public String toString() {
            return "Ashby[secret=" + redacted(secret) + "]";
        }
    }

    /** @param tolerance how far {@code webhook-timestamp} may be from now, either way (default 300 s) */
    public record Standard(String secret, Duration tolerance) {
        public Standard {
            tolerance = tolerance == null ? StandardWebhookSignature.DEFAULT_TOLERANCE : tolerance;
        }

        @Override
        public String toString() {
            return "Standard[secret=" + redacted(secret) + ", tolerance=" + tolerance + "]";
        }
    }

    static boolean configured(String secret) {
        return secret != null && !secret.isBlank();
    }

    private static String redacted(String secret) {
        return configured(secret) ? "(set)" : "(not set)";
    }
}
