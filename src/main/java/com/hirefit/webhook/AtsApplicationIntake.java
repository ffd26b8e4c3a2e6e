package com.hirefit.webhook;

import com.hirefit.candidate.Candidate;
import com.hirefit.ingest.CandidateFiles;
import com.hirefit.ingest.RowError;
import com.hirefit.job.JobDocument;
import com.hirefit.job.JobStore;
import com.hirefit.screening.ScreeningService;
import com.hirefit.screening.StoredAssessment;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes verified ATS events: recognises repeated deliveries (by the vendor's key, and by the content:
 * source, application, action and candidate), maps the ATS job to a HireFit job, screens, and stores.
 * An event for a job no HireFit job stands for is stored as unmapped, never dropped.
 */
@Service
class AtsApplicationIntake implements AtsIntake {
    private static final int ATTEMPTS = 3;
    private final JobStore jobs;
    private final AtsApplicationStore applications;
    private final DeliveryStore deliveries;
    private final DeliveryLog log;
    private final ScreeningService screening;
    private final CandidateFiles files;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AtsApplicationIntake(JobStore jobs, AtsApplicationStore applications, DeliveryStore deliveries, DeliveryLog log, ScreeningService screening,
                       CandidateFiles files, JsonMapper json, TransactionTemplate transaction, Clock clock) {
        this.jobs = jobs;
        this.applications = applications;
        this.deliveries = deliveries;
        this.log = log;
        this.screening = screening;
        this.files = files;
        this.json = json;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public IntakeResult receive(AtsEvent event) {
        if (event.ping()) {
            return new IntakeResult(IntakeResult.PING, null, null, null, null, "pong");
        }
        // A delivery running at the same time can take a key first: its dedupe key (a twin) or the application's
        // row (another event for the same application). The loser's transaction is rolled back; run again, it sees
        // the winner's committed rows, so a twin is a duplicate and a different event updates the application.
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> receiveOnce(event));
            } catch (DuplicateKeyException | ConcurrencyFailureException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw concurrent;
                }
            }
        }
    }

    private IntakeResult receiveOnce(AtsEvent event) {
        List<String> keys = List.of(event.dedupeKey(), "content:" + contentHash(event));
        if (deliveries.seen(event.source(), keys)) {
            log.record(event.source(), event.action(), IntakeResult.DUPLICATE, null, event.dropped().fields(), clock.instant());
            return duplicate(event).dropping(event.dropped());
        }
        Handled handled = handle(event);
        IntakeResult result = handled.result().dropping(event.dropped());
        deliveries.record(event.source(), keys, event, result.status(), clock.instant());
        log.record(event.source(), event.action(), result.status(), handled.jobId(), event.dropped().fields(), clock.instant());
        return result;
    }

    /** An event's result, and the HireFit job it went to (null: none). */
    private record Handled(IntakeResult result, String jobId) {
    }

    private Handled handle(AtsEvent event) {
        if (event.candidate() == null || event.applicationId() == null) {
            return new Handled(new IntakeResult(IntakeResult.IGNORED, event.applicationId(), null, null, null,
                    event.note() != null ? event.note() : "not an application event; nothing to screen"), null);
        }
        List<RowError> errors = new ArrayList<>();
        Candidate candidate = read(event, errors);
        Optional<JobDocument> job = event.atsJobIds().stream().map(id -> jobs.jobFor(event.source(), id))
                .flatMap(Optional::stream).findFirst().flatMap(jobs::get);
        if (candidate == null) {
            String message = "the candidate in this event is invalid: " + (errors.isEmpty() ? "no candidate" : describe(errors.get(0)));
            applications.save(event, job.map(j -> j.job().jobId()).orElse(null), IntakeResult.REJECTED, null, null, message, clock.instant());
            return new Handled(new IntakeResult(IntakeResult.REJECTED, event.applicationId(), null, null, null, message),
                    job.map(j -> j.job().jobId()).orElse(null));
        }
        if (job.isEmpty()) {
            String message = "no HireFit job maps this " + event.source() + " job; stored as unmapped (add its id, listed in"
                    + " atsJobIds, to a job's atsJobIds)";
            applications.save(event, null, IntakeResult.UNMAPPED_JOB, candidate.id(), null, message, clock.instant());
            return new Handled(new IntakeResult(IntakeResult.UNMAPPED_JOB, event.applicationId(), null, null, null, message), null);
        }
        StoredAssessment stored = screening.assessOne(job.get().job(), candidate, "webhook:" + event.source());
        applications.save(event, job.get().job().jobId(), IntakeResult.SCREENED, candidate.id(), stored.assessmentId(), event.note(),
                clock.instant());
        var assessment = stored.assessment();
        return new Handled(new IntakeResult(IntakeResult.SCREENED, event.applicationId(), stored.assessmentId(), assessment.verdict().name(),
                assessment.recommendedRole() == null ? null : assessment.recommendedRole().name(), event.note()), job.get().job().jobId());
    }

    /** The mapped fields read as a file's row is, straight to a candidate. */
    private Candidate read(AtsEvent event, List<RowError> errors) {
        CandidateFiles.One one = files.read(event.candidate());
        errors.addAll(one.errors());
        return one.candidate();
    }

    private static String describe(RowError error) {
        boolean named = error.column() == null || error.message().startsWith(error.column() + ": ");
        return (named ? "" : error.column() + ": ") + error.message();
    }

    private IntakeResult duplicate(AtsEvent event) {
        return new IntakeResult(IntakeResult.DUPLICATE, event.applicationId(), null, null, null,
                "this delivery was already received; it was not screened or stored again");
    }

    private String contentHash(AtsEvent event) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(json.writeValueAsBytes(List.of(String.valueOf(event.action()), String.valueOf(event.applicationId()),
                    event.atsJobIds(), event.candidate() == null ? "" : event.candidate())));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
