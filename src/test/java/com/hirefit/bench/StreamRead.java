package com.hirefit.bench;

import com.hirefit.candidate.Candidate;
import com.hirefit.ingest.CandidateFiles;
import com.hirefit.ingest.RowError;
import com.hirefit.ingest.RowSink;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The floor no screening can beat: stream-reads a candidates file with {@link CandidateFiles} (the reader the
 * screen command uses) and only counts the rows. Prints "read-only: ROWS rows (ERRORS errors) in S s = R rows/s".
 * Run by bench/screen-100k.sh; not a test.
 */
public final class StreamRead {
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        long[] counts = new long[2];
        new CandidateFiles(Clock.systemUTC()).read(Path.of(args[0]), new RowSink() {
            public void accept(Candidate candidate) {
                counts[0]++;
            }

            public void reject(RowError error) {
                counts[1]++;
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "read-only: %d rows (%d errors) in %.2f s = %.0f rows/s%n",
                counts[0], counts[1], seconds, (counts[0] + counts[1]) / seconds);
    }
}
