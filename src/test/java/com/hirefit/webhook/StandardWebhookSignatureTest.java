package com.hirefit.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StandardWebhookSignatureTest {

    /** The specification's published test vector (standard-webhooks Java library tests). */
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long TS = 1614265330L;
    static final String BODY = "{\"test\": 2432232314}";
    static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    static Clock at(long epochSeconds) {
        return Clock.fixed(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC);
    }

    static RawDelivery delivery(String body, String id, String timestamp, String signature) {
        return Deliveries.of(body, "webhook-id", id, "webhook-timestamp", timestamp, "webhook-signature", signature);
    }

    private final StandardWebhookSignature check = new StandardWebhookSignature(SECRET, at(TS));

    @Test
    void publishedVectorVerifies() {
        assertThat(check.verify(delivery(BODY, ID, "1614265330", SIGNATURE))).isTrue();
    }

    @Test
    void headerNamesIgnoreCase() {
        RawDelivery delivery = Deliveries.of(BODY, "Webhook-Id", ID, "WEBHOOK-TIMESTAMP", "1614265330",
                "Webhook-Signature", SIGNATURE);
        assertThat(check.verify(delivery)).isTrue();
    }

    @Test
    void anyMatchingV1EntryIsEnough() {
        String rotating = "v1,Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmE= v1a,c2lnbmVk " + SIGNATURE;
        assertThat(check.verify(delivery(BODY, ID, "1614265330", rotating))).isTrue();
    }

    @Test
    void otherVersionsAreIgnored() {
        String asymmetricOnly = SIGNATURE.replace("v1,", "v1a,");
        assertThat(check.verify(delivery(BODY, ID, "1614265330", asymmetricOnly))).isFalse();
        assertThat(check.verify(delivery(BODY, ID, "1614265330", SIGNATURE.replace("v1,", "v2,")))).isFalse();
    }

    @Test
    void secretWithoutPrefixIsAccepted() {
        StandardWebhookSignature bare = new StandardWebhookSignature(SECRET.substring(6), at(TS));
        assertThat(bare.verify(delivery(BODY, ID, "1614265330", SIGNATURE))).isTrue();
    }

    @Test
    void wrongSignatureFails() {
        assertThat(check.verify(delivery(BODY, ID, "1614265330", SIGNATURE.replace("g0hM", "g0hN")))).isFalse();
    }

    @Test
    void wrongSecretFails() {
        StandardWebhookSignature other = new StandardWebhookSignature("whsec_" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldY", at(TS));
        assertThat(other.verify(delivery(BODY, ID, "1614265330", SIGNATURE))).isFalse();
    }

    @Test
    void tamperedBodyIdOrTimestampFails() {
        assertThat(check.verify(delivery("{\"test\": 2432232315}", ID, "1614265330", SIGNATURE))).isFalse();
        assertThat(check.verify(delivery(BODY, "msg_p5jXN8AQM9LWM0D4loKWxJeK", "1614265330", SIGNATURE))).isFalse();
        assertThat(check.verify(delivery(BODY, ID, "1614265331", SIGNATURE))).isFalse();
    }

    @Test
    void missingHeaderFails() {
        assertThat(check.verify(Deliveries.of(BODY, "webhook-timestamp", "1614265330", "webhook-signature", SIGNATURE)))
                .isFalse();
        assertThat(check.verify(Deliveries.of(BODY, "webhook-id", ID, "webhook-signature", SIGNATURE))).isFalse();
        assertThat(check.verify(Deliveries.of(BODY, "webhook-id", ID, "webhook-timestamp", "1614265330"))).isFalse();
    }

    @Test
    void staleTimestampFails() {
        RawDelivery delivery = delivery(BODY, ID, "1614265330", SIGNATURE);
        assertThat(new StandardWebhookSignature(SECRET, at(TS + 300)).verify(delivery)).isTrue();
        assertThat(new StandardWebhookSignature(SECRET, at(TS + 301)).verify(delivery)).isFalse();
    }

    @Test
    void futureTimestampFails() {
        RawDelivery delivery = delivery(BODY, ID, "1614265330", SIGNATURE);
        assertThat(new StandardWebhookSignature(SECRET, at(TS - 300)).verify(delivery)).isTrue();
        assertThat(new StandardWebhookSignature(SECRET, at(TS - 301)).verify(delivery)).isFalse();
    }

    @Test
    void toleranceIsConfigurable() {
        RawDelivery delivery = delivery(BODY, ID, "1614265330", SIGNATURE);
        assertThat(new StandardWebhookSignature(SECRET, at(TS + 3600), Duration.ofHours(2)).verify(delivery)).isTrue();
        assertThat(new StandardWebhookSignature(SECRET, at(TS + 60), Duration.ofSeconds(30)).verify(delivery)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "-1614265330", "1614265330.0", "1.61426533E9", "99999999999999999999",
            "1614265330x"})
    void garbageTimestampFails(String timestamp) {
        assertThat(check.verify(delivery(BODY, ID, timestamp, SIGNATURE))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "v1", "v1,", ",g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
            "g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", "v1,!!!not base64!!!", "v1=g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
            "v1,g0hM9SsE-OTPJTGt_tmIKtSyZlE3uFJELVlNIOLJ1OE="})
    void garbageSignatureFails(String signature) {
        assertThat(check.verify(delivery(BODY, ID, "1614265330", signature))).isFalse();
    }

    @Test
    void unusableSecretIsAConfigurationErrorThatDoesNotQuoteIt() {
        assertThatThrownBy(() -> new StandardWebhookSignature("whsec_not*base64!", at(TS)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("not*base64!");
        assertThatThrownBy(() -> new StandardWebhookSignature("whsec_", at(TS)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StandardWebhookSignature(null, at(TS)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
