package com.hirefit.webhook;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a webhook request goes through, minus HTTP: find the vendor, verify the signature over the raw
 * bytes, map the payload, and hand the event to the {@link AtsIntake}. The endpoint only translates
 * the {@link Outcome}: {@link NotFound} 404, {@link Unauthorized} 401 (no detail: nothing says which check
 * failed), {@link Ping} 200 {@code {"status":"PING"}}, {@link BadPayload} 400 naming the field, {@link Handled}
 * 200 with the intake's result. A vendor without a configured secret has no endpoint, so unsigned input is
 * never screened. Thread-safe.
 */
public final class WebhookReceiver {

    private final Map<String, Vendor> vendors;
    private final AtsIntake intake;

    /** @throws IllegalArgumentException when a configured secret is unusable (the message never quotes it) */
    public WebhookReceiver(WebhookSettings settings, Clock clock, AtsIntake intake) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        this.intake = Objects.requireNonNull(intake, "intake");
        CustomFieldKeys keys = settings.fields();
        Map<String, Vendor> configured = new LinkedHashMap<>();
        if (WebhookSettings.configured(settings.greenhouse().secret())) {
            configured.put(GreenhousePayloads.SOURCE, new Vendor(new GreenhouseSignature(settings.greenhouse().secret()),
                    delivery -> GreenhousePayloads.parse(delivery, keys)));
        }
        if (WebhookSettings.configured(settings.lever().signatureToken())) {
            configured.put(LeverPayloads.SOURCE, new Vendor(new LeverSignature(settings.lever().signatureToken(),
                    clock, settings.lever().window()), LeverPayloads::parse));
        }
        if (WebhookSettings.configured(settings.ashby().secret())) {
            configured.put(AshbyPayloads.SOURCE, new Vendor(new AshbySignature(settings.ashby().secret()),
                    delivery -> AshbyPayloads.parse(delivery, keys)));
        }
        if (WebhookSettings.configured(settings.standard().secret())) {
            configured.put(StandardPayloads.SOURCE, new Vendor(new StandardWebhookSignature(
                    settings.standard().secret(), clock, settings.standard().tolerance()), StandardPayloads::parse));
        }
        this.vendors = Map.copyOf(configured);
    }

    /** The vendors with a configured secret. */
    public Set<String> configuredVendors() {
        return vendors.keySet();
    }

    /**
     * @param vendor the path segment: greenhouse, lever, ashby or standard (exactly, lower case)
     */
    public Outcome receive(String vendor, RawDelivery delivery) {
        Vendor handler = vendor == null ? null : vendors.get(vendor);
        if (handler == null) {
            return new NotFound();
        }
        if (!handler.check().verify(delivery)) {
            return new Unauthorized();
        }
        AtsEvent event;
        try {
            event = handler.parser().parse(delivery);
        } catch (BadPayloadException e) {
            return new BadPayload(e.getMessage());
        }
        if (event.ping()) {
            return new Ping(event);
        }
        String unstorable = event.unstorable();
        if (unstorable != null) {
            return new BadPayload(unstorable);
        }
        return new Handled(event, intake.receive(event));
    }

    /** What became of one request. */
    public sealed interface Outcome permits NotFound, Unauthorized, Ping, BadPayload, Handled {
    }

    /** Unknown vendor, or no secret configured for it. */
    public record NotFound() implements Outcome {
    }

    /** The signature (or its timestamp) did not verify. */
    public record Unauthorized() implements Outcome {
    }

    /** A ping or test delivery, verified; nothing was screened. */
    public record Ping(AtsEvent event) implements Outcome {
    }

    /** Verified, but the body is not what the vendor documents. */
    public record BadPayload(String message) implements Outcome {
    }

    /** Verified and mapped; the intake's answer (also for events it ignores). */
    public record Handled(AtsEvent event, AtsIntake.IntakeResult result) implements Outcome {
    }

    @FunctionalInterface
    interface PayloadParser {
        AtsEvent parse(RawDelivery delivery) throws BadPayloadException;
    }

    private record Vendor(SignatureCheck check, PayloadParser parser) {
    }
}
