package com.hirefit.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Standard Webhooks (https://www.standardwebhooks.com): headers {@code webhook-id}, {@code webhook-timestamp}
 * (Unix seconds) and {@code webhook-signature}, a space-separated list of {@code <version>,<base64>} entries.
 * A {@code v1} entry is the HMAC-SHA256 of {@code id + "." + timestamp + "." + body}; the request is accepted
 * when any {@code v1} entry matches (several appear while a secret is rotated) and other versions are ignored.
 * The secret is {@code whsec_} followed by base64; the key is the decoded remainder. The timestamp must lie
 * within a tolerance of now, either way (default 300 s, as in the reference libraries).
 */
public final class StandardWebhookSignature implements SignatureCheck {

    public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(300);

    private static final String PREFIX = "whsec_";
    private static final Pattern SECONDS = Pattern.compile("\\d{1,18}");

    private final byte[] key;
    private final Clock clock;
    private final long toleranceSeconds;

    public StandardWebhookSignature(String secret, Clock clock) {
        this(secret, clock, DEFAULT_TOLERANCE);
    }

    /**
     * @param secret {@code whsec_<base64>} (a bare base64 key is accepted too, as the reference libraries do)
     * @throws IllegalArgumentException when the secret is missing or not base64 (the message never quotes it)
     */
    public StandardWebhookSignature(String secret, Clock clock, Duration tolerance) {
        String encoded = Hmac.requireSecret(secret, "the Standard Webhooks secret").strip();
        if (encoded.startsWith(PREFIX)) {
            encoded = encoded.substring(PREFIX.length());
        }
        try {
            this.key = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the Standard Webhooks secret is not whsec_ followed by base64");
        }
        if (key.length == 0) {
            throw new IllegalArgumentException("the Standard Webhooks secret is empty");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        if (tolerance == null || tolerance.isNegative()) {
            throw new IllegalArgumentException("the Standard Webhooks tolerance must be zero or positive");
        }
        this.toleranceSeconds = tolerance.toSeconds();
    }

    @Override
    public boolean verify(RawDelivery delivery) {
        String id = delivery.header("webhook-id");
        String timestamp = delivery.header("webhook-timestamp");
        String signatures = delivery.header("webhook-signature");
        if (id == null || id.isBlank() || timestamp == null || signatures == null) {
            return false;
        }
        timestamp = timestamp.strip();
        if (!SECONDS.matcher(timestamp).matches()) {
            return false;
        }
        long sent = Long.parseLong(timestamp);
        long now = clock.instant().getEpochSecond();
        if (sent < now - toleranceSeconds || sent > now + toleranceSeconds) {
            return false;
        }
        byte[] expected = Hmac.sha256(key, Hmac.utf8(id + "." + timestamp + "."), delivery.bodyBytes());
        boolean match = false;
        for (String entry : signatures.strip().split(" +")) {
            int comma = entry.indexOf(',');
            if (comma > 0 && entry.substring(0, comma).equals("v1")) {
                // No early exit: every entry is checked, so timing says nothing about which one matched.
                match |= Hmac.matchesBase64(expected, entry.substring(comma + 1));
            }
        }
        return match;
    }
}
