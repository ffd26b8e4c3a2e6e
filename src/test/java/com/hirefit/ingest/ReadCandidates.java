package com.hirefit.ingest;

import com.hirefit.candidate.Candidate;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The candidates a file's rows give, in file order; rows in error are left out (tests that need them sink them). */
public final class ReadCandidates {
    private ReadCandidates() {
    }

    public static List<Candidate> from(Path file) throws IngestException, IOException {
        List<Candidate> read = new ArrayList<>();
        new CandidateFiles(Clock.systemUTC()).read(file, new RowSink() {
            @Override
            public void accept(Candidate candidate) {
                read.add(candidate);
            }

            @Override
            public void reject(RowError error) {
            }
        });
        return read;
    }
}
