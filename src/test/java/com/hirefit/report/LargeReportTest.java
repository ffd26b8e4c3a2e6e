package com.hirefit.report;

import static com.hirefit.report.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.screening.ScreeningSink;
import com.hirefit.vocabulary.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Many candidates go through the streaming writers without trouble (no timing asserted). */
class LargeReportTest {

    private static final int CANDIDATES = 20_000;

    @Test
    void twentyThousandCandidatesMakeAWorkbook() throws IOException {
        CountingStream out = new CountingStream();
        try (XlsxReport report = new XlsxReport(out)) {
            screenMany(report);
        }

        assertThat(out.count).isGreaterThan(100_000);
        assertThat(new String(out.head, 0, 2, StandardCharsets.ISO_8859_1)).as("zip signature").isEqualTo("PK");
        assertThat(out.closed).isTrue();
    }

    @Test
    void twentyThousandCandidatesMakeAJsonDocument() throws IOException {
        CountingStream out = new CountingStream();
        try (JsonReport report = new JsonReport(out)) {
            screenMany(report);
        }

        assertThat(out.count).isGreaterThan(CANDIDATES * 1_000L);
        assertThat(out.head[0]).isEqualTo((byte) '{');
        assertThat(out.closed).isTrue();
    }

    private static void screenMany(ScreeningSink sink) throws IOException {
        Verdict[] verdicts = Verdict.values();
        sink.begin(job(), jobAssessment(), RULES_VERSION);
        for (int i = 0; i < CANDIDATES; i++) {
            int row = i + 2;
            if (i % 1_000 == 999) {
                sink.error(error(row, "email", "not an email address"));
            } else if (i % 2 == 0) {
                sink.candidate(strongFit(row, "C-" + i, "Candidate " + i));
            } else {
                sink.candidate(withVerdict(row, "C-" + i, verdicts[i % verdicts.length]));
            }
        }
        sink.end(summary(CANDIDATES - CANDIDATES / 1_000, CANDIDATES / 1_000));
    }

    /** Discards bytes, keeping a count and the first few. */
    private static final class CountingStream extends OutputStream {
        final byte[] head = new byte[4];
        long count;
        boolean closed;

        @Override
        public void write(int b) {
            if (count < head.length) {
                head[(int) count] = (byte) b;
            }
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = 0; i < len && count + i < head.length; i++) {
                head[(int) count + i] = b[off + i];
            }
            count += len;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
