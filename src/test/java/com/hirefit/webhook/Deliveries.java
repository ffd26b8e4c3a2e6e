package com.hirefit.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Builds deliveries and signs them the way each vendor does, independently of the code under test. */
public final class Deliveries {

    private Deliveries() {
    }

    static RawDelivery of(String body, String... headerPairs) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.put(headerPairs[i], headerPairs[i + 1]);
        }
        return new RawDelivery(body.getBytes(StandardCharsets.UTF_8), headers);
    }

    static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    static String hexHmac(String key, String message) {
        return HexFormat.of().formatHex(hmac(key.getBytes(StandardCharsets.UTF_8), message));
    }

    public static RawDelivery greenhouse(String secret, String body, String... extraHeaders) {
        String[] headers = new String[extraHeaders.length + 2];
        headers[0] = "Signature";
        headers[1] = "sha256 " + hexHmac(secret, body);
        System.arraycopy(extraHeaders, 0, headers, 2, extraHeaders.length);
        return of(body, headers);
    }

    static RawDelivery ashby(String secret, String body) {
        return of(body, "Ashby-Signature", "sha256=" + hexHmac(secret, body));
    }

    /** A Lever body: the envelope with a signature over token + triggeredAt, and {@code data} as given. */
    static String leverBody(String signatureToken, String event, String token, long triggeredAt, String data) {
        return "{\"id\":\"5f1f8a3e-4f58-4a44-9c0e-6d2b7c1e2a10\",\"event\":\"" + event + "\",\"triggeredAt\":"
                + triggeredAt + ",\"token\":\"" + token + "\",\"signature\":\""
                + hexHmac(signatureToken, token + triggeredAt) + "\",\"data\":" + data + "}";
    }

    static RawDelivery standard(String secret, String id, long timestamp, String body) {
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        String signature = Base64.getEncoder().encodeToString(hmac(key, id + "." + timestamp + "." + body));
        return of(body, "webhook-id", id, "webhook-timestamp", Long.toString(timestamp), "webhook-signature",
                "v1," + signature);
    }
}
