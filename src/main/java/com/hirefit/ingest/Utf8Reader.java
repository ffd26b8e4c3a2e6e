package com.hirefit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8, skipping a leading byte order mark. Bytes that are not valid UTF-8 do not stop the read:
 * each bad sequence becomes U+FFFD and is counted, with the byte offset of the first, so that the CSV reader
 * can reject just the rows that hold them.
 */
final class Utf8Reader extends Reader {

    static final char REPLACEMENT = '\uFFFD';

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private boolean started;
    private boolean eof;
    /** Bytes of the input before {@code bytes.position()}. */
    private long offset;
    private int badSequences;
    private long firstBadOffset = -1;

    Utf8Reader(InputStream in) {
        this.in = in;
    }

    /** How many invalid byte sequences were met so far. */
    int badSequences() {
        return badSequences;
    }

    /** Byte offset (0-based) of the first invalid sequence, or -1. */
    long firstBadOffset() {
        return firstBadOffset;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!started) {
            start();
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (out.hasRemaining()) {
            int before = bytes.position();
            CoderResult result = decoder.decode(bytes, out, eof);
            offset += bytes.position() - before;
            if (result.isError()) {
                if (!out.hasRemaining()) {
                    break; // no room for the replacement: the next call meets the same bytes again
                }
                if (firstBadOffset < 0) {
                    firstBadOffset = offset;
                }
                badSequences++;
                bytes.position(bytes.position() + result.length());
                offset += result.length();
                out.put(REPLACEMENT);
            } else if (result.isOverflow()) {
                break;
            } else if (eof || out.position() > off) {
                break; // all input decoded, or something to hand back before blocking for more
            } else {
                fill();
            }
        }
        int produced = out.position() - off;
        return produced == 0 && eof && !bytes.hasRemaining() ? -1 : produced;
    }

    private void start() throws IOException {
        started = true;
        while (bytes.remaining() < 3 && !eof) {
            fill();
        }
        if (bytes.remaining() >= 3 && (bytes.get(0) & 0xFF) == 0xEF && (bytes.get(1) & 0xFF) == 0xBB
                && (bytes.get(2) & 0xFF) == 0xBF) {
            bytes.position(3);
            offset = 3;
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
