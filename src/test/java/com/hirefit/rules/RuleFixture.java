package com.hirefit.rules;

import com.hirefit.candidate.Candidate;
import com.hirefit.job.DataMaturity;
import com.hirefit.job.Domain;
import com.hirefit.job.FundingStage;
import com.hirefit.job.Job;
import com.hirefit.job.TrainingData;
import com.hirefit.job.WorkShape;
import com.hirefit.screening.Assessor;
import com.hirefit.screening.CandidateAssessment;
import com.hirefit.screening.Finding;
import com.hirefit.screening.JobAssessment;
import com.hirefit.vocabulary.Market;
import com.hirefit.vocabulary.Seniority;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The real rules folder, compiled once, and builders for jobs and candidates with plain defaults. */
public final class RuleFixture {
    public static final RuleBase RULES = compile();
    static final Assessor ASSESSOR = new Assessor(RULES);

    private RuleFixture() {
    }

    private static RuleBase compile() {
        try {
            return RuleBase.compile(RuleSource.fromDirectory(Path.of("rules")));
        } catch (RuleBaseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A healthy phase-two LLM opening: unstructured text, adequate data, mid level, US, no budget. */
    static JobBuilder job() {
        return new JobBuilder();
    }

    /** A mid-level candidate with no text; add the evidence the test is about. */
    static CandidateBuilder candidate() {
        return new CandidateBuilder();
    }

    static CandidateAssessment assess(CandidateBuilder candidate, JobBuilder job) {
        return ASSESSOR.assess(candidate.build(), ASSESSOR.assessJob(job.build()));
    }

    static CandidateAssessment assess(CandidateBuilder candidate) {
        return assess(candidate, job());
    }

    static JobAssessment assess(JobBuilder job) {
        return ASSESSOR.assessJob(job.build()).assessment();
    }

    static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    static final class JobBuilder {
        String title = "LLM Engineer";
        int phase = 2;
        Set<WorkShape> shapes = EnumSet.of(WorkShape.UNSTRUCTURED_TEXT);
        TrainingData trainingData = TrainingData.PROPRIETARY;
        DataMaturity maturity = DataMaturity.ADEQUATE;
        boolean mlInProduction;
        FundingStage funding = FundingStage.SERIES_A;
        boolean expectsTraining;
        boolean expectsBoth;
        boolean requiresPhd;
        List<String> tools = List.of();
        Domain domain = Domain.GENERAL;
        Market market = Market.US;
        Long budget;
        Seniority target = Seniority.MID;

        JobBuilder title(String value) { title = value; return this; }
        JobBuilder phase(int value) { phase = value; return this; }
        JobBuilder shapes(WorkShape... value) { shapes = EnumSet.copyOf(Arrays.asList(value)); return this; }
        JobBuilder trainingData(TrainingData value) { trainingData = value; return this; }
        JobBuilder maturity(DataMaturity value) { maturity = value; return this; }
        JobBuilder mlInProduction() { mlInProduction = true; return this; }
        JobBuilder funding(FundingStage value) { funding = value; return this; }
        JobBuilder expectsTraining() { expectsTraining = true; return this; }
        JobBuilder expectsBoth() { expectsBoth = true; return this; }
        JobBuilder requiresPhd() { requiresPhd = true; return this; }
        JobBuilder tools(String... value) { tools = List.of(value); return this; }
        JobBuilder domain(Domain value) { domain = value; return this; }
        JobBuilder market(Market value) { market = value; return this; }
        JobBuilder budget(long value) { budget = value; return this; }
        JobBuilder target(Seniority value) { target = value; return this; }

        Job build() {
            return new Job("JOB-T", title, phase, shapes, trainingData, maturity, mlInProduction, funding, expectsTraining,
                    expectsBoth, requiresPhd, tools, domain, market, budget, target);
        }
    }

    static final class CandidateBuilder {
        String title = "Engineer";
        Double years = 4.0;
        Double llmYears;
        List<String> skills = List.of();
        String highlights = "";
        String publications;
        List<String> portfolio = List.of();
        List<String> domains = List.of();
        Long salary;
        Market market;

        CandidateBuilder title(String value) { title = value; return this; }
        CandidateBuilder years(Double total, Double llm) { years = total; llmYears = llm; return this; }
        CandidateBuilder skills(String... value) { skills = List.of(value); return this; }
        CandidateBuilder says(String value) { highlights = value; return this; }
        CandidateBuilder publications(String value) { publications = value; return this; }
        CandidateBuilder portfolio(String... value) { portfolio = List.of(value); return this; }
        CandidateBuilder domains(String... value) { domains = List.of(value); return this; }
        CandidateBuilder salary(long value) { salary = value; return this; }
        CandidateBuilder market(Market value) { market = value; return this; }

        Candidate build() {
            return new Candidate(2, "C-1", "Test Candidate", "c@example.com", title, years, llmYears, skills, highlights,
                    null, publications, portfolio, domains, List.of(), salary, market, Map.of());
        }
    }
}
