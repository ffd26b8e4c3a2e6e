package com.hirefit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.zip.ZipEntry;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;

/**
 * Checks every part of a workbook before POI loads any, through the same zip library POI reads it with
 * (commons-compress, by the central directory), so what is checked is what is read:
 * <ul>
 *   <li>a part packed with a method other than deflate (or stored) is refused: Excel never uses one, and the
 *       unzipper needs optional libraries for some (zstd, xz) that are left out on purpose;</li>
 *   <li>the shared strings table is measured by inflating it (its real size, not the size the zip claims) and
 *       refused when larger than the limit, since the streaming reader keeps it in memory;</li>
 *   <li>a part whose XML declares a DOCTYPE is refused as damaged. Excel never writes one; the parsers resolve no
 *       entity, but a declaration they skip without complaint (an external parameter entity) would otherwise pass
 *       unnoticed.</li>
 * </ul>
 * A zip whose central directory cannot be read is refused too: POI would fall back to reading the local headers,
 * which need not say what the directory says.
 */
final class WorkbookParts {

    /** How much XML may come before a part's root element; real prologs are under a hundred bytes. */
    static final int MAX_PROLOG_BYTES = 64 << 10;

    private static final String DAMAGED = "the workbook is damaged";

    private WorkbookParts() {
    }

    static void check(Path copy, String file, long maxSharedStringsBytes) throws IngestException, IOException {
        ZipFile zip;
        try {
            zip = ZipFile.builder().setPath(copy).get();
        } catch (IOException e) {
            throw new IngestException("Cannot read " + file + ": not a valid .xlsx workbook (its zip directory cannot"
                    + " be read: " + e.getMessage() + "); save it again from Excel", e);
        }
        // One prolog reader per workbook: a StAX factory is not safe to share between threads.
        XMLInputFactory xml = XMLHelper.newXMLInputFactory();
        try (zip) {
            long parts = 0;
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (++parts > ZipSecureFile.getMaxFileCount()) {
                    throw new IngestException("Cannot read " + file + ": not a valid .xlsx workbook (more than "
                            + ZipSecureFile.getMaxFileCount() + " parts)");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                if (entry.getMethod() != ZipEntry.DEFLATED && entry.getMethod() != ZipEntry.STORED) {
                    throw XlsxCandidateReader.unusualCompression(file, null);
                }
                if (entry.getName().toLowerCase(Locale.ROOT).endsWith("sharedstrings.xml")) {
                    measure(zip, entry, file, maxSharedStringsBytes);
                }
                if (declaresDoctype(zip, entry, xml, file)) {
                    throw new IngestException("Cannot read " + file + ": " + DAMAGED + " (an XML part declares a"
                            + " DOCTYPE, which Excel never writes; it was not read)");
                }
            }
        }
    }

    private static void measure(ZipFile zip, ZipArchiveEntry entry, String file, long max) throws IngestException {
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream part = zip.getInputStream(entry)) {
            for (int n; (n = part.read(buffer)) > 0; ) {
                size += n;
                if (size > max) {
                    throw new IngestException("Cannot read " + file + ": the shared strings table is too large"
                            + " (more than " + (max >> 20) + " MB of text); split the workbook, or save it as CSV"
                            + " UTF-8");
                }
            }
        } catch (IOException unzipping) {
            throw cannotUnzip(file, unzipping);
        }
    }

    private static IngestException cannotUnzip(String file, IOException e) {
        return new IngestException("Cannot read " + file + ": " + DAMAGED + " (a part cannot be unzipped: "
                + e.getMessage() + ")", e);
    }

    /**
     * Whether a part's XML declares a DOCTYPE before its root element, read by the StAX parser POI configures (so
     * any encoding it reads, UTF-16 included, is seen the same). A part that is not XML at all (an image) does not.
     */
    private static boolean declaresDoctype(ZipFile zip, ZipArchiveEntry entry, XMLInputFactory factory, String file)
            throws IngestException {
        try (InputStream part = new Prolog(zip.getInputStream(entry))) {
            XMLStreamReader reader = factory.createXMLStreamReader(part);
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        return true;
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        return false;
                    }
                }
                return false;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException notXml) {
            // the JDK's parser keeps the stream's exception as the nested one, not as the cause
            Throwable cause = notXml.getNestedException() != null ? notXml.getNestedException() : notXml.getCause();
            if (cause instanceof PrologTooLong) {
                throw new IngestException("Cannot read " + file + ": " + DAMAGED + " (an XML part has more than "
                        + (MAX_PROLOG_BYTES >> 10) + " KB before its first element)");
            }
            if (cause instanceof Unzipping unzipping) {
                throw cannotUnzip(file, (IOException) unzipping.getCause());
            }
            return false;
        } catch (IOException unzipping) {
            throw cannotUnzip(file, unzipping);
        }
    }

    /** Raised, through the parser, when a part's first element is further in than any real prolog. */
    private static final class PrologTooLong extends IOException {
        PrologTooLong() {
            super("prolog too long");
        }
    }

    /** Raised, through the parser, when the part's own bytes cannot be unzipped (a parser's decoding error is not). */
    private static final class Unzipping extends IOException {
        Unzipping(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * A part's bytes, up to {@link #MAX_PROLOG_BYTES}; reading further raises {@link PrologTooLong}, and an unzipping
     * error comes as {@link Unzipping}.
     */
    private static final class Prolog extends java.io.FilterInputStream {
        private long read;

        Prolog(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (read >= MAX_PROLOG_BYTES) {
                throw new PrologTooLong();
            }
            int n;
            try {
                n = super.read(b, off, (int) Math.min(len, MAX_PROLOG_BYTES - read));
            } catch (IOException e) {
                throw new Unzipping(e);
            }
            if (n > 0) {
                read += n;
            }
            return n;
        }
    }
}
