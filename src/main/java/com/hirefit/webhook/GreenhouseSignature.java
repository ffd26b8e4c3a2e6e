package com.hirefit.webhook;

/**
 * Greenhouse: header {@code Signature: sha256 <hex>} (one space, not '='), the hex being HMAC-SHA256 of the
 * raw body under the secret key entered when the webhook was created. No timestamp is signed.
 */
public final class GreenhouseSignature implements SignatureCheck {

    private final byte[] key;

    public GreenhouseSignature(String secret) {
        this.key = Hmac.utf8(Hmac.requireSecret(secret, "the Greenhouse secret"));
    }

    @Override
    public boolean verify(RawDelivery delivery) {
        String header = delivery.header("Signature");
        if (header == null) {
            return false;
        }
        String value = header.strip();
        int space = value.indexOf(' ');
        if (space < 0 || !value.substring(0, space).equals("sha256")) {
            return false;
        }
        return Hmac.matchesHex(Hmac.sha256(key, delivery.bodyBytes()), value.substring(space + 1));
    }
}
