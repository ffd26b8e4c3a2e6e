package com.hirefit.fairness;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** Adverse-impact reports on the historical data in the store, for the page, the API and the exports. */
@Service
public class AuditService {
    private final AuditData data;
    private final ComplianceSettings settings;
    private final Clock clock;

    AuditService(AuditData data, ComplianceSettings settings, Clock clock) {
        this.data = data;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * What a report covers.
     *
     * @param jobId one job, or null for all jobs
     * @param from, to the period, both days included; null: the year up to today
     */
    public record Query(String jobId, LocalDate from, LocalDate to, Selection selection, AuditOptions options) {
    }

    public AuditReport report(Query q) {
        LocalDate today = LocalDate.now(clock);
        LocalDate to = q.to() == null ? today : q.to();
        LocalDate from = q.from() == null ? to.minusYears(1).plusDays(1) : q.from();
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from: " + from + " is after to: " + to);
        }
        AuditData.Gathered gathered = data.gather(q.jobId(), from, to);
        LocalDate distribution = settings.distributionDate() != null ? settings.distributionDate()
                : data.firstUse(q.jobId()).orElse(null);
        String note = "Historical data: HireFit's own assessments of applicants " + (q.jobId() == null ? "for every job"
                : "for job " + q.jobId()) + " (uploads, the API and ATS webhooks), the latest assessment of each candidate for"
                + " each job in the period, with the demographic self-identification the employer collected (candidates who"
                + " gave none are counted as unknown).";
        AuditReport.Scope scope = new AuditReport.Scope(today, distribution, "historical", note, from, to, q.jobId(),
                gathered.rulesVersions());
        return Audit.report(gathered.records(), scope, q.selection(), q.options());
    }
}
