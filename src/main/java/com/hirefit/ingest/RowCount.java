package com.hirefit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quick counts of the data rows in a saved file, ahead of reading it, so that progress can be shown as a share of
 * the whole: records of a CSV file (line ends outside quotes, blank lines left out, less the header), elements of a
 * JSON array. Estimates: a file the readers would refuse still gets a number, or none; nothing here is validated.
 */
final class RowCount {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RowCount() {
    }

    static OptionalInt csv(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            long records = 0;
            boolean quoted = false;
            boolean content = false;
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '"') {
                        quoted = !quoted;
                        content = true;
                    } else if ((b == '\n' || b == '\r') && !quoted) {
                        records += content ? 1 : 0;
                        content = false;
                    } else if (b != ' ' && b != '\t' && b != ',' && b != ';') {
                        content = true;
                    }
                }
            }
            records += content ? 1 : 0;
            return records > 1 ? OptionalInt.of((int) Math.min(Integer.MAX_VALUE, records - 1)) : OptionalInt.empty();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
    }

    static OptionalInt json(Path file) {
        try (JsonParser parser = JSON.createParser(Files.newInputStream(file))) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                return OptionalInt.of(1);
            }
            if (first != JsonToken.START_ARRAY) {
                return OptionalInt.empty();
            }
            int elements = 0;
            for (JsonToken t = parser.nextToken(); t != null && t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                parser.skipChildren();
                elements++;
            }
            return OptionalInt.of(elements);
        } catch (JacksonException | IOException e) {
            return OptionalInt.empty();
        }
    }
}
