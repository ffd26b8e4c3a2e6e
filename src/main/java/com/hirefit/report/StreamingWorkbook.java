package com.hirefit.report;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming workbook, tuned for results workbooks of millions of rows (docs/performance.md). Every
 * sheet is written twice: as XML to a gzip-compressed temporary file while rows arrive, then inflated and
 * deflated again into the xlsx at the end, on one thread. Both compressions use the fastest deflate level: for
 * 100,000 candidates the final zip took about 8 s instead of 10, for a file of 101 MB instead of 77. Text cells
 * that need no escaping are written whole rather than one character at a time, through a {@link Utf8Writer};
 * the XML is the same as POI's.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    StreamingWorkbook(int rowWindow) {
        super(rowWindow);
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

    /** POI's gzip-backed sheet writer with the fast deflate level and the bulk path for plain text. */
    static final class FastSheetWriter extends GZIPSheetDataWriter {

        FastSheetWriter() throws IOException {
            super(null);
        }

        /** As POI's, with {@link Utf8Writer} in place of a {@code BufferedWriter} over an {@code OutputStreamWriter}. */
        @Override
        @SuppressWarnings("deprecation") // POI 6 makes it protected, and still overridable
        public Writer createWriter(File fd) throws IOException {
            FileOutputStream fos = new FileOutputStream(fd);
            try {
                return new Utf8Writer(decorateOutputStream(fos));
            } catch (IOException e) {
                fos.close();
                throw e;
            }
        }

        @Override
        protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
            return new GZIPOutputStream(fos, 64 * 1024) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
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
