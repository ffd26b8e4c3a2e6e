package com.hirefit.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

class GreenhouseSignatureTest {

    /** The self-computed vector of the reference file. */
    static final String SECRET = "gh_test_secret";
    static final String BODY = "{\"action\":\"ping\",\"payload\":{\"web_hook_id\":1}}";
    static final String HEX = "c797a01fc4673cc800fa8995618832a7a2367ea5bc58dd8cc4ce3f1c9634ba9b";

    private final GreenhouseSignature check = new GreenhouseSignature(SECRET);

    @Test
    void referenceVectorVerifies() {
        assertThat(check.verify(Deliveries.of(BODY, "Signature", "sha256 " + HEX))).isTrue();
    }

    @Test
    void headerNameIgnoresCase() {
        assertThat(check.verify(Deliveries.of(BODY, "signature", "sha256 " + HEX))).isTrue();
        assertThat(check.verify(Deliveries.of(BODY, "SIGNATURE", "sha256 " + HEX))).isTrue();
    }

    @Test
    void wrongSignatureFails() {
        String wrong = HEX.substring(0, 63) + (HEX.endsWith("b") ? "c" : "b");
        assertThat(check.verify(Deliveries.of(BODY, "Signature", "sha256 " + wrong))).isFalse();
    }

    @Test
    void wrongSecretFails() {
        assertThat(new GreenhouseSignature("another_secret").verify(Deliveries.of(BODY, "Signature", "sha256 " + HEX)))
                .isFalse();
    }

    @Test
    void missingHeaderFails() {
        assertThat(check.verify(Deliveries.of(BODY))).isFalse();
        assertThat(check.verify(Deliveries.of(BODY, "Ashby-Signature", "sha256=" + HEX))).isFalse();
    }

    @Test
    void tamperedBodyFails() {
        String tampered = BODY.replace("\"web_hook_id\":1", "\"web_hook_id\":2");
        assertThat(check.verify(Deliveries.of(tampered, "Signature", "sha256 " + HEX))).isFalse();
    }

    /** The raw bytes are signed: the same JSON written differently is another body. */
    @Test
    void reserialisedBodyFails() {
        String spaced = "{\"action\": \"ping\", \"payload\": {\"web_hook_id\": 1}}";
        assertThat(check.verify(Deliveries.of(spaced, "Signature", "sha256 " + HEX))).isFalse();
    }

    static Stream<String> garbageHeaders() {
        return Stream.of("", " ", "sha256", "sha256 ", "sha256=" + HEX, "sha1 " + HEX, "SHA256 " + HEX,
                "sha256 " + HEX + "00", "sha256 " + "zz" + HEX.substring(2), "sha256  " + HEX, "sha256 \u00e9\u00e9",
                "md5 sha256 " + HEX, "sha256 " + HEX.substring(0, 63));
    }

    @ParameterizedTest
    @MethodSource("garbageHeaders")
    void garbageHeaderFails(String header) {
        assertThat(check.verify(Deliveries.of(BODY, "Signature", header))).isFalse();
    }

    @Test
    void missingSecretIsAConfigurationError() {
        assertThatThrownBy(() -> new GreenhouseSignature(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GreenhouseSignature(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
