package com.hirefit.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.MovableClock;
import com.hirefit.candidate.PersonStore;
import com.hirefit.candidate.SelfIdentification;
import com.hirefit.candidate.SelfIdentifications;
import com.hirefit.decision.DecisionService;
import com.hirefit.job.JobFiles;
import com.hirefit.screening.AssessmentStore;
import com.hirefit.screening.ScreeningRecord;
import com.hirefit.screening.ScreeningService;
import com.hirefit.screening.StoredAssessment;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.SimpleTriggerContext;

/**
 * Retention with a clock the test moves: personal data (self-identification with it) goes 180 days after the last
 * decision or assessment, decision records after 3 years; the purge logs counts only, and runs on its schedule.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:retention-${random.uuid};DB_CLOSE_DELAY=-1",
        "hirefit.rules.watch=false", "logging.level.com.hirefit=INFO"})
@ExtendWith(OutputCaptureExtension.class)
class RetentionPurgeTest {
    static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(START);
        }
    }

    @Autowired
    MovableClock clock;
    @Autowired
    ScreeningService screening;
    @Autowired
    SelfIdIntake intake;
    @Autowired
    SelfIdentifications answers;
    @Autowired
    AssessmentStore assessments;
    @Autowired
    PersonStore persons;
    @Autowired
    DecisionService decisions;
    @Autowired
    RetentionPurge purge;
    @Autowired
    JdbcClient db;

    @Test
    void personalDataGoes180DaysAfterTheLastDecisionAndDecisionRecordsAfterThreeYears(CapturedOutput log) throws Exception {
        Path sample = Path.of("samples/candidates.csv");
        ScreeningRecord record;
        try (InputStream in = Files.newInputStream(sample)) {
            record = screening.screen(JobFiles.read(Path.of("samples/jobs/contract-review.yaml")), in, "candidates.csv");
        }
        try (InputStream in = Files.newInputStream(sample)) {
            intake.fromFile(in, "candidates.csv", "screening");
        }
        answers.save(List.of(new SelfIdentification("NEVER-ASSESSED", null, null)), "api");
        List<StoredAssessment> stored = new ArrayList<>();
        assessments.forScreening(record.screeningId(), stored::add);
        assertThat(stored).hasSize(25);
        StoredAssessment decided = stored.get(0);

        clock.set(START.plus(Duration.ofDays(100)));
        decisions.decide(decided.assessmentId(), "HOLD", null, null, new DecisionService.Actor("recruiter", "workspace"));

        clock.set(START.plus(Duration.ofDays(179)));
        assertThat(purge.purge()).isEqualTo(new RetentionPurge.Counts(0, 0, 0, 0));
        assertThat(answers.count()).isEqualTo(27);

        clock.set(START.plus(Duration.ofDays(181)));
        RetentionPurge.Counts counts = purge.purge();
        // 24 assessed candidates without a decision, and the answers of two never assessed (one uploaded alone, one the
        // screening refused for its years)
        assertThat(counts.candidatesErased()).isEqualTo(26);
        assertThat(persons.get(personId(stored.get(1).assessmentId()))).isEmpty();
        assertThat(persons.get(personId(decided.assessmentId()))).isPresent();
        assertThat(answers.all().keySet()).containsExactly(decided.candidateId());
        assertThat(counts.assessments()).isZero();

        clock.set(START.plus(Duration.ofDays(281)));
        assertThat(purge.purge().candidatesErased()).isEqualTo(1);
        assertThat(persons.get(personId(decided.assessmentId()))).isEmpty();
        assertThat(answers.count()).isZero();
        assertThat(assessments.get(decided.assessmentId())).isPresent();

        clock.set(START.plus(Duration.ofDays(3 * 366)));
        RetentionPurge.Counts old = purge.purge();
        assertThat(old.assessments()).isEqualTo(24);
        assertThat(old.screenings()).isZero();
        // the decided assessment's record runs three years from its decision
        clock.set(START.plus(Duration.ofDays(100 + 3 * 366 + 1)));
        RetentionPurge.Counts last = purge.purge();
        assertThat(last.assessments()).isEqualTo(1);
        assertThat(last.decisionEvents()).isEqualTo(1);
        assertThat(last.screenings()).isEqualTo(1);
        assertThat(db.sql("SELECT COUNT(*) FROM assessment").query(Long.class).single()).isZero();

        assertThat(log.getAll()).contains("retention purge: personal data of 26 candidate(s) erased")
                .doesNotContain("HF-10", "NEVER-ASSESSED", decided.assessmentId());
    }

    @Test
    void thePurgeIsScheduledOnTheConfiguredCronInUtc() {
        ScheduledTaskRegistrar tasks = new ScheduledTaskRegistrar();
        purge.configureTasks(tasks);
        assertThat(tasks.getCronTaskList()).singleElement()
                .satisfies(task -> assertThat(task.getExpression()).isEqualTo("0 30 3 * * *"))
                .satisfies(task -> assertThat(task.getTrigger().nextExecution(new SimpleTriggerContext(Clock.fixed(START, ZoneId.of("Asia/Tokyo")))))
                        .isEqualTo(Instant.parse("2026-01-06T03:30:00Z")));
    }

    private String personId(String assessmentId) {
        return db.sql("SELECT person_id FROM assessment WHERE assessment_id = ?").param(assessmentId).query(String.class).single();
    }
}
