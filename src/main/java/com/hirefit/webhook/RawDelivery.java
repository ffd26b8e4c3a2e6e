package com.hirefit.webhook;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One webhook request as received: the raw body bytes (signatures are computed over these, never over
 * re-serialised JSON) and the headers, their names lower-cased so that lookups ignore case.
 *
 * <p>{@link #toString()} shows the body's size and the header names only: header values can carry
 * credentials (Greenhouse's optional Basic auth) and signatures.
 */
public record RawDelivery(byte[] body, Map<String, String> headers) {

    public RawDelivery {
        body = Objects.requireNonNull(body, "body").clone();
        Map<String, String> lower = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((name, value) -> {
                if (name != null && value != null) {
                    lower.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
                }
            });
        }
        headers = java.util.Collections.unmodifiableMap(lower);
    }

    /** The body (a copy). */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The bytes without a copy, for hashing inside the package. */
    byte[] bodyBytes() {
        return body;
    }

    /** A header's value, its name in any case; null when absent. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RawDelivery that && Arrays.equals(body, that.body) && headers.equals(that.headers);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(body) + headers.hashCode();
    }

    @Override
    public String toString() {
        return "RawDelivery[" + body.length + " bytes, headers=" + headers.keySet() + "]";
    }
}
