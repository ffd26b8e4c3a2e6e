package com.hirefit.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.MovableClock;
import com.hirefit.job.Job;
import com.hirefit.job.JobFiles;
import com.hirefit.rules.service.CurrentRules;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Two service instances sharing one database (here two {@link LiveScreenings} on the real store, with a clock the
 * test moves): a screening is failed only once its owner's heartbeat is stale, never while the owner beats.
 * The context's own instance checks once at start-up and then every hour, before any screening here exists.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:hirefit-live;DB_CLOSE_DELAY=-1", "hirefit.screenings.heartbeat=1h"})
class LiveScreeningsTest {
    private static final Duration STALE_AFTER = Duration.ofMinutes(1);

    @Autowired
    ScreeningStore store;

    @Autowired
    CurrentRules rules;

    /** The same time for both instances, as with NTP-synchronised hosts. */
    private final MovableClock clock = new MovableClock(Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS));

    private String running(LiveScreenings owner) throws Exception {
        Job job = JobFiles.read(Path.of("samples/jobs/contract-review.yaml"));
        String id = UUID.randomUUID().toString();
        store.create(id, job, new Assessor(rules.get()).assessJob(job).assessment(), "big.csv", rules.get().version(), owner.instance(),
                clock.instant());
        return id;
    }

    private ScreeningRecord record(String id) {
        return store.get(id).orElseThrow();
    }

    @Test
    void aScreeningIsFailedOnlyWhenItsOwnersHeartbeatHasBeenSilentForTheStaleTime() throws Exception {
        LiveScreenings owner = new LiveScreenings(store, clock, new ScreeningSettings(Duration.ofSeconds(10), STALE_AFTER));
        LiveScreenings other = new LiveScreenings(store, clock, new ScreeningSettings(Duration.ofSeconds(10), STALE_AFTER));
        String id = running(owner);
        owner.started(id).screened.set(40);

        clock.advance(Duration.ofSeconds(50));
        other.check();
        owner.check();
        assertThat(record(id).status()).isEqualTo(ScreeningRecord.RUNNING);
        assertThat(record(id).screened()).as("progress goes out with the heartbeat").isEqualTo(40);

        clock.advance(Duration.ofSeconds(50));
        other.check();
        assertThat(record(id).status()).as("100 s since the start, but 50 s since the heartbeat").isEqualTo(ScreeningRecord.RUNNING);

        clock.advance(Duration.ofSeconds(11));
        other.check();
        ScreeningRecord failed = record(id);
        assertThat(failed.status()).isEqualTo(ScreeningRecord.FAILED);
        assertThat(failed.failure()).isEqualTo(LiveScreenings.INTERRUPTED);
        assertThat(failed.completedAt()).isEqualTo(clock.instant());

        store.complete(id, new ScreeningSummary("big.csv", 40, 0, List.of(), List.of(), List.of()), "0".repeat(64), clock.instant());
        assertThat(record(id).status()).as("a late completion does not undo FAILED").isEqualTo(ScreeningRecord.FAILED);
    }

    @Test
    void anInstanceThatStopsFailsItsOwnScreeningsAndNoOneElses() throws Exception {
        LiveScreenings stopping = new LiveScreenings(store, clock, new ScreeningSettings(Duration.ofSeconds(10), STALE_AFTER));
        LiveScreenings staying = new LiveScreenings(store, clock, new ScreeningSettings(Duration.ofSeconds(10), STALE_AFTER));
        String mine = running(stopping);
        String theirs = running(staying);

        stopping.stop();

        assertThat(record(mine).status()).isEqualTo(ScreeningRecord.FAILED);
        assertThat(record(mine).failure()).startsWith("interrupted: ");
        assertThat(record(theirs).status()).isEqualTo(ScreeningRecord.RUNNING);
    }
}
