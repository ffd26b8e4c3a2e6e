package com.hirefit.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AshbySignatureTest {

    /** The self-computed vector of the reference file. */
    static final String SECRET = "ashby_test_secret";
    static final String BODY = "{\"webhookActionId\":\"75395d87-4044-4dc4-bc29-0cec185e5f06\",\"action\":\"ping\",\"data\":{}}";
    static final String HEADER = "sha256=9e0943e0283ec1c33670bdcb541a95f1f0149c30806c47316ad0e776891c2063";

    private final AshbySignature check = new AshbySignature(SECRET);

    @Test
    void referenceVectorVerifies() {
        assertThat(check.verify(Deliveries.of(BODY, "Ashby-Signature", HEADER))).isTrue();
        assertThat(check.verify(Deliveries.of(BODY, "ashby-signature", HEADER))).isTrue();
    }

    @Test
    void wrongSignatureFails() {
        assertThat(check.verify(Deliveries.of(BODY, "Ashby-Signature", HEADER.replace("9e09", "9e08")))).isFalse();
    }

    @Test
    void wrongSecretFails() {
        assertThat(new AshbySignature("ashby_other").verify(Deliveries.of(BODY, "Ashby-Signature", HEADER))).isFalse();
    }

    @Test
    void missingHeaderFails() {
        assertThat(check.verify(Deliveries.of(BODY))).isFalse();
        assertThat(check.verify(Deliveries.of(BODY, "Signature", HEADER))).isFalse();
    }

    @Test
    void tamperedBodyFails() {
        assertThat(check.verify(Deliveries.of(BODY.replace("ping", "pong"), "Ashby-Signature", HEADER))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sha256=", "sha256", "sha256 9e0943e0283ec1c33670bdcb541a95f1f0149c30806c47316ad0e776891c2063",
            "sha1=9e0943e0283ec1c33670bdcb541a95f1f0149c30806c47316ad0e776891c2063",
            "9e0943e0283ec1c33670bdcb541a95f1f0149c30806c47316ad0e776891c2063",
            "sha256=not-hex-at-all-not-hex-at-all-not-hex-at-all-not-hex-at-all-xxxx", "sha256===="})
    void garbageHeaderFails(String header) {
        assertThat(check.verify(Deliveries.of(BODY, "Ashby-Signature", header))).isFalse();
    }
}
