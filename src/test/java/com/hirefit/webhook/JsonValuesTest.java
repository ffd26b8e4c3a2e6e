package com.hirefit.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JsonValuesTest {

    private static JsonNode json(String text) {
        return Json.MAPPER.readTree(text);
    }

    private static Object custom(String text) {
        return JsonValues.customValue(json(text), "field", new DroppedFields.Collector());
    }

    @Test
    void scalarsStayAsGiven() {
        assertThat(custom("\"7 years\"")).isEqualTo("7 years");
        assertThat(custom("7")).isEqualTo(7);
        assertThat(custom("7.5")).isEqualTo(new BigDecimal("7.5"));
        assertThat(custom("true")).isEqualTo(true);
    }

    @Test
    void emptyValuesAreNothing() {
        assertThat(custom("null")).isNull();
        assertThat(custom("\"  \"")).isNull();
        assertThat(custom("[]")).isNull();
        assertThat(custom("[null]")).isNull();
        assertThat(JsonValues.customValue(null, "field", new DroppedFields.Collector())).isNull();
    }

    @Test
    void currencyIsItsAmount() {
        assertThat(custom("{\"amount\": 185000, \"unit\": \"USD\"}")).isEqualTo(185000);
        assertThat(custom("{\"amount\": \"185000.00\", \"unit\": \"USD\"}")).isEqualTo("185000.00");
    }

    @Test
    void rangeIsItsMidpoint() {
        assertThat(custom("{\"min_value\": 150000, \"max_value\": 190000, \"unit\": \"USD\"}")).isEqualTo(170000L);
        assertThat(custom("{\"min_value\": \"10000.0\", \"max_value\": \"15000.0\"}")).isEqualTo(12500L);
        assertThat(custom("{\"min_value\": 5, \"max_value\": 8}")).isEqualTo(new BigDecimal("6.5"));
        assertThat(custom("{\"min_value\": 150000, \"max_value\": null}")).isEqualTo(150000L);
        assertThat(custom("{\"max_value\": \"190000\"}")).isEqualTo(190000L);
        assertThat(custom("{\"min_value\": \"150k\", \"max_value\": \"190k\"}")).isEqualTo("150k-190k");
    }

    @Test
    void rangeEndsWithHugeExponentsArePassedOnAsText() {
        // found by probing WebhookPayloadsFuzzTest#greenhouse: the exact midpoint threw ArithmeticException
        // (BigInteger would overflow), and smaller exponents would take a long time
        assertThat(custom("{\"min_value\": 1e999999999, \"max_value\": 1}")).isEqualTo("1E+999999999-1");
        assertThat(custom("{\"min_value\": \"1e-999999999\", \"max_value\": 1}")).isEqualTo("1e-999999999-1");
        assertThat(custom("{\"max_value\": 1e999999999}")).isEqualTo(new BigDecimal("1e999999999"));
    }

    @Test
    void rangeEndsThatAreObjectsOrListsBoundNothing() {
        // found by .ci/fuzz (WebhookPayloadsFuzzTest#greenhouse): an end of [] threw JsonNodeException from asString()
        assertThat(custom("{\"min_value\": [], \"max_value\": \"190000.0\"}")).isEqualTo(190000L);
        assertThat(custom("{\"min_value\": \"150k\", \"max_value\": {\"amount\": 1}}")).isEqualTo("150k");
        assertThat(custom("{\"min_value\": [1], \"max_value\": {\"gender\": \"x\"}}")).isNull();
    }

    @Test
    void multiSelectIsAListOfTexts() {
        assertThat(custom("[\"PyTorch\", \"JAX\"]")).isEqualTo(List.of("PyTorch", "JAX"));
        assertThat(custom("[1, 2]")).isEqualTo(List.of("1", "2"));
        assertThat(custom("[{\"name\": \"PyTorch\"}, {\"value\": \"JAX\"}]")).isEqualTo(List.of("PyTorch", "JAX"));
    }

    @Test
    void otherObjectsGiveTheirValueOrNameOrPassThrough() {
        assertThat(custom("{\"user_id\": 4, \"name\": \"Sam Lee\", \"email\": \"sam@example.com\"}")).isEqualTo("Sam Lee");
        assertThat(custom("{\"currencyCode\": \"GBP\", \"value\": 120000}")).isEqualTo(120000);
        assertThat(custom("{\"label\": \"Remote\", \"id\": 3}")).isEqualTo("Remote");
        assertThat(custom("{\"city\": \"Leeds\", \"postcode\": \"LS1\", \"gender\": \"x\"}"))
                .isEqualTo(Map.of("city", "Leeds"));
    }

    @Test
    void plainDropsExcludedKeysAtEveryDepthAndNamesThem() {
        DroppedFields.Collector dropped = new DroppedFields.Collector();
        Object plain = JsonValues.plain(json("""
                {"a": {"phone_numbers": ["1"], "b": [{"age": 40, "c": "kept"}, {"photo": "x"}]},
                 "email_addresses": [{"value": "x@example.com"}], "empty": {}, "none": null, "Graduation Year": 2001}"""),
                "", dropped);
        assertThat(plain).isEqualTo(Map.of(
                "a", Map.of("b", List.of(Map.of("c", "kept"))),
                "email_addresses", List.of(Map.of("value", "x@example.com"))));
        DroppedFields names = dropped.build();
        assertThat(names.fields()).containsExactly("a.phone_numbers", "a.b.age", "a.b.photo", "Graduation Year");
        assertThat(names.uncertain()).extracting(com.hirefit.ingest.UncertainColumn::column).containsExactly("Graduation Year");
    }
}
