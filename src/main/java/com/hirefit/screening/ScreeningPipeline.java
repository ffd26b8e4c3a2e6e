package com.hirefit.screening;

import com.hirefit.candidate.Candidate;
import com.hirefit.ingest.IngestException;
import com.hirefit.ingest.IngestReport;
import com.hirefit.ingest.RowError;
import com.hirefit.ingest.RowSink;
import com.hirefit.job.Job;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One screening: the job assessed once, then every input row streamed from the reader to the sink as an
 * assessment or an error, in input order. Candidates are assessed on several threads while the reader goes
 * on; a single writer hands the results to the sink in input order, and at most a bounded number of rows
 * are in flight, so memory stays flat whatever the file's size. A candidate the rules cannot assess becomes
 * an error on its row, so every row ends up in one place or the other.
 */
public final class ScreeningPipeline {

    /** Reads candidates into a row sink (an ingest reader bound to its input). */
    @FunctionalInterface
    public interface CandidateInput {
        IngestReport read(RowSink sink) throws IngestException, IOException;
    }

    /** One row's outcome, ready for the sink. */
    private record Outcome(Candidate candidate, CandidateAssessment assessment, RowError error) {
    }

    private static final Future<Outcome> END = CompletableFuture.completedFuture(null);

    private ScreeningPipeline() {
    }

    public static ScreeningSummary run(Assessor assessor, Job job, CandidateInput input, ScreeningSink sink, int threads)
            throws IngestException, IOException {
        return run(assessor, assessor.assessJob(job), input, sink, threads);
    }

    /** From a job run already made (by {@code assessor}), on one assessing thread per core. */
    public static ScreeningSummary run(Assessor assessor, Assessor.JobRun jobRun, CandidateInput input, ScreeningSink sink)
            throws IngestException, IOException {
        return run(assessor, jobRun, input, sink, Runtime.getRuntime().availableProcessors());
    }

    private static ScreeningSummary run(Assessor assessor, Assessor.JobRun jobRun, CandidateInput input,
                                        ScreeningSink sink, int threads) throws IngestException, IOException {
        sink.begin(jobRun.job(), jobRun.assessment(), assessor.rules().version());
        AtomicInteger screened = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        BlockingQueue<Future<Outcome>> inOrder = new ArrayBlockingQueue<>(Math.max(16, threads * 32));
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, threads), daemon("hirefit-assess"));
        ExecutorService writing = Executors.newSingleThreadExecutor(daemon("hirefit-write"));
        Future<?> writer = writing.submit(() -> write(inOrder, sink, screened, errors));
        IngestReport report;
        try {
            report = input.read(new RowSink() {
                @Override
                public void accept(Candidate candidate) {
                    enqueue(inOrder, workers.submit(() -> assess(assessor, jobRun, candidate)), writer);
                }

                @Override
                public void reject(RowError error) {
                    enqueue(inOrder, CompletableFuture.completedFuture(new Outcome(null, null, error)), writer);
                }
            });
            enqueue(inOrder, END, writer);
            finish(writer);
        } catch (WriterFailed e) {
            throw e.cause();
        } finally {
            workers.shutdownNow();
            writing.shutdownNow();
        }
        ScreeningSummary summary = new ScreeningSummary(report.file(), screened.get(), errors.get(), report.droppedColumns(),
                report.uncertainColumns(), report.extraColumns());
        sink.end(summary);
        return summary;
    }

    private static Outcome assess(Assessor assessor, Assessor.JobRun jobRun, Candidate candidate) {
        try {
            return new Outcome(candidate, assessor.assess(candidate, jobRun), null);
        } catch (RuntimeException e) {
            return new Outcome(null, null, new RowError(candidate.row(), null, "the rules could not assess this candidate: " + e.getMessage()));
        }
    }

    /** The writer: takes outcomes in input order and hands them to the sink, on one thread. */
    private static void write(BlockingQueue<Future<Outcome>> inOrder, ScreeningSink sink, AtomicInteger screened, AtomicInteger errors) {
        try {
            for (Future<Outcome> next = inOrder.take(); next != END; next = inOrder.take()) {
                Outcome outcome = next.get();
                if (outcome.error() != null) {
                    sink.error(outcome.error());
                    errors.incrementAndGet();
                } else {
                    sink.assessed(outcome.candidate(), outcome.assessment());
                    screened.incrementAndGet();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("screening interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Waits for room in the queue; stops when the writer has failed, so the reader never blocks forever. */
    private static void enqueue(BlockingQueue<Future<Outcome>> inOrder, Future<Outcome> outcome, Future<?> writer) {
        try {
            while (!inOrder.offer(outcome, 100, TimeUnit.MILLISECONDS)) {
                if (writer.isDone()) {
                    finish(writer);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("screening interrupted", e);
        }
    }

    /** Waits for the writer; its I/O failure comes back out of the reader's callbacks as {@link WriterFailed}. */
    private static void finish(Future<?> writer) {
        try {
            writer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("screening interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw new WriterFailed(io.getCause());
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** Carries the sink's IOException through the reader's callbacks, which cannot throw it. */
    private static final class WriterFailed extends RuntimeException {
        WriterFailed(IOException cause) {
            super(cause);
        }

        IOException cause() {
            return (IOException) getCause();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
