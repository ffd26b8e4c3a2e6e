package com.hirefit.report;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * POI's streaming workbook, tuned for results workbooks of millions of rows (docs/performance.md). POI writes each
 * sheet's rows as XML to a gzip-compressed temporary file while rows arrive, then at the end inflates them and
 * deflates them again into the xlsx, on one thread: for 100,000 candidates about 5 s after the last candidate was
 * assessed. Here the rows are deflated once, at the fastest level, as they arrive ({@link DeflatedPart}), and the
 * end copies those bytes into the xlsx between the sheet's header and footer. Text cells that need no escaping are
 * written whole rather than one character at a time, through a {@link Utf8Writer}. The XML is the same as POI's.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    StreamingWorkbook(int rowWindow) {
        super(rowWindow);
        // POI's default (Always) writes through its own zip stream, which cannot take an entry already deflated.
        // Zip64 is for entries over 4 GB, and a worksheet entry's sizes are known before it is written, so the
        // stream adds Zip64 (and the version Excel then looks for) exactly where an entry needs it.
        setZip64Mode(Zip64Mode.AsNeeded);
    }

    /** Always compressed: uncompressed, a 100k screening's sheets take 932 MB of temporary disk (docs/performance.md). */
    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new FastSheetWriter();
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    /**
     * As POI's, but a worksheet's entry is its header, its rows and its footer joined as deflated parts, copied
     * into the zip as they are, where POI inflates the rows and deflates the whole entry again.
     */
    @Override
    protected void injectData(ZipEntrySource source, OutputStream out) throws IOException {
        ZipArchiveOutputStream zip = createArchiveOutputStream(out);
        try {
            for (ZipArchiveEntry entry : Collections.list(source.getEntries())) {
                try (InputStream in = source.getInputStream(entry)) {
                    if (in instanceof ZipArchiveThresholdInputStream guarded) {
                        guarded.setGuardState(false); // as POI: the template's entries are ours
                    }
                    XSSFSheet sheet = getSheetFromZipEntryName(entry.getName());
                    if (sheet != null) {
                        copySheet(zip, entry, in, getSheetAt(getXSSFWorkbook().getSheetIndex(sheet)).getWorksheetXMLInputStream());
                    } else {
                        ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                        if (entry.getSize() >= 0) {
                            copy.setSize(entry.getSize());
                        }
                        if (entry.getTime() >= 0) {
                            copy.setTime(entry.getTime());
                        }
                        zip.putArchiveEntry(copy);
                        in.transferTo(zip);
                        zip.closeArchiveEntry();
                    }
                }
            }
        } finally {
            zip.finish();
            source.close();
        }
    }

    /** The sheet's template XML with the rows put where POI puts them, as one raw deflated entry. */
    private static void copySheet(ZipArchiveOutputStream zip, ZipArchiveEntry template, InputStream in, InputStream xml)
            throws IOException {
        if (!(xml instanceof Rows rows)) {
            throw new IllegalStateException("sheet rows not written by " + FastSheetWriter.class.getSimpleName());
        }
        try (rows) {
            List<String> around = around(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            DeflatedPart.Whole head = DeflatedPart.of(around.get(0));
            DeflatedPart.Whole tail = DeflatedPart.of(around.get(1));
            DeflatedPart body = rows.part;
            ZipArchiveEntry entry = new ZipArchiveEntry(template.getName());
            entry.setMethod(ZipEntry.DEFLATED);
            if (template.getTime() >= 0) {
                entry.setTime(template.getTime());
            }
            entry.setSize(head.length() + body.length() + tail.length());
            entry.setCrc(DeflatedPart.combine(DeflatedPart.combine(head.crc(), body.crc(), body.length()), tail.crc(), tail.length()));
            entry.setCompressedSize(head.deflated().length + body.deflatedLength() + tail.deflated().length
                    + DeflatedPart.lastBlockLength());
            zip.addRawArchiveEntry(entry, new SequenceInputStream(Collections.enumeration(
                    List.of(head.stream(), rows.raw, tail.stream(), DeflatedPart.lastBlock()))));
        }
    }

    /**
     * The text before and after the rows, as POI splits a sheet's template: at {@code <sheetData/>} (which becomes
     * {@code <sheetData>}, a line break, the rows, {@code </sheetData>}), before {@code </sheetData>}, or at the end.
     */
    static List<String> around(String template) {
        int empty = template.indexOf("<sheetData/>");
        if (empty >= 0) {
            return List.of(template.substring(0, empty) + "<sheetData>\n",
                    "</sheetData>" + template.substring(empty + "<sheetData/>".length()));
        }
        int open = template.indexOf("<sheetData>");
        int close = open < 0 ? -1 : template.indexOf("</sheetData>", open);
        if (close >= 0) {
            return List.of(template.substring(0, close), template.substring(close));
        }
        return List.of(template + "<sheetData>\n", "</sheetData>");
    }

    /** A sheet's rows as POI reads them back (inflated), carrying the raw deflated bytes for {@link #injectData}. */
    private static final class Rows extends FilterInputStream {
        private final InputStream raw;
        private final DeflatedPart part;

        Rows(InputStream raw, DeflatedPart part) {
            super(DeflatedPart.inflate(raw));
            this.raw = raw;
            this.part = part;
        }
    }

    /** POI's sheet writer with rows deflated once ({@link DeflatedPart}) and the bulk path for plain text. */
    static final class FastSheetWriter extends SheetDataWriter {
        /** Set from the superclass's constructor (through {@link #createWriter}); no initializer, so it stays set. */
        private DeflatedPart part;

        FastSheetWriter() throws IOException {
            super();
        }

        @Override
        public File createTempFile() throws IOException {
            return org.apache.poi.util.TempFile.createTempFile("poi-sxssf-sheet-xml", ".deflate");
        }

        /** As POI's, with {@link Utf8Writer} in place of a {@code BufferedWriter} over an {@code OutputStreamWriter}. */
        @Override
        @SuppressWarnings("deprecation") // POI 6 makes it protected, and still overridable
        public Writer createWriter(File fd) throws IOException {
            FileOutputStream fos = new FileOutputStream(fd);
            try {
                return new Utf8Writer(decorateOutputStream(fos));
            } catch (RuntimeException e) {
                fos.close();
                throw e;
            }
        }

        @Override
        protected OutputStream decorateOutputStream(FileOutputStream fos) {
            part = new DeflatedPart(fos);
            return part;
        }

        @Override
        protected InputStream decorateInputStream(FileInputStream fis) {
            return new Rows(fis, part);
        }

        /** POI escapes and writes one code point at a time; most cells have nothing to escape. */
        @Override
        protected void outputEscapedString(String s) throws IOException {
            if (s != null && isPlain(s)) {
                _out.write(s);
            } else {
                super.outputEscapedString(s);
            }
        }

        /** True when POI would write every character of {@code s} unchanged. */
        static boolean isPlain(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < ' ' || c == '<' || c == '>' || c == '&' || c == '"' || c == '\u00A0' || c >= '\uFFFE') {
                    return false;
                }
            }
            return true;
        }
    }
}
