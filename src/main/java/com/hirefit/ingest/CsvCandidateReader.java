package com.hirefit.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads an RFC 4180 CSV file, UTF-8 with or without a byte order mark, comma or semicolon separated (whichever
 * appears more often outside quotes in the header line). Streams record by record. Row numbers count records,
 * the header being row 1; a record with a line break inside quotes is still one row.
 */
final class CsvCandidateReader {

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    /** How far the separator sniffing looks for the end of the header line. */
    private static final int SNIFF_LIMIT = 1 << 20;

    void read(InputStream in, ReportBuilder report, Rows rows) throws IngestException, IOException {
        Utf8Reader utf8 = new Utf8Reader(in);
        BufferedReader reader = new BufferedReader(utf8, 1 << 16);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator(reader));
        Table table = null;
        int record = 0;
        try (MappingIterator<String[]> records = MAPPER.readerFor(String[].class).with(schema).readValues(reader)) {
            while (true) {
                String[] fields;
                try {
                    if (!records.hasNextValue()) {
                        break;
                    }
                    fields = records.nextValue();
                } catch (JacksonException e) {
                    if (isUnclosedQuote(e) && table != null) {
                        // The open quote swallowed the rest of the file: this row is the last one.
                        rows.reject(record + 1, null, "a quoted field opened in this row is never closed"
                                + " (unbalanced quote)");
                        return;
                    }
                    throw failure(e, report.file(), record + 1);
                }
                record++;
                List<Value> cells = Arrays.stream(fields).map(field -> (Value) new Value.Text(field)).toList();
                if (Table.isBlank(cells)) {
                    continue;
                }
                if (table == null) {
                    if (utf8.badSequences() > 0 && Arrays.stream(fields).anyMatch(CsvCandidateReader::hasBadBytes)) {
                        throw new IngestException("Cannot read " + report.file() + ": the header row is not valid"
                                + " UTF-8 (first bad byte at offset " + utf8.firstBadOffset() + "); save the file as"
                                + " CSV UTF-8");
                    }
                    table = Table.of(Arrays.asList(fields), index -> "Column " + (index + 1), report, rows);
                } else {
                    row(table, record, cells, utf8, rows);
                }
            }
        } catch (JacksonIOException e) {
            throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
        }
        if (table == null) {
            throw new IngestException("Cannot read " + report.file() + ": no header row (the file is empty)");
        }
    }

    private static void row(Table table, int record, List<Value> cells, Utf8Reader utf8, Rows rows) {
        int width = table.width();
        if (cells.size() > width && !Table.isBlank(cells.subList(width, cells.size()))) {
            rows.reject(record, null, "row has " + cells.size() + " fields, header has " + width);
            return;
        }
        List<Value> inHeader = cells.size() > width ? cells.subList(0, width) : cells;
        RawRow raw = table.row(record, inHeader);
        if (utf8.badSequences() > 0) {
            for (int i = 0; i < inHeader.size(); i++) {
                if (!table.isDropped(i) && hasBadBytes(inHeader.get(i).text())) {
                    String column = table.columnName(i);
                    raw.problem(column, column + ": contains bytes that are not valid UTF-8 (save the file as"
                            + " CSV UTF-8)");
                }
            }
        }
        rows.map(raw);
    }

    private static boolean hasBadBytes(String text) {
        return text.indexOf(Utf8Reader.REPLACEMENT) >= 0;
    }

    /** Counts commas and semicolons outside quotes on the first non-blank line, then rewinds. */
    static char separator(BufferedReader reader) throws IOException {
        reader.mark(SNIFF_LIMIT);
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        boolean content = false;
        for (int read = 0, c; read < SNIFF_LIMIT - 1 && (c = reader.read()) != -1; read++) {
            if (c == '"') {
                quoted = !quoted;
                content = true;
            } else if (quoted) {
                continue;
            } else if (c == '\n' || c == '\r') {
                if (content) {
                    break;
                }
            } else if (c == ',') {
                commas++;
                content = true;
            } else if (c == ';') {
                semicolons++;
                content = true;
            } else if (!Character.isWhitespace(c)) {
                content = true;
            }
        }
        reader.reset();
        return semicolons > commas ? ';' : ',';
    }

    private static boolean isUnclosedQuote(JacksonException e) {
        String message = e.getOriginalMessage();
        return message != null && message.startsWith("Missing closing quote");
    }

    private static IngestException failure(JacksonException e, String file, int row) {
        if (e instanceof JacksonIOException io) {
            throw io; // a failure of the stream itself, turned back into an IOException by the caller
        }
        TokenStreamLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        String what = isUnclosedQuote(e) ? "a quoted field is never closed" : e.getOriginalMessage();
        return new IngestException("Cannot read " + file + ": malformed CSV in row " + row + where + ": " + what, e);
    }
}
