package com.hirefit.webhook;

/**
 * Ashby: header {@code Ashby-Signature: sha256=<hex>}, the hex being HMAC-SHA256 of the raw body under the
 * secret token entered when the webhook was created. No timestamp is signed.
 */
public final class AshbySignature implements SignatureCheck {

    private static final String PREFIX = "sha256=";

    private final byte[] key;

    public AshbySignature(String secret) {
        this.key = Hmac.utf8(Hmac.requireSecret(secret, "the Ashby secret"));
    }

    @Override
    public boolean verify(RawDelivery delivery) {
        String header = delivery.header("Ashby-Signature");
        if (header == null) {
            return false;
        }
        String value = header.strip();
        if (!value.startsWith(PREFIX)) {
            return false;
        }
        return Hmac.matchesHex(Hmac.sha256(key, delivery.bodyBytes()), value.substring(PREFIX.length()));
    }
}
