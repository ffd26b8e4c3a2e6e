package com.hirefit.fairness;

import com.hirefit.candidate.RaceEthnicity;
import com.hirefit.candidate.SelfIdentification;
import com.hirefit.candidate.SelfIdentifications;
import com.hirefit.candidate.Sex;
import com.hirefit.ingest.CandidateFiles;
import com.hirefit.ingest.IngestException;
import com.hirefit.ingest.RowError;
import com.hirefit.ingest.SelfIdSink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Takes demographic self-identification in: a table uploaded on its own (xlsx, csv), answers sent as JSON, or the
 * answers a screened file carries in the columns screening drops (only when the operator asks, for that screening).
 * Whatever the way in, the answers go to their own store and nowhere else; what comes back is counts and row errors
 * that name a row and a column, never an answer.
 */
@Service
public class SelfIdIntake {
    /** Answers are saved this many at a time, so a large table is never held whole. */
    private static final int BATCH = 500;
    /** Row errors listed in a reply; the rest are counted. */
    static final int LISTED_ERRORS = 100;

    private final CandidateFiles files;
    private final SelfIdentifications store;

    SelfIdIntake(CandidateFiles files, SelfIdentifications store) {
        this.files = files;
        this.store = store;
    }

    /** What an intake did: rows read, answers kept, and the rows refused (the first {@link #LISTED_ERRORS}). */
    public record Outcome(int rows, int saved, int refused, List<RowError> errors) {
    }

    /** One answer as sent in JSON: the category labels or codes, or null/blank/"Not disclosed". */
    public record Answer(String candidateId, String sex, String raceEthnicity) {
    }

    /** Reads a self-identification table, or a resume file's self-identification columns, and keeps the answers. */
    public Outcome fromFile(InputStream in, String fileName, String source) throws IngestException, IOException {
        Path copy = Files.createTempFile("hirefit-selfid-", ".upload");
        try {
            Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Collector collector = new Collector(source);
            int rows = files.readSelfIdentification(copy, fileName, collector);
            collector.flush();
            return new Outcome(rows, collector.saved, collector.refused, List.copyOf(collector.errors));
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** Keeps answers sent as JSON; an entry that names no category is refused, naming its position and field. */
    public Outcome fromAnswers(List<Answer> answers, String source) {
        Collector collector = new Collector(source);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            int position = i + 1;
            String id = a == null || a.candidateId() == null ? "" : a.candidateId().strip();
            if (id.isEmpty() || id.length() > com.hirefit.candidate.Candidate.MAX_ID_LENGTH) {
                collector.reject(new RowError(position, "candidateId", "candidateId: required, at most "
                        + com.hirefit.candidate.Candidate.MAX_ID_LENGTH + " characters"));
                continue;
            }
            if (!seen.add(id)) {
                collector.reject(new RowError(position, "candidateId", "candidateId: the same as an earlier entry"));
                continue;
            }
            Sex sex;
            try {
                sex = Sex.parse(a.sex());
            } catch (IllegalArgumentException e) {
                collector.reject(new RowError(position, "sex", "sex: " + e.getMessage()));
                continue;
            }
            try {
                collector.accept(new SelfIdentification(id, sex, RaceEthnicity.parse(a.raceEthnicity())));
            } catch (IllegalArgumentException e) {
                collector.reject(new RowError(position, "raceEthnicity", "raceEthnicity: " + e.getMessage()));
            }
        }
        collector.flush();
        return new Outcome(answers.size(), collector.saved, collector.refused, List.copyOf(collector.errors));
    }

    private final class Collector implements SelfIdSink {
        private final String source;
        private final List<SelfIdentification> pending = new ArrayList<>(BATCH);
        private final List<RowError> errors = new ArrayList<>();
        private int saved;
        private int refused;

        Collector(String source) {
            this.source = source;
        }

        @Override
        public void accept(SelfIdentification answer) {
            pending.add(answer);
            if (pending.size() == BATCH) {
                flush();
            }
        }

        @Override
        public void reject(RowError error) {
            refused++;
            if (errors.size() < LISTED_ERRORS) {
                errors.add(error);
            }
        }

        void flush() {
            if (!pending.isEmpty()) {
                saved += store.save(pending, source);
                pending.clear();
            }
        }
    }
}
