package com.hirefit.ingest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON Resume document for the fuzzer: always well-formed JSON with a {@code basics} object, so that every
 * input reaches {@link JsonResumeMapper}; which sections and keys it has, and the type and content of every
 * value (dates of any shape, numbers of any size and exponent, arrays where text belongs...), are the fuzzer's.
 */
final class FuzzedResume {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] BASICS = {"name", "email", "label", "summary", "url", "profiles", "image",
            "location", "phone", "gender"};
    private static final String[] SECTIONS = {"work", "projects", "skills", "education", "publications",
            "languages", "id"};
    private static final String[] ENTRY = {"name", "company", "position", "startDate", "endDate", "summary",
            "highlights", "keywords", "url", "studyType", "area", "institution", "publisher", "language",
            "description", "dateOfBirth"};
    private static final String[] META = {"id", "yearsLlmExperience", "expectedSalary", "market", "domains"};
    private static final String[] WORDS = {"present", "Current", "", " ", "US", "uk", "185k", "7", "Python",
            "Ada Lovelace", "ada@example.com", "https://example.com"};

    private FuzzedResume() {
    }

    static byte[] of(FuzzedDataProvider data) {
        ObjectNode resume = NODES.objectNode();
        ObjectNode basics = resume.putObject("basics");
        for (int i = data.consumeInt(0, 4); i > 0; i--) {
            basics.set(data.pickValue(BASICS), value(data, 2));
        }
        for (int i = data.consumeInt(0, 3); i > 0; i--) {
            ArrayNode section = resume.putArray(data.pickValue(SECTIONS));
            for (int j = data.consumeInt(0, 3); j > 0; j--) {
                section.add(data.consumeInt(0, 9) == 0 ? value(data, 1) : object(data, ENTRY, 1));
            }
        }
        if (data.consumeBoolean()) {
            resume.set("meta", data.consumeInt(0, 9) == 0 ? value(data, 1) : object(data, META, 1));
        }
        if (data.consumeInt(0, 7) == 0) {
            resume.set(data.pickValue(SECTIONS), value(data, 2)); // a section of the wrong type
        }
        return JsonMapper.shared().writeValueAsBytes(resume);
    }

    private static ObjectNode object(FuzzedDataProvider data, String[] keys, int depth) {
        ObjectNode object = NODES.objectNode();
        for (int i = data.consumeInt(0, 5); i > 0; i--) {
            object.set(data.pickValue(keys), value(data, depth));
        }
        return object;
    }

    private static JsonNode value(FuzzedDataProvider data, int depth) {
        switch (data.consumeInt(0, depth > 0 ? 8 : 5)) {
            case 0:
                return NODES.stringNode(data.pickValue(WORDS));
            case 1:
                return NODES.stringNode(date(data));
            case 2:
                return NODES.numberNode(data.consumeLong());
            case 3: // any digits, any exponent: 1E+2147483647 too
                return NODES.numberNode(new BigDecimal(BigInteger.valueOf(data.consumeLong()), data.consumeInt()));
            case 4:
                return data.consumeBoolean() ? NODES.booleanNode(data.consumeBoolean()) : NODES.nullNode();
            case 5:
                return NODES.stringNode(data.consumeString(40));
            case 6:
                ArrayNode array = NODES.arrayNode();
                for (int i = data.consumeInt(0, 3); i > 0; i--) {
                    array.add(value(data, depth - 1));
                }
                return array;
            default:
                return object(data, ENTRY, depth - 1);
        }
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD, with any year, month and day, valid or not. */
    private static String date(FuzzedDataProvider data) {
        int year = data.consumeInt(-1, 10_000);
        int month = data.consumeInt(0, 13);
        int day = data.consumeInt(0, 32);
        switch (data.consumeInt(0, 2)) {
            case 0:
                return String.format("%04d", year);
            case 1:
                return String.format("%04d-%02d", year, month);
            default:
                return String.format("%04d-%02d-%02d", year, month, day);
        }
    }
}
