package com.hirefit.webhook;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading webhook bodies: one mapper for every vendor, and lookups that turn a missing or mistyped field into
 * a {@link BadPayloadException} naming its path. A key repeated in one object is refused, so the signature
 * check and the mapping can never read different values of the same field.
 */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Json() {
    }

    /** The body as a JSON object. */
    static JsonNode body(RawDelivery delivery) throws BadPayloadException {
        JsonNode root;
        try {
            root = MAPPER.readTree(delivery.bodyBytes());
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw new BadPayloadException("the body is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (NumberFormatException e) {
            // Jackson lets this through for a decimal whose exponent is beyond BigDecimal's (1e2147483648)
            throw new BadPayloadException("the body is not valid JSON (a number's exponent is out of range)");
        }
        if (root == null || !root.isObject()) {
            throw new BadPayloadException("the body is not a JSON object");
        }
        return root;
    }

    /** The field's value, or null when it is absent or JSON null. */
    static JsonNode field(JsonNode parent, String name) {
        JsonNode node = parent == null || !parent.isObject() ? null : parent.get(name);
        return node == null || node.isNull() || node.isMissingNode() ? null : node;
    }

    /** A scalar field as text, or null when absent, blank or not a scalar. */
    static String text(JsonNode parent, String name) {
        JsonNode node = field(parent, name);
        if (node == null || node.isContainer()) {
            return null;
        }
        String text = node.asString().strip();
        return text.isEmpty() ? null : text;
    }

    /** An object field, or null when absent; anything else is a bad payload. */
    static JsonNode object(JsonNode parent, String name, String path) throws BadPayloadException {
        JsonNode node = field(parent, name);
        if (node != null && !node.isObject()) {
            throw new BadPayloadException(path + " is not an object");
        }
        return node;
    }

    static JsonNode requireObject(JsonNode parent, String name, String path) throws BadPayloadException {
        JsonNode node = object(parent, name, path);
        if (node == null) {
            throw new BadPayloadException(path + " is missing");
        }
        return node;
    }

    /** A required non-blank string. */
    static String requireText(JsonNode parent, String name, String path) throws BadPayloadException {
        JsonNode node = field(parent, name);
        if (node == null) {
            throw new BadPayloadException(path + " is missing");
        }
        if (!node.isString()) {
            throw new BadPayloadException(path + " is not a string");
        }
        if (node.stringValue().isBlank()) {
            throw new BadPayloadException(path + " is blank");
        }
        return node.stringValue();
    }

    /** An id that may be sent as a string or as an integer; null when absent. */
    static String id(JsonNode parent, String name, String path) throws BadPayloadException {
        JsonNode node = field(parent, name);
        if (node == null) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        if (node.isString() && !node.stringValue().isBlank()) {
            return node.stringValue().strip();
        }
        throw new BadPayloadException(path + " is not a string or an integer");
    }

    static String requireId(JsonNode parent, String name, String path) throws BadPayloadException {
        String id = id(parent, name, path);
        if (id == null) {
            throw new BadPayloadException(path + " is missing");
        }
        return id;
    }

    /** The elements of an array field; empty when absent; anything else is a bad payload. */
    static Iterable<JsonNode> array(JsonNode parent, String name, String path) throws BadPayloadException {
        JsonNode node = field(parent, name);
        if (node == null) {
            return java.util.List.of();
        }
        if (!node.isArray()) {
            throw new BadPayloadException(path + " is not an array");
        }
        return node;
    }
}
