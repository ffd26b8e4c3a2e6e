package com.hirefit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {

    /** Characters from every UTF-8 length, surrogate pairs, lone surrogates of both kinds and the edges. */
    private static final char[] ALPHABET = {'a', 'Z', '0', ' ', '<', '&', '\n', '\u0000', '\u007F', '\u0080', '\u00E9',
        '\u00A0', '\u07FF', '\u0800', '\u20AC', '\uFFFD', '\uFFFE', '\uFFFF', '\uD83D', '\uDE00', '\uD800', '\uDFFF',
        '\uDBFF', '\uDC00'};

    @Test
    void writesTheSameBytesAsOutputStreamWriterForAnyTextAndAnyWayOfCuttingIt() throws IOException {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            char[] text = new char[random.nextInt(200)];
            for (int i = 0; i < text.length; i++) {
                text[i] = random.nextInt(3) == 0 ? ALPHABET[random.nextInt(ALPHABET.length)] : (char) random.nextInt(0x10000);
            }
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            try (Writer jdk = new OutputStreamWriter(expected, StandardCharsets.UTF_8);
                    Writer ours = new Utf8Writer(actual)) {
                long cuts = random.nextLong();
                writeInPieces(jdk, text, new Random(cuts));
                writeInPieces(ours, text, new Random(cuts));
            }
            assertThat(actual.toByteArray()).as("round %d: %s", round, new String(text)).isEqualTo(expected.toByteArray());
        }
    }

    @Test
    void keepsAHighSurrogateAcrossAFlushUntilItsLowHalfArrives() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new Utf8Writer(bytes)) {
            writer.write("x\uD83D");
            writer.flush();
            assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("x");
            writer.write('\uDE00');
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("x\uD83D\uDE00");
    }

    @Test
    void writesMoreThanItsBufferHolds() throws IOException {
        String text = "\u20ACabc\u00E9".repeat(40_000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new Utf8Writer(bytes)) {
            writer.write(text);
        }
        assertThat(bytes.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code text} through every write method, in pieces of random length. */
    private static void writeInPieces(Writer writer, char[] text, Random random) throws IOException {
        int at = 0;
        while (at < text.length) {
            int len = Math.min(text.length - at, 1 + random.nextInt(7));
            switch (random.nextInt(3)) {
                case 0 -> writer.write(new String(text), at, len);
                case 1 -> writer.write(text, at, len);
                default -> {
                    len = 1;
                    writer.write(text[at]);
                }
            }
            at += len;
        }
    }
}
