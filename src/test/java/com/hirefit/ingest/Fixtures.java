package com.hirefit.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Shared helpers for the ingest tests. */
final class Fixtures {
    /** 2025-01-01, midnight UTC. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);

    private Fixtures() {
    }

    static CandidateFiles files() {
        return new CandidateFiles(CLOCK);
    }

    /** Reads text as a file of the given name. */
    static Read read(String fileName, String content) throws IngestException, IOException {
        return read(fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    static Read read(String fileName, byte[] content) throws IngestException, IOException {
        CollectingSink sink = new CollectingSink();
        IngestReport report = files().read(new ByteArrayInputStream(content), fileName, sink);
        return new Read(report, sink);
    }

    record Read(IngestReport report, CollectingSink sink) {
    }
}
