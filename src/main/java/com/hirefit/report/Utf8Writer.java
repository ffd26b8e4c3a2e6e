package com.hirefit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A buffered UTF-8 writer for one thread. A results workbook pours about a gigabyte of sheet XML through its
 * writer; {@code BufferedWriter} over {@code OutputStreamWriter} takes a lock on every call and copies every
 * character twice, and was most of the writing thread's time (docs/performance.md). The bytes are the same
 * as {@code OutputStreamWriter}'s with UTF-8: a surrogate pair may be split across calls, and a lone
 * surrogate becomes {@code ?}.
 */
final class Utf8Writer extends Writer {
    private final OutputStream out;
    private final byte[] buf = new byte[64 * 1024];
    private int count;
    /** A high surrogate waiting for its low half, or 0. */
    private char pendingHigh;
    private boolean closed;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (c < 0x80 && pendingHigh == 0) {
            if (count == buf.length) {
                drain();
            }
            buf[count++] = (byte) c;
        } else {
            encode((char) c);
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        for (int i = off, end = off + len; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && pendingHigh == 0) {
                if (count == buf.length) {
                    drain();
                }
                buf[count++] = (byte) c;
            } else {
                encode(c);
            }
        }
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        for (int i = off, end = off + len; i < end; i++) {
            write(chars[i]);
        }
    }

    private void encode(char c) throws IOException {
        if (count > buf.length - 4) {
            drain();
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                buf[count++] = (byte) (0xF0 | (cp >> 18));
                buf[count++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[count++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[count++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            buf[count++] = '?';
            encode(c);
            return;
        }
        if (c < 0x80) {
            buf[count++] = (byte) c;
        } else if (c < 0x800) {
            buf[count++] = (byte) (0xC0 | (c >> 6));
            buf[count++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[count++] = '?';
        } else {
            buf[count++] = (byte) (0xE0 | (c >> 12));
            buf[count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[count++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void drain() throws IOException {
        out.write(buf, 0, count);
        count = 0;
    }

    /** Writes the buffer out; a pending high surrogate still waits for its low half. */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /** A high surrogate left without its low half is written as {@code ?}, then the stream is closed. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (out) {
            if (pendingHigh != 0) {
                pendingHigh = 0;
                if (count == buf.length) {
                    drain();
                }
                buf[count++] = '?';
            }
            drain();
        }
    }
}
