package com.hirefit.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Bytes deflated once, as they are written, into a form a zip entry can take as it is: raw deflate (no gzip
 * header), ended by a sync flush rather than a final block, with the CRC-32 and the length of what went in. Such
 * parts join into one deflate stream (each ends on a byte boundary, none is marked last), so a worksheet's rows,
 * compressed while the screening runs, go into the xlsx between its header and its footer without being inflated
 * and deflated again at the end, on one thread (docs/performance.md).
 */
final class DeflatedPart extends DeflaterOutputStream {
    /** An empty final block (fixed Huffman codes, end of block): ends a stream of joined parts. */
    private static final byte[] LAST_BLOCK = {0x03, 0x00};

    private final CRC32 crc = new CRC32();
    /** The deflater's counts of bytes in and out, kept when it is ended on close. */
    private long length;
    private long deflatedLength;
    private boolean closed;

    /** Deflates into {@code out} at the fastest level; {@link #close()} flushes and closes {@code out}. */
    DeflatedPart(OutputStream out) {
        super(out, new Deflater(Deflater.BEST_SPEED, true), 64 * 1024, true);
    }

    /** A short text deflated whole, as one part. */
    static Whole of(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() + 64);
        DeflatedPart part = new DeflatedPart(bytes);
        part.write(text.getBytes(StandardCharsets.UTF_8));
        part.close();
        return new Whole(bytes.toByteArray(), part.crc(), part.length());
    }

    /** A part held in memory: its deflated bytes, and the CRC-32 and length of its text. */
    record Whole(byte[] deflated, long crc, long length) {
        InputStream stream() {
            return new ByteArrayInputStream(deflated);
        }
    }

    /** Every write comes here ({@code write(int)} included, through {@link DeflaterOutputStream}). */
    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        crc.update(b, off, len);
        super.write(b, off, len);
    }

    /** Flushes what is buffered with a sync flush (never a final block) and closes the stream below. Idempotent. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            flush();
            length = def.getBytesRead();
            deflatedLength = def.getBytesWritten();
        } finally {
            def.end();
            out.close();
        }
    }

    /** The CRC-32 of the bytes written. */
    long crc() {
        return crc.getValue();
    }

    /** How many bytes were written (known once closed). */
    long length() {
        return length;
    }

    /** How many deflated bytes went out (known once closed). */
    long deflatedLength() {
        return deflatedLength;
    }

    /** The text of one part's (or of joined parts') deflated bytes: inflated, with the final block they lack. */
    static InputStream inflate(InputStream deflated) {
        return new InflaterInputStream(new SequenceInputStream(deflated, new ByteArrayInputStream(LAST_BLOCK)),
                new Inflater(true), 64 * 1024) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    inf.end(); // ours, so the stream leaves it to us
                }
            }
        };
    }

    /** {@link #LAST_BLOCK}, to end a zip entry made of joined parts. */
    static InputStream lastBlock() {
        return new ByteArrayInputStream(LAST_BLOCK);
    }

    /** How long {@link #lastBlock()} is. */
    static int lastBlockLength() {
        return LAST_BLOCK.length;
    }

    /**
     * The CRC-32 of A followed by B, from A's CRC, B's CRC and B's length (zlib's {@code crc32_combine}: the CRC
     * register advanced over B's length of zero bits by repeated squaring of the shift operator over GF(2)).
     */
    static long combine(long crcA, long crcB, long lengthB) {
        if (lengthB <= 0) {
            return crcA;
        }
        long[] even = new long[32];
        long[] odd = new long[32];
        odd[0] = 0xEDB88320L; // the CRC-32 polynomial, reflected: one zero bit
        long row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four zero bits
        long crc = crcA;
        long remaining = lengthB;
        do { // one zero byte, then two, four... applied where the length has a bit set
            square(even, odd);
            if ((remaining & 1) != 0) {
                crc = times(even, crc);
            }
            remaining >>= 1;
            if (remaining == 0) {
                break;
            }
            square(odd, even);
            if ((remaining & 1) != 0) {
                crc = times(odd, crc);
            }
            remaining >>= 1;
        } while (remaining != 0);
        return crc ^ crcB;
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        for (int i = 0; vector != 0; i++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(long[] square, long[] matrix) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }
}
