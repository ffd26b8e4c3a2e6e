package com.hirefit.screening;

import com.hirefit.candidate.Candidate;
import com.hirefit.candidate.PersonStore;
import com.hirefit.ingest.CandidateFiles;
import com.hirefit.ingest.IngestException;
import com.hirefit.ingest.RowError;
import com.hirefit.job.Job;
import com.hirefit.rules.CurrentRules;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Screens uploads and single candidates, and keeps every decision in the audit store with what produced
 * it. Upload rows are read, assessed and stored one at a time, so a large file is never held in memory.
 */
@Service
public class ScreeningService {
    private final CurrentRules rules;
    private final CandidateFiles files;
    private final ScreeningStore screenings;
    private final AssessmentStore assessments;
    private final PersonStore persons;
    private final LiveScreenings live;
    private final JsonMapper json;
    private final Clock clock;
    private final JobRuns jobRuns = new JobRuns(256);

    ScreeningService(CurrentRules rules, CandidateFiles files, ScreeningStore screenings, AssessmentStore assessments,
                     PersonStore persons, LiveScreenings live, JsonMapper json, Clock clock) {
        this.rules = rules;
        this.files = files;
        this.screenings = screenings;
        this.assessments = assessments;
        this.persons = persons;
        this.live = live;
        this.json = json;
        this.clock = clock;
    }

    /** A file that could not be read as a whole; the screening is stored as FAILED. */
    public static class UnreadableFile extends RuntimeException {
        public UnreadableFile(String screeningId, String message) {
            super(message);
            this.screeningId = screeningId;
        }

        private final String screeningId;

        public String screeningId() {
            return screeningId;
        }
    }

    /** Screens an uploaded file against a job and stores every row's result; returns the stored screening. */
    public ScreeningRecord screen(Job job, InputStream upload, String fileName) throws IOException {
        Assessor assessor = rules.assessor();
        String id = UUID.randomUUID().toString();
        Assessor.JobRun jobRun = assessor.assessJob(job);
        screenings.create(id, job, jobRun.assessment(), fileName, assessor.rules().version(), live.instance(), clock.instant());
        LiveScreenings.Progress progress = live.started(id);
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(upload, sha)) {
            ScreeningSummary summary = Screening.run(assessor, jobRun, sink -> files.read(in, fileName, sink),
                    new StoringSink(id, job, assessor.rules().version(), progress));
            in.transferTo(java.io.OutputStream.nullOutputStream());
            screenings.complete(id, summary, HexFormat.of().formatHex(sha.digest()), clock.instant());
        } catch (IngestException e) {
            screenings.fail(id, e.getMessage(), clock.instant());
            throw new UnreadableFile(id, e.getMessage());
        } catch (RuntimeException | IOException e) {
            // Never the exception's message: a database's or a library's can quote the input.
            screenings.fail(id, "screening stopped by an internal error (" + e.getClass().getSimpleName()
                    + "); the rows read so far are not served: upload the file again", clock.instant());
            throw e;
        } finally {
            live.finished(id);
        }
        return screenings.get(id).orElseThrow();
    }

    /** Replays a stored screening into a report, in input order: the same output as the command line's. */
    public void replay(String screeningId, ScreeningSink sink) throws IOException {
        ScreeningRecord record = screenings.get(screeningId).orElseThrow();
        sink.begin(screenings.job(screeningId).orElseThrow(), screenings.jobAssessment(screeningId).orElseThrow(), record.rulesVersion());
        IOException[] failure = new IOException[1];
        assessments.forScreening(screeningId, stored -> {
            try {
                sink.candidate(stored.assessment());
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        screenings.errors(screeningId, error -> {
            try {
                sink.error(error);
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        sink.end(new ScreeningSummary(record.fileName(), record.screened(), record.errors(), record.droppedColumns(),
                record.uncertainColumns(), record.extraColumns()));
    }

    /** Assesses one candidate and stores the decision; {@code source} says where it came from (api, webhook:...). */
    public StoredAssessment assessOne(Job job, Candidate candidate, String source) {
        Assessor assessor = rules.assessor();
        CandidateAssessment assessment = assessor.assess(candidate, jobRuns.of(assessor, job));
        return store(null, job, candidate, assessment, source, assessor.rules().version());
    }

    public java.util.Optional<StoredAssessment> get(String assessmentId) {
        return assessments.get(assessmentId);
    }

    private StoredAssessment store(String screeningId, Job job, Candidate candidate, CandidateAssessment assessment,
                                   String source, String rulesVersion) {
        StoredAssessment stored = new StoredAssessment(UUID.randomUUID().toString(), candidate.id(), screeningId,
                screeningId == null ? null : candidate.row(), source, job.jobId(), job, inputHash(candidate), rulesVersion,
                assessment, clock.instant());
        assessments.insert(stored, persons.save(candidate));
        return stored;
    }

    /** A fingerprint of the resume facts that produced a decision; name and contact are left out of it. */
    private String inputHash(Candidate c) {
        Candidate anonymous = new Candidate(c.row(), c.id(), null, null, c.currentTitle(), c.yearsExperience(),
                c.yearsLlmExperience(), c.skills(), c.highlights(), c.education(), c.publications(), c.portfolio(), c.domains(),
                c.languages(), c.expectedSalary(), c.market(), new java.util.TreeMap<>(c.extra()));
        return HexFormat.of().formatHex(sha256().digest(json.writeValueAsBytes(anonymous)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores each assessment and row error of an upload as it is produced. */
    private final class StoringSink implements ScreeningSink {
        private final String screeningId;
        private final Job job;
        private final String rulesVersion;
        private final LiveScreenings.Progress progress;

        StoringSink(String screeningId, Job job, String rulesVersion, LiveScreenings.Progress progress) {
            this.screeningId = screeningId;
            this.job = job;
            this.rulesVersion = rulesVersion;
            this.progress = progress;
        }

        @Override
        public void begin(Job job, JobAssessment assessment, String rulesVersion) {
        }

        @Override
        public void candidate(CandidateAssessment assessment) {
            throw new UnsupportedOperationException("storing needs the candidate: the pipeline calls assessed()");
        }

        @Override
        public void assessed(Candidate candidate, CandidateAssessment assessment) {
            store(screeningId, job, candidate, assessment, "upload", rulesVersion);
            progress.screened.incrementAndGet();
        }

        @Override
        public void error(RowError error) {
            screenings.addError(screeningId, error);
            progress.errors.incrementAndGet();
        }

        @Override
        public void end(ScreeningSummary summary) {
        }

        @Override
        public void close() {
        }
    }
}
