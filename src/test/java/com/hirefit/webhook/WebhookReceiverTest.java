package com.hirefit.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hirefit.webhook.AtsIntake.IntakeResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookReceiverTest {

    static final long NOW_MILLIS = 1_772_000_000_000L;
    static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(NOW_MILLIS), ZoneOffset.UTC);
    static final String STANDARD_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private final List<AtsEvent> received = new ArrayList<>();
    private final AtsIntake intake = event -> {
        received.add(event);
        return new IntakeResult(IntakeResult.SCREENED, event.applicationId(), "as-1", "FIT", "LLM_ENGINEER", null);
    };

    private static WebhookSettings allConfigured() {
        return new WebhookSettings(new WebhookSettings.Greenhouse("gh_secret"),
                new WebhookSettings.Lever("lever_sig_token", null), new WebhookSettings.Ashby("ashby_secret"),
                new WebhookSettings.Standard(STANDARD_SECRET, null), null);
    }

    private final WebhookReceiver receiver = new WebhookReceiver(allConfigured(), CLOCK, intake);

    @Test
    void signedApplicationGoesToTheIntake() {
        RawDelivery delivery = Deliveries.greenhouse("gh_secret", GreenhousePayloadsTest.NEW_APPLICATION,
                "Greenhouse-Event-ID", "e-1");
        WebhookReceiver.Outcome outcome = receiver.receive("greenhouse", delivery);
        assertThat(outcome).isInstanceOf(WebhookReceiver.Handled.class);
        WebhookReceiver.Handled handled = (WebhookReceiver.Handled) outcome;
        assertThat(handled.result().status()).isEqualTo(IntakeResult.SCREENED);
        assertThat(handled.event().applicationId()).isEqualTo("69306314");
        assertThat(received).containsExactly(handled.event());
    }

    @Test
    void everyVendorIsWired() {
        String lever = Deliveries.leverBody("lever_sig_token", "applicationCreated", "tok-1", NOW_MILLIS,
                "{\"opportunityId\":\"o1\",\"postingId\":\"p1\"}");
        assertThat(receiver.receive("lever", Deliveries.of(lever))).isInstanceOf(WebhookReceiver.Handled.class);
        assertThat(receiver.receive("ashby", Deliveries.ashby("ashby_secret", AshbyPayloadsTest.SUBMIT)))
                .isInstanceOf(WebhookReceiver.Handled.class);
        assertThat(receiver.receive("standard", Deliveries.standard(STANDARD_SECRET, "msg_1", NOW_MILLIS / 1000,
                StandardPayloadsTest.CANONICAL))).isInstanceOf(WebhookReceiver.Handled.class);
        assertThat(received).extracting(AtsEvent::source).containsExactly("lever", "ashby", "standard");
    }

    @Test
    void unknownOrUnconfiguredVendorIsNotFound() {
        WebhookReceiver onlyAshby = new WebhookReceiver(new WebhookSettings(new WebhookSettings.Greenhouse(" "), null,
                new WebhookSettings.Ashby("ashby_secret"), null, null), CLOCK, intake);
        assertThat(onlyAshby.configuredVendors()).containsExactly("ashby");
        RawDelivery unsigned = Deliveries.of(GreenhousePayloadsTest.NEW_APPLICATION);
        assertThat(onlyAshby.receive("greenhouse", unsigned)).isInstanceOf(WebhookReceiver.NotFound.class);
        assertThat(onlyAshby.receive("lever", unsigned)).isInstanceOf(WebhookReceiver.NotFound.class);
        assertThat(onlyAshby.receive("workable", unsigned)).isInstanceOf(WebhookReceiver.NotFound.class);
        assertThat(onlyAshby.receive("Ashby", unsigned)).isInstanceOf(WebhookReceiver.NotFound.class);
        assertThat(onlyAshby.receive(null, unsigned)).isInstanceOf(WebhookReceiver.NotFound.class);
        assertThat(received).isEmpty();
    }

    @Test
    void badSignatureIsUnauthorizedAndNeverParsed() {
        RawDelivery forged = Deliveries.greenhouse("wrong_secret", GreenhousePayloadsTest.NEW_APPLICATION);
        assertThat(receiver.receive("greenhouse", forged)).isInstanceOf(WebhookReceiver.Unauthorized.class);
        RawDelivery garbage = Deliveries.of("not json at all", "Signature", "sha256 00");
        assertThat(receiver.receive("greenhouse", garbage)).isInstanceOf(WebhookReceiver.Unauthorized.class);
        assertThat(receiver.receive("lever", Deliveries.of("not json"))).isInstanceOf(WebhookReceiver.Unauthorized.class);
        assertThat(received).isEmpty();
    }

    @Test
    void pingIsAnsweredWithoutTheIntake() {
        RawDelivery ping = Deliveries.ashby("ashby_secret", AshbySignatureTest.BODY);
        assertThat(receiver.receive("ashby", ping)).isInstanceOf(WebhookReceiver.Ping.class);
        String leverTest = Deliveries.leverBody("lever_sig_token", "candidateHired", "tok-2", NOW_MILLIS, "{}");
        assertThat(receiver.receive("lever", Deliveries.of(leverTest))).isInstanceOf(WebhookReceiver.Ping.class);
        assertThat(received).isEmpty();
    }

    @Test
    void signedBadPayloadNamesTheField() {
        RawDelivery delivery = Deliveries.greenhouse("gh_secret", "{\"action\":\"new_candidate_application\"}");
        assertThat(receiver.receive("greenhouse", delivery))
                .isEqualTo(new WebhookReceiver.BadPayload("payload is missing"));
        assertThat(received).isEmpty();
    }

    @Test
    void ignoredEventsStillReachTheIntake() {
        RawDelivery delivery = Deliveries.greenhouse("gh_secret",
                "{\"action\":\"job_created\",\"payload\":{\"job\":{\"id\":1}}}");
        assertThat(receiver.receive("greenhouse", delivery)).isInstanceOf(WebhookReceiver.Handled.class);
        assertThat(received).singleElement().satisfies(event -> assertThat(event.candidate()).isNull());
    }

    @Test
    void settingsNeverShowSecrets() {
        assertThat(allConfigured().toString())
                .doesNotContain("gh_secret", "lever_sig_token", "ashby_secret", STANDARD_SECRET)
                .contains("(set)");
        assertThat(new WebhookSettings(null, null, null, null, null).toString()).contains("(not set)");
    }

    @Test
    void unusableSecretFailsAtStartWithoutQuotingIt() {
        WebhookSettings settings = new WebhookSettings(null, null, null,
                new WebhookSettings.Standard("whsec_***", null), null);
        assertThatThrownBy(() -> new WebhookReceiver(settings, CLOCK, intake))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("***");
    }
}
