package com.hirefit.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Lever: the signature travels in the JSON body, not a header. {@code signature} is the hex HMAC-SHA256, under
 * the signature token, of {@code token} followed by {@code triggeredAt} (epoch milliseconds) exactly as written
 * in the body: the number's text is read, never converted through a double. The body and {@code data} are not
 * covered by the signature; {@code triggeredAt} must lie within a window of now, either way.
 */
public final class LeverSignature implements SignatureCheck {

    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(5);

    private final byte[] key;
    private final Clock clock;
    private final long windowMillis;

    public LeverSignature(String signatureToken, Clock clock) {
        this(signatureToken, clock, DEFAULT_WINDOW);
    }

    public LeverSignature(String signatureToken, Clock clock, Duration window) {
        this.key = Hmac.utf8(Hmac.requireSecret(signatureToken, "the Lever signature token"));
        this.clock = Objects.requireNonNull(clock, "clock");
        if (window == null || window.isNegative()) {
            throw new IllegalArgumentException("the Lever window must be zero or positive");
        }
        this.windowMillis = window.toMillis();
    }

    @Override
    public boolean verify(RawDelivery delivery) {
        Fields fields = Fields.read(delivery.bodyBytes());
        if (fields == null || fields.token == null || fields.triggeredAt == null || fields.signature == null) {
            return false;
        }
        long triggeredAt;
        try {
            triggeredAt = Long.parseLong(fields.triggeredAt);
        } catch (NumberFormatException tooLong) {
            return false;
        }
        long now = clock.millis();
        if (triggeredAt < now - windowMillis || triggeredAt > now + windowMillis) {
            return false;
        }
        byte[] expected = Hmac.sha256(key, Hmac.utf8(fields.token), Hmac.utf8(fields.triggeredAt));
        return Hmac.matchesHex(expected, fields.signature);
    }

    /** The three top-level fields, as raw text; null when the body is not a JSON object. */
    private record Fields(String token, String triggeredAt, String signature) {

        static Fields read(byte[] body) {
            String token = null;
            String triggeredAt = null;
            String signature = null;
            try (JsonParser parser = Json.MAPPER.createParser(body)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    return null;
                }
                for (JsonToken t = parser.nextToken(); t == JsonToken.PROPERTY_NAME; t = parser.nextToken()) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    switch (name) {
                        case "token" -> token = value == JsonToken.VALUE_STRING ? parser.getString() : null;
                        case "signature" -> signature = value == JsonToken.VALUE_STRING ? parser.getString() : null;
                        // The number's own text: "1431454330072", never a double's "1.431454330072E12".
                        case "triggeredAt" -> triggeredAt = value == JsonToken.VALUE_NUMBER_INT ? parser.getString() : null;
                        default -> parser.skipChildren();
                    }
                }
                // Nothing may follow the object: a second value would be a second, unsigned envelope.
                if (parser.nextToken() != null) {
                    return null;
                }
            } catch (JacksonException malformed) {
                return null;
            }
            return new Fields(token, triggeredAt, signature);
        }
    }
}
