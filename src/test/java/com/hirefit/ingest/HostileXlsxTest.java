package com.hirefit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Workbooks built to hurt: written entry by entry with java.util.zip where POI would never produce them.
 * Each must end in a plain IngestException (or row errors), quickly, in bounded memory.
 */
class HostileXlsxTest {

    @TempDir
    Path dir;

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
            <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
            </Types>""";
    private static final String RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
            </Relationships>""";
    private static final String WORKBOOK = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <sheets><sheet name="Candidates" sheetId="1" r:id="rId1"/></sheets></workbook>""";
    private static final String WORKBOOK_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
            </Relationships>""";
    static final String SHEET_START = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""";
    static final String SHEET_END = "</sheetData></worksheet>";
    static final String EMPTY_SST = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>""";

    /** A workbook whose sheet and shared strings (none when null) are written by the callers, streaming. */
    static byte[] xlsx(Consumer<Writer> sheet, Consumer<Writer> sharedStrings) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            Map<String, Consumer<Writer>> entries = new LinkedHashMap<>();
            entries.put("[Content_Types].xml", w -> write(w, CONTENT_TYPES));
            entries.put("_rels/.rels", w -> write(w, RELS));
            entries.put("xl/workbook.xml", w -> write(w, WORKBOOK));
            entries.put("xl/_rels/workbook.xml.rels", w -> write(w, WORKBOOK_RELS));
            entries.put("xl/worksheets/sheet1.xml", sheet);
            if (sharedStrings != null) {
                entries.put("xl/sharedStrings.xml", sharedStrings);
            }
            for (Map.Entry<String, Consumer<Writer>> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                Writer writer = new java.io.OutputStreamWriter(new java.io.FilterOutputStream(zip) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() {
                    }
                }, StandardCharsets.UTF_8);
                entry.getValue().accept(writer);
                writer.flush();
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] xlsx(String sheetXml) throws IOException {
        return xlsx(w -> write(w, sheetXml), w -> write(w, EMPTY_SST));
    }

    static void write(Writer writer, String text) {
        try {
            writer.write(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String row(int r, String... cells) {
        StringBuilder xml = new StringBuilder("<row r=\"" + r + "\">");
        for (int c = 0; c < cells.length; c++) {
            xml.append("<c r=\"").append((char) ('A' + c)).append(r).append("\" t=\"inlineStr\"><is><t>")
                    .append(cells[c]).append("</t></is></c>");
        }
        return xml.append("</row>").toString();
    }

    /** The sheet XML of 2 good rows, then a zip bomb: megabytes of one repeated character inside a cell. */
    static byte[] zipBomb(int megabytes) throws IOException {
        return xlsx(w -> {
            write(w, SHEET_START + row(1, "Candidate ID", "Highlights") + row(2, "A", "fine"));
            write(w, "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>");
            char[] chunk = new char[1 << 20];
            java.util.Arrays.fill(chunk, 'z');
            for (int i = 0; i < megabytes; i++) {
                try {
                    w.write(chunk);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            write(w, "</t></is></c></row>" + SHEET_END);
        }, w -> write(w, EMPTY_SST));
    }

    /** A shared strings table of many distinct strings, referenced by one cell. */
    static byte[] hugeSharedStrings(int strings) throws IOException {
        return xlsx(w -> write(w, SHEET_START + row(1, "Candidate ID") + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>"
                + SHEET_END), w -> {
            write(w, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            for (int i = 0; i < strings; i++) {
                write(w, "<si><t>string number " + i + " of a table far too large for any resume file</t></si>");
            }
            write(w, "</sst>");
        });
    }

    /** A sheet declaring an external entity that points at a local file holding a marker. */
    static byte[] xxe(Path secret) throws IOException {
        String uri = secret.toUri().toString();
        return xlsx("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + uri
                + "\">]>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + row(1, "Candidate ID", "Highlights") + row(2, "A", "&xxe;") + row(3, "B", "plain") + SHEET_END);
    }

    private static Fixtures.Read read(String name, byte[] content) throws Exception {
        return Fixtures.read(name, content);
    }

    @Test
    void aHandWrittenWorkbookReads() throws Exception {
        Fixtures.Read read = read("hand.xlsx", xlsx(SHEET_START + row(1, "Candidate ID", "Years Experience")
                + row(2, "A", "5") + SHEET_END));
        assertThat(read.sink().ids()).containsExactly("A");
    }

    @Test
    void aZipBombFailsFastWithAPlainMessage() throws Exception {
        byte[] bomb = zipBomb(200);
        assertThat(bomb.length).isLessThan(1 << 20);
        long start = System.nanoTime();
        assertThatThrownBy(() -> read("bomb.xlsx", bomb))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("Cannot read bomb.xlsx: the workbook expands too much");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(20_000);
    }

    @Test
    void aHugeSharedStringsTableIsRefusedBeforeItIsLoaded() throws Exception {
        CollectingSink sink = new CollectingSink();
        XlsxCandidateReader reader = new XlsxCandidateReader(1 << 20);
        byte[] file = hugeSharedStrings(40_000);
        assertThatThrownBy(() -> reader.read(new java.io.ByteArrayInputStream(file), new ReportBuilder("sst.xlsx"),
                new RowMapper(sink, 100, 100)))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("Cannot read sst.xlsx: the shared strings table is too large");
    }

    @Test
    void aCellWithAnEmptyReferenceIsADamagedWorkbook() throws Exception {
        // found by CandidateFilesFuzzTest#xlsxSheets: the streaming reader threw a NumberFormatException
        byte[] file = xlsx(SHEET_START + row(1, "Candidate ID") + "<row r=\"2\"><c r=\"\" t=\"inlineStr\"><is><t>A</t>"
                + "</is></c></row>" + SHEET_END);

        assertThatThrownBy(() -> read("ref.xlsx", file))
                .isInstanceOf(IngestException.class)
                .hasMessage("Cannot read ref.xlsx: the workbook is damaged in sheet 'Candidates' (For input string: \"\")");
    }

    @Test
    void aSharedStringCellWithoutASharedStringsTableIsADamagedWorkbook() throws Exception {
        // found by CandidateFilesFuzzTest#xlsxFiles: the streaming reader threw a NullPointerException
        byte[] file = xlsx(w -> write(w, SHEET_START + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                + SHEET_END), null);

        assertThatThrownBy(() -> read("sst.xlsx", file))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("Cannot read sst.xlsx: the workbook is damaged in sheet 'Candidates'");
    }

    @Test
    void aSheetListedWithoutTheRelationshipToItsPartIsADamagedWorkbook() throws Exception {
        // found by CandidateFilesFuzzTest#xlsxFiles: a sheet entry whose r:id is misspelt made the streaming reader
        // throw IndexOutOfBoundsException when asked for the sheet
        byte[] workbook = xlsx(SHEET_START + row(1, "Candidate ID") + row(2, "A") + SHEET_END);
        String listed = new String(part(workbook, "xl/workbook.xml").orElseThrow(), StandardCharsets.UTF_8);
        byte[] broken = withPart(workbook, "xl/workbook.xml",
                listed.replace("r:id=\"rId1\"", "r:ic=\"rId1\"").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> read("rid.xlsx", broken))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("Cannot read rid.xlsx: the workbook is damaged (");
    }

    @Test
    void aZipEndRecordAnnouncingACommentThatIsNotThereStillReads() throws Exception {
        // found by CandidateFilesFuzzTest#xlsxFiles: java.util.zip's EOFException escaped the shared strings check,
        // though POI reads such a workbook
        byte[] file = xlsx(SHEET_START + row(1, "Candidate ID") + row(2, "A") + SHEET_END);
        file[file.length - 1] = (byte) 0x80; // the end record's comment length: 32 KB, past the end of the file

        assertThat(read("comment.xlsx", file).sink().ids()).containsExactly("A");
    }

    @ParameterizedTest
    @ValueSource(ints = {93, 95, 12, 9})
    void aPartPackedWithAMethodExcelNeverUsesIsRefusedWithAPlainMessage(int method) throws Exception {
        // zstd (93) found by CandidateFilesFuzzTest#xlsxFiles: commons-compress threw NoClassDefFoundError for its
        // optional zstd library, which is left out on purpose; xz (95) the same; bzip2 (12) and deflate64 (9) it
        // reads, so they would slip past any check made with another unzipper
        byte[] file = withMethod(xlsx(SHEET_START + row(1, "Candidate ID") + row(2, "A") + SHEET_END),
                "xl/worksheets/sheet1.xml", method);

        assertThatThrownBy(() -> read("packed.xlsx", file))
                .isInstanceOf(IngestException.class)
                .hasMessage("Cannot read packed.xlsx: a part of the workbook is compressed with a method Excel does not"
                        + " use (only deflate is read); save it again from Excel");
    }

    /** Sets the compression method in the local and central zip headers of one part. */
    private static byte[] withMethod(byte[] zip, String part, int method) {
        byte[] name = part.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 + name.length <= zip.length; i++) {
            boolean local = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4;
            boolean central = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2;
            int nameAt = i + (local ? 30 : 46);
            if ((local || central) && java.util.Arrays.equals(zip, nameAt, nameAt + name.length, name, 0, name.length)) {
                int methodAt = i + (local ? 8 : 10);
                zip[methodAt] = (byte) method;
                zip[methodAt + 1] = (byte) (method >> 8);
            }
        }
        return zip;
    }

    @Test
    void anExternalEntityIsNeverResolved() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "MARKER-7f3c-SECRET");
        assertThatThrownBy(() -> read("xxe.xlsx", xxe(secret)))
                .isInstanceOf(IngestException.class)
                .hasMessage(DOCTYPE_REFUSED.formatted("xxe.xlsx"))
                .hasMessageNotContaining("MARKER-7f3c-SECRET")
                .satisfies(e -> assertThat(String.valueOf(e.getCause())).doesNotContain("MARKER-7f3c-SECRET"));
    }

    static final String DOCTYPE_REFUSED = "Cannot read %s: the workbook is damaged (an XML part declares a DOCTYPE,"
            + " which Excel never writes; it was not read)";

    /** A DOCTYPE whose external parameter entity the parsers skip without a word (issue 10, section 6). */
    static String parameterEntityDoctype(Path secret) {
        return "<!DOCTYPE x [<!ENTITY % ext SYSTEM \"" + secret.toUri() + "\"> %ext;]>";
    }

    @Test
    void anExternalParameterEntityInTheSheetsDoctypeIsRefusedAsDamaged() throws Exception {
        Path secret = dir.resolve("secret.dtd");
        Files.writeString(secret, "<!ENTITY leak \"MARKER-PARAM-SECRET\">");
        byte[] file = xlsx("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + parameterEntityDoctype(secret)
                + SHEET_START.substring(SHEET_START.indexOf("<worksheet")) + row(1, "Candidate ID", "Highlights")
                + row(2, "A", "plain") + SHEET_END);

        assertThatThrownBy(() -> read("param.xlsx", file))
                .isInstanceOf(IngestException.class)
                .hasMessage(DOCTYPE_REFUSED.formatted("param.xlsx"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
            "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "docProps/custom.xml"})
    void aDoctypeInAnyPartIsRefusedAsDamaged(String part) throws Exception {
        byte[] workbook = xlsx(SHEET_START + row(1, "Candidate ID") + row(2, "A") + SHEET_END);
        String xml = new String(part(workbook, part).orElse(
                "<?xml version=\"1.0\"?><Properties/>".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        String withDoctype = xml.replaceFirst("\\?>", "?><!DOCTYPE root>");

        assertThatThrownBy(() -> read("doctype.xlsx", withPart(workbook, part, withDoctype.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IngestException.class)
                .hasMessage(DOCTYPE_REFUSED.formatted("doctype.xlsx"));
    }

    @Test
    void aDoctypeIsFoundInUtf16AfterACommentAndWithoutAnXmlDeclaration() throws Exception {
        String body = SHEET_START.substring(SHEET_START.indexOf("<worksheet")) + row(1, "Candidate ID") + SHEET_END;
        byte[] utf16 = ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE worksheet>" + body)
                .getBytes(StandardCharsets.UTF_16LE);
        byte[] commented = ("<!-- exported --><!DOCTYPE worksheet SYSTEM \"sheet.dtd\">" + body).getBytes(StandardCharsets.UTF_8);
        byte[] workbook = xlsx(SHEET_START + row(1, "Candidate ID") + SHEET_END);
        for (byte[] sheet : java.util.List.of(utf16, commented)) {
            assertThatThrownBy(() -> read("hidden.xlsx", withPart(workbook, "xl/worksheets/sheet1.xml", sheet)))
                    .isInstanceOf(IngestException.class)
                    .hasMessage(DOCTYPE_REFUSED.formatted("hidden.xlsx"));
        }
    }

    @Test
    void aDoctypeBehindAPrologLongerThanAnyRealOneIsRefused() throws Exception {
        String sheet = "<?xml version=\"1.0\"?>" + " ".repeat(WorkbookParts.MAX_PROLOG_BYTES) + "<!DOCTYPE worksheet>"
                + SHEET_START.substring(SHEET_START.indexOf("<worksheet")) + row(1, "Candidate ID") + SHEET_END;

        assertThatThrownBy(() -> read("long.xlsx", xlsx(sheet)))
                .isInstanceOf(IngestException.class)
                .hasMessage("Cannot read long.xlsx: the workbook is damaged (an XML part has more than 64 KB before its"
                        + " first element)");
    }

    @Test
    void aDoctypeIsNotLetThroughByBreakingTheZipDirectory() throws Exception {
        // POI falls back to the local headers when the central directory is broken; the check must not be skipped
        byte[] workbook = xlsx("<?xml version=\"1.0\"?><!DOCTYPE w>" + SHEET_START.substring(SHEET_START.indexOf("<worksheet"))
                + row(1, "Candidate ID") + row(2, "A") + SHEET_END);
        byte[] cut = java.util.Arrays.copyOf(workbook, workbook.length - 10);

        assertThatThrownBy(() -> read("cut.xlsx", cut))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("Cannot read cut.xlsx: not a valid .xlsx workbook (its zip directory cannot be read");
    }

    @Test
    void partsThatAreNotXmlAndXmlWithoutADoctypeStillRead() throws Exception {
        byte[] image = new byte[4096];
        new java.util.Random(3).nextBytes(image);
        byte[] workbook = withPart(withPart(xlsx(SHEET_START + row(1, "Candidate ID") + row(2, "A") + SHEET_END),
                "xl/media/image1.png", image), "[Content_Types].xml", CONTENT_TYPES.replace("<Default Extension=\"xml\"",
                "<Default Extension=\"png\" ContentType=\"image/png\"/><Default Extension=\"xml\"").getBytes(StandardCharsets.UTF_8));
        byte[] withUtf16Props = withPart(workbook, "docProps/app.xml",
                "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><Properties/>".getBytes(StandardCharsets.UTF_16LE));

        assertThat(read("fine.xlsx", withUtf16Props).sink().ids()).containsExactly("A");
    }

    /** The bytes of one part of a zip, if it has that part. */
    private static java.util.Optional<byte[]> part(byte[] zip, String name) throws IOException {
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals(name)) {
                    return java.util.Optional.of(in.readAllBytes());
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The zip with one part replaced, or added when it has no such part. */
    static byte[] withPart(byte[] zip, String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean replaced = false;
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                boolean match = entry.getName().equals(name);
                out.write(match ? content : in.readAllBytes());
                replaced |= match;
                out.closeEntry();
            }
            if (!replaced) {
                out.putNextEntry(new ZipEntry(name));
                out.write(content);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void mergedHeaderCellsEmptyRowsAndAHiddenFirstSheet() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet hidden = wb.createSheet("Old");
            hidden.createRow(0).createCell(0).setCellValue("Candidate ID");
            hidden.createRow(1).createCell(0).setCellValue("HIDDEN-1");
            wb.setSheetHidden(0, true);
            Sheet sheet = wb.createSheet("Candidates");
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("Candidate ID");
            title.createCell(1).setCellValue("Highlights");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 3)); // Highlights spans B:D
            Row a = sheet.createRow(1);
            a.createCell(0).setCellValue("A");
            a.createCell(1).setCellValue("RAG pipeline");
            sheet.createRow(2); // an empty row
            Row blank = sheet.createRow(3);
            blank.createCell(0).setCellValue("  ");
            Row b = sheet.createRow(5);
            b.createCell(0).setCellValue("B");
            b.createCell(2).setCellValue("under the merged header");
            wb.write(bytes);
        }
        Fixtures.Read read = read("merged.xlsx", bytes.toByteArray());

        assertThat(read.sink().ids()).containsExactly("A", "B");
        assertThat(read.sink().order).containsExactly(2, 6);
        assertThat(read.sink().errors).isEmpty();
        assertThat(read.report().extraColumns()).containsExactly("Column C");
    }

    @Test
    void aMillionRowSheetIsReadUpToTheRowLimitAndTheRestCounted() throws Exception {
        int total = 1_000_000;
        byte[] file = xlsx(w -> {
            write(w, SHEET_START + row(1, "Candidate ID"));
            StringBuilder rows = new StringBuilder();
            for (int r = 2; r <= total + 1; r++) {
                rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r)
                        .append("</v></c></row>");
                if (rows.length() > 1 << 16) {
                    write(w, rows.toString());
                    rows.setLength(0);
                }
            }
            write(w, rows + SHEET_END);
        }, w -> write(w, EMPTY_SST));
        long[] counts = new long[2];
        RowSink counting = new RowSink() {
            @Override
            public void accept(com.hirefit.candidate.Candidate candidate) {
                counts[0]++;
            }

            @Override
            public void reject(RowError error) {
                counts[1]++;
                assertThat(error.row()).isEqualTo(CandidateFiles.DEFAULT_MAX_ROWS + 2);
                assertThat(error.message()).contains("more than 100000 data rows", "900000 row(s) in all");
            }
        };
        IngestReport report = Fixtures.files().read(new java.io.ByteArrayInputStream(file), "million.xlsx", counting);

        assertThat(counts).containsExactly(CandidateFiles.DEFAULT_MAX_ROWS, 1);
        assertThat(report.rows()).isEqualTo(CandidateFiles.DEFAULT_MAX_ROWS + 1);
    }
}
