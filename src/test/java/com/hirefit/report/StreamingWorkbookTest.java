package com.hirefit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class StreamingWorkbookTest {

    /** Text that POI escapes, replaces or marks, and text it writes as it is. */
    private static final List<String> TEXTS = List.of("plain text, nothing to escape", "1 < 2", "2 > 1", "R&D", "say \"hi\"",
        "line\nbreak\rand\ttab", "no\u00A0break", "control \u0001\u001F chars", "not chars \uFFFE\uFFFF",
        "emoji \uD83D\uDE00 and accents \u00E9\u20AC", "lone \uD800 high", "lone \uDC00 low", " leading space",
        "trailing space ", "'=quoted formula", "x".repeat(5_000));

    @Test
    void writesTheSameSheetXmlAsPoisOwnStreamingWorkbook() throws IOException {
        Map<String, byte[]> ours = entries(fill(new StreamingWorkbook(10)), "xl/worksheets/");
        Map<String, byte[]> pois = entries(fill(new SXSSFWorkbook(10)), "xl/worksheets/");
        assertThat(ours.keySet()).isEqualTo(pois.keySet()).isNotEmpty();
        ours.forEach((name, xml) -> assertThat(new String(xml, StandardCharsets.UTF_8)).as(name)
                .isEqualTo(new String(pois.get(name), StandardCharsets.UTF_8)));
    }

    @Test
    void everyEntryHasPoisBytesAndTheRightSizeAndCrcWhenReadAsAStream() throws IOException {
        Map<String, byte[]> ours = streamed(fill(new StreamingWorkbook(10)));
        // POI's own zip (Zip64 on every entry) reads only through its central directory
        Map<String, byte[]> pois = entries(fill(new SXSSFWorkbook(10)), "");
        assertThat(ours.keySet()).isEqualTo(pois.keySet()).contains("xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml");
        ours.remove("docProps/core.xml"); // the time of writing
        ours.forEach((name, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8)).as(name)
                .isEqualTo(new String(pois.get(name), StandardCharsets.UTF_8)));
    }

    @Test
    void writesAWorkbookThatReadsBackWithEveryValue() throws IOException {
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(fill(new StreamingWorkbook(10))))) {
            Sheet sheet = read.getSheet("Text");
            for (int r = 0; r < 50; r++) {
                assertThat(sheet.getRow(r).getCell(0).getStringCellValue()).as("row %d", r)
                        .isEqualTo(asPoiKeepsIt(TEXTS.get(r % TEXTS.size())));
                assertThat(sheet.getRow(r).getCell(1).getNumericCellValue()).isEqualTo(r * 1.5);
            }
        }
    }

    /** POI writes control characters other than tab, CR and LF, non-characters and lone surrogates as '?'. */
    private static String asPoiKeepsIt(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "?")
                .replaceAll("\\p{InHigh_Surrogates}(?!\\p{InLow_Surrogates})|(?<!\\p{InHigh_Surrogates})\\p{InLow_Surrogates}", "?");
    }

    /**
     * Fifty rows (more than the window, so most go through the temporary file) on two sheets, five rows (all still
     * in the window when written) on a third, none on a fourth; the bytes.
     */
    private static byte[] fill(SXSSFWorkbook wb) throws IOException {
        try (wb) {
            for (String name : List.of("Text", "More", "Few", "Empty")) {
                Sheet sheet = wb.createSheet(name);
                int rows = switch (name) {
                    case "Few" -> 5;
                    case "Empty" -> 0;
                    default -> 50;
                };
                for (int r = 0; r < rows; r++) {
                    Row row = sheet.createRow(r);
                    row.createCell(0).setCellValue(TEXTS.get(r % TEXTS.size()));
                    row.createCell(1).setCellValue(r * 1.5);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            wb.dispose();
            return bytes.toByteArray();
        }
    }

    /**
     * Every entry's bytes, read as a stream from the local headers (as excel-streaming-reader may), which checks each
     * entry's CRC and sizes against its data.
     */
    private static Map<String, byte[]> streamed(byte[] xlsx) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    /** The entries whose names start with {@code prefix}, by name, read through the zip's central directory as Excel reads it. */
    private static Map<String, byte[]> entries(byte[] xlsx, String prefix) throws IOException {
        Path file = Files.createTempFile("streaming-workbook", ".xlsx");
        try {
            Files.write(file, xlsx);
            Map<String, byte[]> sheets = new TreeMap<>();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    if (entry.getName().startsWith(prefix)) {
                        sheets.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
                    }
                }
            }
            return sheets;
        } finally {
            Files.delete(file);
        }
    }
}
