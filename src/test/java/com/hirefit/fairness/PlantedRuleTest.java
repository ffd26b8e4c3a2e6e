package com.hirefit.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.bench.CandidateGenerator;
import com.hirefit.candidate.Candidate;
import com.hirefit.candidate.RaceEthnicity;
import com.hirefit.candidate.Sex;
import com.hirefit.ingest.CandidateFiles;
import com.hirefit.ingest.RowError;
import com.hirefit.ingest.RowSink;
import com.hirefit.job.JobFiles;
import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleSource;
import com.hirefit.screening.Assessor;
import com.hirefit.screening.CandidateAssessment;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-rule table finds the rule that drives a gap: a copy of the rules with one rule planted (a career break on the
 * resume is a yellow flag: the classic proxy for sex), a generated data set in which women's resumes mention a career
 * break far more often than men's, screened by the real engine; the planted rule comes first, against women.
 */
class PlantedRuleTest {
    private static final String PLANTED = "A career break on the resume is a yellow flag";

    @Test
    void thePerRuleTableRanksThePlantedRuleFirstAgainstTheCategoryItFiresOn(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        try (var files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        Path taxonomy = rules.resolve(RuleSource.TAXONOMY);
        Files.writeString(taxonomy, Files.readString(taxonomy).replaceFirst("\nevidence:\n",
                "\nevidence:\n  CAREER_BREAK: [career break, returnship]\n"));
        Files.writeString(rules.resolve("planted.drl"), """
                // Planted for the audit test: a proxy for sex.
                package hirefit;

                import com.hirefit.rules.facts.*;

                rule "%s"
                    @code("NO_SOFTWARE_RIGOR")
                    @reason("Planted: a career break.")
                    @source("none: planted for a test")
                    ruleflow-group "flags"
                when
                    exists Evidence(tag == "CAREER_BREAK")
                then
                    insert(Conclusion.yellow(drools));
                end
                """.formatted(PLANTED));
        Assessor assessor = new Assessor(RuleBase.compile(RuleSource.fromDirectory(rules)));
        Assessor.JobRun job = assessor.assessJob(JobFiles.read(Path.of("samples/jobs/contract-review.yaml")));

        Random random = new Random(13);
        CandidateGenerator generator = new CandidateGenerator(13);
        int highlights = CandidateGenerator.HEADER.indexOf("Highlights");
        Map<String, Sex> sexes = new HashMap<>();
        StringWriter csv = new StringWriter();
        csv.write(String.join(",", CandidateGenerator.HEADER) + "\n");
        for (int i = 0; i < 600; i++) {
            List<String> row = new ArrayList<>(generator.nextRow());
            Sex sex = i % 2 == 0 ? Sex.FEMALE : Sex.MALE;
            sexes.put(row.get(0), sex);
            if (random.nextDouble() < (sex == Sex.FEMALE ? 0.45 : 0.05)) {
                row.set(highlights, row.get(highlights) + " Came back after a career break.");
            }
            csv.write(String.join(",", row.stream().map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"").toList()) + "\n");
        }
        Path file = dir.resolve("generated.csv");
        Files.writeString(file, csv.toString());
        List<AuditRecord> records = new ArrayList<>();
        new CandidateFiles(Clock.systemUTC()).read(file, new RowSink() {
            @Override
            public void accept(Candidate candidate) {
                CandidateAssessment a = assessor.assess(candidate, job);
                records.add(new AuditRecord("J", sexes.get(candidate.id()), RaceEthnicity.values()[candidate.row() % 7], a.verdict(),
                        a.roleScores().values().stream().mapToInt(Integer::intValue).max().orElse(0), AuditRecord.hitsOf(a), null,
                        false, null));
            }

            @Override
            public void reject(RowError error) {
                throw new AssertionError(error.toString());
            }
        });
        assertThat(records).hasSize(600);

        List<AuditReport.RuleImpact> ranked = Audit.rules(records, AuditOptions.DEFAULT);
        AuditReport.RuleImpact first = ranked.get(0);
        assertThat(first.rule()).isEqualTo(PLANTED);
        assertThat(first.lowestCategory()).isEqualTo("Female");
        assertThat(first.lowestRatio()).isLessThan(0.8);
        assertThat(first.lowestSignificant()).isTrue();
        AuditReport.RuleCell women = first.cells().stream().filter(c -> c.key().equals("FEMALE")).findFirst().orElseThrow();
        AuditReport.RuleCell men = first.cells().stream().filter(c -> c.key().equals("MALE")).findFirst().orElseThrow();
        assertThat(women.fireRate()).isGreaterThan(3 * men.fireRate());
        System.out.printf(java.util.Locale.ROOT, "Planted rule ranked first of %d: fired for %d/%d women and %d/%d men; impact"
                        + " ratio for women %.3f (p %.1e), shortfall %.1f%n", ranked.size(), women.fired(), women.applicants(),
                men.fired(), men.applicants(), first.lowestRatio(), women.p(), first.shortfall());
        // race/ethnicity was assigned without regard to the resume: the planted rule shows no gap there
        assertThat(first.cells().stream().filter(c -> c.dimension() == Dimension.RACE_ETHNICITY && c.impactRatio() != null))
                .allMatch(c -> c.impactRatio() > 0.8);
    }

}
