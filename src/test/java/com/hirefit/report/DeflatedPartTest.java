package com.hirefit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class DeflatedPartTest {

    @Test
    void combinedCrcIsTheCrcOfBothTextsOneAfterTheOther() {
        Random random = new Random(14);
        for (int trial = 0; trial < 200; trial++) {
            byte[] a = new byte[random.nextInt(3000)];
            byte[] b = new byte[trial % 10 == 0 ? 0 : random.nextInt(70_000)];
            random.nextBytes(a);
            random.nextBytes(b);
            CRC32 whole = new CRC32();
            whole.update(a);
            whole.update(b);
            assertThat(DeflatedPart.combine(crc(a), crc(b), b.length)).as("trial %d", trial).isEqualTo(whole.getValue());
        }
    }

    @Test
    void partsJoinedEndToEndInflateToTheirTextsInOrderWithTheirCrcsAndLengths() throws IOException {
        String head = "<worksheet><sheetData>\n";
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 5_000; r++) {
            rows.append("<row r=\"").append(r).append("\"><c t=\"inlineStr\"><is><t>reason ").append(r % 37).append(" \u00e9</t></is></c></row>");
        }
        String tail = "</sheetData></worksheet>";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DeflatedPart part = new DeflatedPart(body);
        byte[] text = rows.toString().getBytes(StandardCharsets.UTF_8);
        part.write(text, 0, 1000);
        part.write(text[1000]);
        part.write(text, 1001, text.length - 1001);
        part.close();
        part.close(); // a second close changes nothing
        DeflatedPart.Whole first = DeflatedPart.of(head);
        DeflatedPart.Whole last = DeflatedPart.of(tail);

        assertThat(part.length()).isEqualTo(text.length);
        assertThat(part.crc()).isEqualTo(crc(text));
        assertThat(part.deflatedLength()).isEqualTo(body.size()).isLessThan(text.length / 4);
        InputStream joined = new SequenceInputStream(Collections.enumeration(List.of(first.stream(),
                new java.io.ByteArrayInputStream(body.toByteArray()), last.stream())));
        try (InputStream in = DeflatedPart.inflate(joined)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(head + rows + tail);
        }
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
