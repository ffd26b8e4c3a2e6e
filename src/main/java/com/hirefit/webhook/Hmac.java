package com.hirefit.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 and constant-time comparison of a received signature, shared by every vendor. */
final class Hmac {

    private static final HexFormat HEX = HexFormat.of();

    private Hmac() {
    }

    /** HMAC-SHA256 of the parts, concatenated, under the key. */
    static byte[] sha256(byte[] key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether {@code hex} (either case) encodes exactly {@code expected}; false for anything that is not hex. */
    static boolean matchesHex(byte[] expected, String hex) {
        if (hex == null || hex.length() != expected.length * 2) {
            return false;
        }
        try {
            return MessageDigest.isEqual(expected, HEX.parseHex(hex));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
    }

    /** Whether standard base64 {@code text} encodes exactly {@code expected}; false for anything that is not base64. */
    static boolean matchesBase64(byte[] expected, String text) {
        if (text == null) {
            return false;
        }
        try {
            return MessageDigest.isEqual(expected, Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /** Lowercase hex SHA-256 of the bytes (for dedupe keys, not for authentication). */
    static String sha256Hex(byte[] bytes) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** Rejects a missing or blank secret: a vendor without one is not configured and must not be built. */
    static String requireSecret(String secret, String what) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException(what + " is not configured");
        }
        return secret;
    }
}
