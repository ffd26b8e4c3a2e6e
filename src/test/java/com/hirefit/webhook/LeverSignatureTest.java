package com.hirefit.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeverSignatureTest {

    /** The self-computed vector of the reference file. */
    static final String KEY = "lever_sig_token";
    static final String TOKEN = "be58f711f349c7780e4579cd7c63341ac6f881e4dccc3154";
    static final long TRIGGERED_AT = 1431454330072L;
    static final String SIGNATURE = "dafee6fae54032fd35ccded00acd92cfb5d879812270cfc6a3d28dc7ff68f78f";

    static Clock at(long epochMillis) {
        return Clock.fixed(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
    }

    static String body(String token, String triggeredAt, String signature) {
        return "{\"id\":\"a2f8\",\"event\":\"candidateStageChange\",\"triggeredAt\":" + triggeredAt
                + ",\"token\":\"" + token + "\",\"signature\":\"" + signature + "\",\"data\":{\"opportunityId\":"
                + "\"250d8f03-738a-4bba-a671-8a3d73477145\",\"toStageId\":\"offer\",\"fromStageId\":\"onsite\"}}";
    }

    private final LeverSignature check = new LeverSignature(KEY, at(TRIGGERED_AT + 60_000));

    @Test
    void referenceVectorVerifies() {
        assertThat(check.verify(Deliveries.of(body(TOKEN, "1431454330072", SIGNATURE)))).isTrue();
    }

    @Test
    void signatureInTheBodyNotAHeader() {
        String body = body(TOKEN, "1431454330072", SIGNATURE);
        assertThat(check.verify(Deliveries.of(body, "Lever-Signature", "nonsense"))).isTrue();
    }

    /** Only token and triggeredAt are signed: Lever leaves {@code data} unsigned (a documented limit). */
    @Test
    void dataIsNotCoveredBySignature() {
        String body = body(TOKEN, "1431454330072", SIGNATURE).replace("offer", "rejected");
        assertThat(check.verify(Deliveries.of(body))).isTrue();
    }

    @Test
    void wrongSignatureFails() {
        String wrong = SIGNATURE.replace("dafe", "dafa");
        assertThat(check.verify(Deliveries.of(body(TOKEN, "1431454330072", wrong)))).isFalse();
    }

    @Test
    void wrongSigningTokenFails() {
        LeverSignature other = new LeverSignature("another_token", at(TRIGGERED_AT));
        assertThat(other.verify(Deliveries.of(body(TOKEN, "1431454330072", SIGNATURE)))).isFalse();
    }

    @Test
    void tamperedTokenOrTimeFails() {
        String token = "ce58f711f349c7780e4579cd7c63341ac6f881e4dccc3154";
        assertThat(check.verify(Deliveries.of(body(token, "1431454330072", SIGNATURE)))).isFalse();
        assertThat(check.verify(Deliveries.of(body(TOKEN, "1431454330073", SIGNATURE)))).isFalse();
    }

    @Test
    void missingFieldFails() {
        String full = body(TOKEN, "1431454330072", SIGNATURE);
        assertThat(check.verify(Deliveries.of(full.replace(",\"signature\":\"" + SIGNATURE + "\"", "")))).isFalse();
        assertThat(check.verify(Deliveries.of(full.replace(",\"token\":\"" + TOKEN + "\"", "")))).isFalse();
        assertThat(check.verify(Deliveries.of(full.replace("\"triggeredAt\":1431454330072,", "")))).isFalse();
    }

    @Test
    void staleOrFutureTimestampFails() {
        String body = body(TOKEN, "1431454330072", SIGNATURE);
        assertThat(new LeverSignature(KEY, at(TRIGGERED_AT + 5 * 60_000)).verify(Deliveries.of(body))).isTrue();
        assertThat(new LeverSignature(KEY, at(TRIGGERED_AT + 5 * 60_000 + 1)).verify(Deliveries.of(body))).isFalse();
        assertThat(new LeverSignature(KEY, at(TRIGGERED_AT - 5 * 60_000)).verify(Deliveries.of(body))).isTrue();
        assertThat(new LeverSignature(KEY, at(TRIGGERED_AT - 5 * 60_000 - 1)).verify(Deliveries.of(body))).isFalse();
    }

    @Test
    void windowIsConfigurable() {
        String body = body(TOKEN, "1431454330072", SIGNATURE);
        Clock halfAnHourLater = at(TRIGGERED_AT + 30 * 60_000);
        assertThat(new LeverSignature(KEY, halfAnHourLater).verify(Deliveries.of(body))).isFalse();
        assertThat(new LeverSignature(KEY, halfAnHourLater, Duration.ofHours(1)).verify(Deliveries.of(body))).isTrue();
    }

    /** triggeredAt is read as the number's text: any other spelling of the number is another message. */
    @ParameterizedTest
    @ValueSource(strings = {"1.431454330072E12", "1431454330072.0", "\"1431454330072\"", "null", "true",
            "99999999999999999999999", "-1431454330072", "{}", "[1431454330072]"})
    void triggeredAtOtherThanAnIntegerFails(String triggeredAt) {
        assertThat(check.verify(Deliveries.of(body(TOKEN, triggeredAt, SIGNATURE)))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]", "\"text\"", "{\"token\":", "{}", "null"})
    void garbageBodyFails(String body) {
        assertThat(check.verify(Deliveries.of(body))).isFalse();
    }

    @Test
    void repeatedFieldOrTrailingValueFails() {
        String body = body(TOKEN, "1431454330072", SIGNATURE);
        assertThat(check.verify(Deliveries.of(body.replace("{\"id\"", "{\"token\":\"other\",\"id\"")))).isFalse();
        assertThat(check.verify(Deliveries.of(body + " {}"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-hex", "DAFEE6", ""})
    void garbageSignatureFails(String signature) {
        assertThat(check.verify(Deliveries.of(body(TOKEN, "1431454330072", signature)))).isFalse();
    }
}
