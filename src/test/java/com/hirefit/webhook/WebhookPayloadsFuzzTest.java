package com.hirefit.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.hirefit.ingest.CandidateFiles;
import com.hirefit.ingest.IngestException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzz tests of each vendor's payload mapping, on the raw body of a delivery whose signature already passed. The
 * contract: a mapping returns an event or throws {@link BadPayloadException}; the event's candidate carries no
 * protected or contact key at any depth, and the candidate reader, which the intake hands it to next, reads it
 * or throws {@link IngestException}. Any other exception is a bug. {@code mvn test} replays the seeds in
 * {@code WebhookPayloadsFuzzTestInputs}; {@code .ci/fuzz} fuzzes (docs/fuzzing.md).
 */
class WebhookPayloadsFuzzTest {

    private static final CandidateFiles FILES = new CandidateFiles(
            Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC));

    @FuzzTest
    @DictionaryEntries({"\"action\"", "\"ping\"", "\"payload\"", "\"application\"", "\"candidate\"", "\"jobs\"",
            "\"custom_fields\"", "\"value\"", "\"amount\"", "\"min_value\"", "\"max_value\"", "\"tags\"",
            "\"attachments\"", "\"email_addresses\"", "1e999999999", "-0.0"})
    void greenhouse(byte[] body) {
        mapsOrRefuses(GreenhousePayloads.SOURCE, new RawDelivery(body, Map.of()),
                delivery -> GreenhousePayloads.parse(delivery, CustomFieldKeys.defaults()));
    }

    @FuzzTest
    @DictionaryEntries({"\"event\"", "\"token\"", "\"data\"", "\"opportunityId\"", "\"postingId\"",
            "\"candidateHired\"", "\"candidateDeleted\"", "{}", "1e999999999"})
    void lever(byte[] body) {
        mapsOrRefuses(LeverPayloads.SOURCE, new RawDelivery(body, Map.of()), LeverPayloads::parse);
    }

    @FuzzTest
    @DictionaryEntries({"\"webhookActionId\"", "\"action\"", "\"ping\"", "\"data\"", "\"application\"",
            "\"candidate\"", "\"customFields\"", "\"title\"", "\"value\"", "\"job\"", "\"primaryEmailAddress\"",
            "\"min_value\"", "\"max_value\"", "1e999999999"})
    void ashby(byte[] body) {
        mapsOrRefuses(AshbyPayloads.SOURCE, new RawDelivery(body, Map.of()),
                delivery -> AshbyPayloads.parse(delivery, CustomFieldKeys.defaults()));
    }

    @FuzzTest
    @DictionaryEntries({"\"type\"", "\"ping\"", "\"data\"", "\"applicationId\"", "\"jobId\"", "\"candidate\"",
            "\"basics\"", "\"work\"", "\"startDate\"", "\"Candidate ID\"", "\"Gender\"", "1e999999999"})
    void standard(byte[] body) {
        mapsOrRefuses(StandardPayloads.SOURCE, new RawDelivery(body, Map.of("webhook-id", "msg_fuzz")),
                StandardPayloads::parse);
    }

    private static void mapsOrRefuses(String source, RawDelivery delivery, WebhookReceiver.PayloadParser parser) {
        AtsEvent event;
        try {
            event = parser.parse(delivery);
        } catch (BadPayloadException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        assertThat(event.source()).isEqualTo(source);
        assertThat(event.dedupeKey()).startsWith(source + ":");
        if (event.candidate() != null) {
            assertNoPersonalKeys(event.candidate());
            // what AtsApplicationIntake does with it next
            try {
                FILES.readOne(JsonMapper.shared().writeValueAsBytes(event.candidate()), source + ".json");
            } catch (IngestException refused) {
                assertThat(refused.getMessage()).startsWith("Cannot read " + source + ".json: ");
            }
        }
    }

    private static void assertNoPersonalKeys(Object value) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> {
                assertThat(ExcludedKeys.excluded((String) key)).as("carried key %s", key).isFalse();
                assertNoPersonalKeys(inner);
            });
        } else if (value instanceof List<?> list) {
            list.forEach(WebhookPayloadsFuzzTest::assertNoPersonalKeys);
        }
    }
}
