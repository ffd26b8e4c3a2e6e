package com.hirefit.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON: an array of candidate objects or JSON Resume documents, or a single one of either. Array
 * elements are read one at a time. Candidate object keys go through the same header rules as spreadsheet
 * columns (so "candidateId", "Candidate ID" and "id" all work, and protected keys are dropped unread). The row
 * number is the 1-based position in the array (1 for a single object).
 */
final class JsonCandidateReader {

    /**
     * Elements are read one by one off a shared parser, so "trailing tokens" after each are expected. Decimals
     * stay exact so that an error quotes them as written (1e400 rather than Infinity).
     */
    /**
     * Longer numbers than Jackson's default of 1,000 digits are read (and then refused as row errors, "not a
     * plausible salary"); parsing 10,000 digits is still cheap. Nesting stays capped at Jackson's default depth
     * (500), so 100,000 nested arrays end in one plain error, never a StackOverflowError.
     */
    static final int MAX_NUMBER_LENGTH = 10_000;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(MAX_NUMBER_LENGTH).build())
                    // Parse errors say what and where, never the text: it may be a resume.
                    .errorReportConfiguration(ErrorReportConfiguration.builder().maxErrorTokenLength(0).maxRawContentLength(0).build())
                    .build())
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final JsonResumeMapper resumes;

    JsonCandidateReader(JsonResumeMapper resumes) {
        this.resumes = resumes;
    }

    void read(InputStream in, ReportBuilder report, RowMapper rows) throws IngestException, IOException {
        String file = report.file();
        JsonParser parser = null;
        try {
            parser = MAPPER.createParser(new Watched(in));
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IngestException("Cannot read " + file + ": the file is empty");
            }
            if (first == JsonToken.START_ARRAY) {
                int position = 0;
                for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                    if (token == null) {
                        throw new IngestException("Cannot read " + file + ": the JSON array is not closed");
                    }
                    element(++position, MAPPER.readTree(parser), report, rows);
                }
            } else if (first == JsonToken.START_OBJECT) {
                element(1, MAPPER.readTree(parser), report, rows);
            } else {
                throw new IngestException("Cannot read " + file + ": expected a JSON array of candidates or one"
                        + " candidate object, found " + describe(MAPPER.readTree(parser)));
            }
            if (parser.nextToken() != null) {
                throw new IngestException("Cannot read " + file + ": unexpected content after the JSON value"
                        + at(parser.currentTokenLocation()));
            }
        } catch (JacksonIOException e) {
            if (e.getCause() instanceof StreamFailure failure) {
                throw (IOException) failure.getCause();
            }
            // Jackson's complaint about the bytes: an encoding it cannot read, a code point past U+10FFFF
            throw new IngestException("Cannot read " + file + ": invalid JSON: " + e.getOriginalMessage(), e);
        } catch (NumberFormatException e) {
            // Jackson lets this through for a decimal whose exponent is beyond BigDecimal's (1e2147483648)
            throw new IngestException("Cannot read " + file + ": invalid JSON" + at(parser.currentLocation())
                    + ": a number's exponent is out of range", e);
        } catch (JacksonException e) {
            // Some failures (nesting too deep) carry no location: the parser knows where it stopped.
            TokenStreamLocation location = e.getLocation() != null || parser == null
                    ? e.getLocation() : parser.currentLocation();
            throw new IngestException("Cannot read " + file + ": invalid JSON" + at(location) + ": "
                    + e.getOriginalMessage(), e);
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
    }

    /**
     * Jackson reports both a failing stream and bytes it cannot decode as IOExceptions; the stream's own are marked
     * here, so that only they stay IOExceptions and the rest are the file's fault.
     */
    private static final class Watched extends FilterInputStream {
        Watched(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw new StreamFailure(e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (IOException e) {
                throw new StreamFailure(e);
            }
        }
    }

    private static final class StreamFailure extends IOException {
        private static final long serialVersionUID = 1L;

        StreamFailure(IOException cause) {
            super(cause);
        }
    }

    private void element(int position, JsonNode node, ReportBuilder report, RowMapper rows) {
        if (node == null || !node.isObject()) {
            rows.reject(position, null, "element " + position + " is " + describe(node)
                    + ", not a candidate object");
        } else if (JsonResumeMapper.isResume(node)) {
            rows.map(resumes.map(position, node, report));
        } else {
            rows.map(candidate(position, node, report));
        }
    }

    /** A flat candidate object, keyed like spreadsheet columns. */
    static RawRow candidate(int position, JsonNode node, ReportBuilder report) {
        RawRow raw = new RawRow(position);
        List<Map.Entry<String, JsonNode>> properties = new ArrayList<>(node.properties());
        List<Columns.Slot> slots = Columns.slots(properties.stream().map(Map.Entry::getKey).toList(),
                index -> "(unnamed)");
        for (int i = 0; i < slots.size(); i++) {
            Columns.Slot slot = slots.get(i);
            String key = properties.get(i).getKey();
            JsonNode value = properties.get(i).getValue();
            if (slot instanceof Columns.Dropped dropped) {
                report.dropped(key, dropped.verdict());
            } else if (slot instanceof Columns.Mapped mapped) {
                raw.put(mapped.field(), value(value));
            } else if (slot instanceof Columns.Extra extra) {
                extra(extra.name(), value, raw, report);
            } else if (slot instanceof Columns.Unnamed unnamed) {
                extra(unnamed.name(), value, raw, report);
            }
        }
        return raw;
    }

    /**
     * An unknown key, kept as extra text. Nested objects are flattened to "key.inner" and their protected keys
     * dropped too, so a {"demographics": {"gender": ...}} never leaks through extra.
     */
    private static void extra(String path, JsonNode node, RawRow raw, ReportBuilder report) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String inner = path + "." + property.getKey();
                var verdict = ProtectedAttributes.classify(property.getKey());
                if (verdict.isPresent()) {
                    report.dropped(inner, verdict.get());
                } else {
                    extra(inner, property.getValue(), raw, report);
                }
            }
        } else if (node.isArray() && !isScalarArray(node)) {
            for (int i = 0; i < node.size(); i++) {
                extra(path + "[" + i + "]", node.get(i), raw, report);
            }
        } else {
            Value value = value(node);
            if (value != null && !value.isBlank()) {
                report.extra(path);
                raw.putExtra(path, value);
            }
        }
    }

    /** A JSON value as a cell: strings as text, numbers as numbers, arrays of scalars as items. */
    static Value value(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isString()) {
            return new Value.Text(node.stringValue());
        }
        if (node.isNumber()) {
            // numberValue() never throws; doubleValue() does for a value beyond double range (Infinity is caught later).
            return new Value.Num(node.numberValue().doubleValue(), node.asString());
        }
        if (node.isBoolean()) {
            return new Value.Text(node.asString());
        }
        if (node.isArray()) {
            if (!isScalarArray(node)) {
                return new Value.WrongType("an array of objects");
            }
            List<String> items = new ArrayList<>();
            for (JsonNode item : node) {
                if (!item.isNull()) {
                    items.add(item.asString());
                }
            }
            return new Value.Items(items);
        }
        return new Value.WrongType(describe(node));
    }

    private static boolean isScalarArray(JsonNode array) {
        for (JsonNode item : array) {
            if (item.isContainer()) {
                return false;
            }
        }
        return true;
    }

    static String describe(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "null";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isString()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String at(TokenStreamLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
