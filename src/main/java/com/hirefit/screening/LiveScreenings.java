package com.hirefit.screening;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * The screenings this service instance is running, kept alive in the store, and those a stopped instance left
 * behind. Every {@code hirefit.screenings.heartbeat} each running screening gets a heartbeat with the rows done
 * so far; a RUNNING screening whose heartbeat is older than {@code hirefit.screenings.stale-after} belongs to an
 * instance that is gone (killed, crashed, lost power), so it is reported FAILED. Instances sharing one database
 * keep their own screenings' heartbeats fresh, so they never fail each other's live work. The first check runs
 * as the service starts.
 */
@Component
@EnableConfigurationProperties(ScreeningSettings.class)
public class LiveScreenings implements SchedulingConfigurer {
    static final String INTERRUPTED = "interrupted: the service stopped before the screening finished; upload the file again";
    private static final Logger LOG = LoggerFactory.getLogger(LiveScreenings.class);
    private final ScreeningStore store;
    private final Clock clock;
    private final Duration staleAfter;
    private final Duration heartbeat;
    private final String instance = UUID.randomUUID().toString();
    private final Map<String, Progress> running = new ConcurrentHashMap<>();

    /** Rows a running screening has stored so far, rows its reader has handed on, and the rows it expects (0: unknown). */
    static final class Progress {
        final AtomicInteger screened = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger read = new AtomicInteger();
        final AtomicInteger expected = new AtomicInteger();
    }

    /**
     * A running screening as this instance sees it right now: rows stored as results and as errors, rows read from
     * the file so far, and the rows the file holds as estimated before reading ({@code 0} when unknown).
     */
    public record Live(int screened, int errors, int read, int expected) {
        public int done() {
            return screened + errors;
        }
    }

    /** The live progress of a screening this instance runs; empty for one it does not (finished, or another's). */
    public Optional<Live> progress(String screeningId) {
        Progress p = running.get(screeningId);
        return p == null ? Optional.empty()
                : Optional.of(new Live(p.screened.get(), p.errors.get(), p.read.get(), p.expected.get()));
    }

    LiveScreenings(ScreeningStore store, Clock clock, ScreeningSettings settings) {
        this.store = store;
        this.clock = clock;
        this.staleAfter = settings.staleAfter();
        this.heartbeat = settings.heartbeat();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::check, heartbeat);
    }

    /** This instance's id for this boot: the owner of the screenings it runs. */
    String instance() {
        return instance;
    }

    Progress started(String screeningId) {
        Progress progress = new Progress();
        running.put(screeningId, progress);
        return progress;
    }

    void finished(String screeningId) {
        running.remove(screeningId);
    }

    /** Heartbeats for this instance's screenings first, so that they are never among the stale ones. */
    public void check() {
        Instant now = clock.instant();
        running.forEach((id, progress) -> store.heartbeat(id, progress.screened.get(), progress.errors.get(), now));
        int failed = store.failStale(now.minus(staleAfter), INTERRUPTED, now);
        if (failed > 0) {
            LOG.warn("{} screening(s) left RUNNING by a stopped service instance (no heartbeat for {}) are now FAILED", failed, staleAfter);
        }
    }

    /** A stopping instance reports what it cannot finish at once, rather than after the stale time. */
    @PreDestroy
    void stop() {
        int failed = store.failOwnedBy(instance, INTERRUPTED, clock.instant());
        if (failed > 0) {
            LOG.warn("{} screening(s) still running at shutdown are now FAILED", failed);
        }
    }
}
