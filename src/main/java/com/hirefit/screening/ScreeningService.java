package com.hirefit.screening;

import com.hirefit.candidate.Candidate;
import com.hirefit.candidate.PersonStore;
import com.hirefit.ingest.CandidateFiles;
import com.hirefit.ingest.IngestException;
import com.hirefit.ingest.RowError;
import com.hirefit.ingest.RowSink;
import com.hirefit.job.Job;
import com.hirefit.rules.service.CurrentRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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

    private final TransactionTemplate oneCommit;

    ScreeningService(CurrentRules rules, CandidateFiles files, ScreeningStore screenings, AssessmentStore assessments,
                     PersonStore persons, LiveScreenings live, JsonMapper json, Clock clock, PlatformTransactionManager transactions) {
        this.oneCommit = new TransactionTemplate(transactions);
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
        Started started = begin(job, fileName);
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(upload, sha)) {
            run(started, sink -> files.read(in, fileName, sink), () -> {
                in.transferTo(java.io.OutputStream.nullOutputStream());
                return HexFormat.of().formatHex(sha.digest());
            });
        }
        return screenings.get(started.id()).orElseThrow();
    }

    /** Too many screenings are waiting to run: nothing was started. */
    public static class Busy extends RuntimeException {
        public Busy(String message) {
            super(message);
        }
    }

    /**
     * Starts screening a saved upload in the background and returns the screening's id at once; its progress is in
     * {@link LiveScreenings#progress}, its outcome in the store. The file is deleted when the screening ends.
     *
     * @throws Busy when {@link #MAX_WAITING} screenings are already waiting (the file is deleted then too)
     */
    public String start(Job job, Path upload, String fileName) {
        Started started = begin(job, fileName);
        try {
            background.execute(() -> {
                try {
                    run(started, sink -> files.read(upload, fileName, sink), () -> sha256(upload));
                } catch (IOException | RuntimeException e) {
                    // Already stored as FAILED with a message fit to show; nobody waits on this thread.
                } finally {
                    deleteQuietly(upload);
                }
            });
        } catch (RejectedExecutionException e) {
            screenings.fail(started.id(), "not started: " + MAX_WAITING + " screenings were already waiting; upload the file again"
                    + " in a minute", clock.instant());
            live.finished(started.id());
            deleteQuietly(upload);
            throw new Busy("The service is busy with " + MAX_WAITING + " waiting screenings; upload the file again in a minute.");
        }
        return started.id();
    }

    /** Screenings run in the background one or two at a time (each already uses every core); more wait their turn. */
    static final int MAX_WAITING = 20;
    private final java.util.concurrent.ThreadPoolExecutor background = new java.util.concurrent.ThreadPoolExecutor(2, 2, 1,
            java.util.concurrent.TimeUnit.MINUTES, new java.util.concurrent.ArrayBlockingQueue<>(MAX_WAITING), runnable -> {
                Thread thread = new Thread(runnable, "hirefit-screening");
                thread.setDaemon(true);
                return thread;
            });

    @jakarta.annotation.PreDestroy
    void stopBackground() {
        background.shutdownNow();
    }

    /** A screening stored as RUNNING, with its rules and live progress, ready to run. */
    private record Started(String id, Job job, Assessor assessor, Assessor.JobRun jobRun, LiveScreenings.Progress progress) {
    }

    private Started begin(Job job, String fileName) {
        Assessor assessor = new Assessor(rules.get());
        String id = UUID.randomUUID().toString();
        Assessor.JobRun jobRun = assessor.assessJob(job);
        screenings.create(id, job, jobRun.assessment(), fileName, assessor.rules().version(), live.instance(), clock.instant());
        return new Started(id, job, assessor, jobRun, live.started(id));
    }

    /** The input hash, once the whole input has been read. */
    @FunctionalInterface
    private interface Hash {
        String of() throws IOException;
    }

    private void run(Started s, ScreeningPipeline.CandidateInput input, Hash hash) throws IOException {
        try {
            ScreeningSummary summary = ScreeningPipeline.run(s.assessor(), s.jobRun(), sink -> input.read(counted(sink, s.progress())),
                    new StoringSink(s.id(), s.job(), s.assessor().rules().version(), s.progress()));
            screenings.complete(s.id(), summary, hash.of(), clock.instant());
        } catch (IngestException e) {
            screenings.fail(s.id(), e.getMessage(), clock.instant());
            throw new UnreadableFile(s.id(), e.getMessage());
        } catch (RuntimeException | IOException e) {
            // Never the exception's message: a database's or a library's can quote the input.
            screenings.fail(s.id(), "screening stopped by an internal error (" + e.getClass().getSimpleName()
                    + "); the rows read so far are not served: upload the file again", clock.instant());
            throw e;
        } finally {
            live.finished(s.id());
        }
    }

    /** Counts the rows the reader hands on, and keeps its estimate of the rows ahead, for the progress bar. */
    private static RowSink counted(RowSink sink, LiveScreenings.Progress progress) {
        return new RowSink() {
            @Override
            public void accept(Candidate candidate) {
                progress.read.incrementAndGet();
                sink.accept(candidate);
            }

            @Override
            public void reject(RowError error) {
                progress.read.incrementAndGet();
                sink.reject(error);
            }

            @Override
            public void expect(int dataRows) {
                progress.expected.set(dataRows);
                sink.expect(dataRows);
            }
        };
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file; the OS cleans its temp folder
        }
    }

    /** Replays a stored screening into a report, in input order: the same output as the command line's. */
    public void replay(String screeningId, ScreeningSink sink) throws IOException {
        ScreeningRecord record = screenings.get(screeningId).orElseThrow();
        sink.begin(screenings.job(screeningId).orElseThrow(), screenings.jobAssessment(screeningId).orElseThrow(), record.rulesVersion());
        Feed feed = new Feed(sink);
        assessments.forScreening(screeningId, feed::candidate);
        screenings.errors(screeningId, feed::error);
        feed.check();
        sink.end(new ScreeningSummary(record.fileName(), record.screened(), record.errors(), record.droppedColumns(),
                record.uncertainColumns(), record.extraColumns()));
    }

    /**
     * Replays every assessment of a job (uploads, API and webhooks together, newest first) into a report. The report's
     * job part is the job as it stands, read by the rules installed now; each candidate keeps the result it was given,
     * on the rules of its day. Row errors belong to their screenings and are not repeated here.
     */
    public void replayJob(Job job, ScreeningSink sink) throws IOException {
        Assessor assessor = new Assessor(rules.get());
        sink.begin(job, assessor.assessJob(job).assessment(), assessor.rules().version());
        Feed feed = new Feed(sink);
        assessments.forJob(job.jobId(), feed::candidate);
        feed.check();
        sink.end(new ScreeningSummary("job " + job.jobId(), feed.candidates, 0, java.util.List.of(), java.util.List.of(),
                java.util.List.of()));
    }

    /** Stored results into a sink from the stores' callbacks; the first write failure stops it and is thrown after. */
    private static final class Feed {
        private final ScreeningSink sink;
        private IOException failure;
        private int candidates;

        Feed(ScreeningSink sink) {
            this.sink = sink;
        }

        void candidate(StoredAssessment stored) {
            write(() -> {
                sink.candidate(stored.assessment());
                candidates++;
            });
        }

        void error(RowError error) {
            write(() -> sink.error(error));
        }

        private void write(Write write) {
            if (failure == null) {
                try {
                    write.run();
                } catch (IOException e) {
                    failure = e;
                }
            }
        }

        void check() throws IOException {
            if (failure != null) {
                throw failure;
            }
        }
    }

    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }

    /** Assesses one candidate and stores the decision; {@code source} says where it came from (api, webhook:...). */
    public StoredAssessment assessOne(Job job, Candidate candidate, String source) {
        Assessor assessor = new Assessor(rules.get());
        CandidateAssessment assessment = assessor.assess(candidate, jobRuns.of(assessor, job));
        return store(null, job, candidate, assessment, source, assessor.rules().version());
    }

    public java.util.Optional<StoredAssessment> get(String assessmentId) {
        return assessments.get(assessmentId);
    }

    private StoredAssessment store(String screeningId, Job job, Candidate candidate, CandidateAssessment assessment,
                                   String source, String rulesVersion) {
        byte[] facts = resumeFacts(candidate);
        StoredAssessment stored = new StoredAssessment(UUID.randomUUID().toString(), candidate.id(), screeningId,
                screeningId == null ? null : candidate.row(), source, job.jobId(), job,
                HexFormat.of().formatHex(sha256().digest(facts)), rulesVersion, assessment, clock.instant());
        // One transaction, so one commit, for the row's person, resume, assessment and codes.
        oneCommit.executeWithoutResult(status ->
                assessments.insert(stored, persons.save(candidate, new String(facts, java.nio.charset.StandardCharsets.UTF_8))));
        return stored;
    }

    /**
     * The resume facts that produced a decision, as JSON, name and contact left out: the input hash is its SHA-256,
     * and it is kept with the person so that the candidate page can show the phrases that became evidence.
     */
    private byte[] resumeFacts(Candidate c) {
        Candidate anonymous = new Candidate(c.row(), c.id(), null, null, c.currentTitle(), c.yearsExperience(),
                c.yearsLlmExperience(), c.skills(), c.highlights(), c.education(), c.publications(), c.portfolio(), c.domains(),
                c.languages(), c.expectedSalary(), c.market(), new java.util.TreeMap<>(c.extra()));
        return json.writeValueAsBytes(anonymous);
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
