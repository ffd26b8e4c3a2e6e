package com.hirefit.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RawDeliveryTest {

    @Test
    void headersAreLookedUpIgnoringCase() {
        RawDelivery delivery = Deliveries.of("{}", "Greenhouse-Event-ID", "e1", "Content-Type", "application/json");
        assertThat(delivery.headers()).containsOnlyKeys("greenhouse-event-id", "content-type");
        assertThat(delivery.header("GREENHOUSE-EVENT-ID")).isEqualTo("e1");
        assertThat(delivery.header("signature")).isNull();
    }

    @Test
    void bodyIsCopiedBothWays() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        RawDelivery delivery = new RawDelivery(body, null);
        body[0] = 'x';
        assertThat(delivery.body()).isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
        delivery.body()[0] = 'x';
        assertThat(delivery.body()[0]).isEqualTo((byte) '{');
        assertThat(delivery).isEqualTo(new RawDelivery("{}".getBytes(StandardCharsets.UTF_8), Map.of()));
    }

    @Test
    void nullHeaderNamesOrValuesAreSkipped() {
        Map<String, String> headers = new HashMap<>();
        headers.put(null, "x");
        headers.put("A", null);
        assertThat(new RawDelivery(new byte[0], headers).headers()).isEmpty();
    }

    @Test
    void toStringShowsNoHeaderValuesOrBody() {
        RawDelivery delivery = Deliveries.of("{\"secret\":1}", "Authorization", "Basic dXNlcjpwYXNz");
        assertThat(delivery.toString()).contains("12 bytes", "authorization")
                .doesNotContain("dXNlcjpwYXNz", "secret");
    }
}
