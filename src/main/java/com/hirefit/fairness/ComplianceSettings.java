package com.hirefit.fairness;

import java.time.LocalDate;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * {@code hirefit.compliance.*}: what the published summary, the candidate notices and the explanations say about the
 * employer, and how long data is kept.
 *
 * @param employer the employer's name, as notices and explanations name it
 * @param contact how a candidate asks for human review, a correction, an alternative process or an accommodation
 *     (an address, a page, a person)
 * @param distributionDate the date the tool was first used (LL144 §5-303); unset: the day of the first stored assessment
 * @param retention how long personal data and decision records are kept (see {@link Retention})
 */
@ConfigurationProperties("hirefit.compliance")
public record ComplianceSettings(@DefaultValue("the employer") String employer,
                                 @DefaultValue("the recruiter or hiring team who contacted you") String contact,
                                 LocalDate distributionDate, @DefaultValue Retention retention) {

    /**
     * {@code hirefit.compliance.retention.*}. Personal data (name, contact, resume, resume links, self-identification) is
     * kept for {@code personalData} after the candidate's last decision (or last assessment, when no one decided);
     * decision records (assessments and the decision trail) for {@code decisionRecords}, never under six months
     * (the AI Act's Art. 19 and 26(6) keep logs for at least that long: a shorter setting stops the service at start-up).
     * The purge runs on {@code purgeCron}.
     */
    public record Retention(@DefaultValue("180d") Period personalData, @DefaultValue("3y") Period decisionRecords,
                            @DefaultValue("0 30 3 * * *") String purgeCron) {
        /** The least decision records may be kept. */
        public static final Period MINIMUM_DECISION_RECORDS = Period.ofMonths(6);

        public Retention {
            LocalDate day = LocalDate.of(2000, 1, 1);
            if (day.plus(decisionRecords).isBefore(day.plus(MINIMUM_DECISION_RECORDS))) {
                throw new IllegalArgumentException("hirefit.compliance.retention.decision-records is " + decisionRecords
                        + ": decision records must be kept at least six months (P6M)");
            }
            if (!CronExpression.isValidExpression(purgeCron)) {
                throw new IllegalArgumentException("hirefit.compliance.retention.purge-cron is not a cron expression"
                        + " (six fields: second minute hour day month weekday)");
            }
            if (personalData.isNegative() || personalData.isZero()) {
                throw new IllegalArgumentException("hirefit.compliance.retention.personal-data must be positive, not " + personalData);
            }
        }
    }
}
