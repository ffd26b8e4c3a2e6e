package com.hirefit.report;

import com.hirefit.ingest.RowError;
import com.hirefit.ingest.UncertainColumn;
import com.hirefit.job.DataMaturity;
import com.hirefit.job.Domain;
import com.hirefit.job.FundingStage;
import com.hirefit.job.Job;
import com.hirefit.job.TrainingData;
import com.hirefit.job.WorkShape;
import com.hirefit.rules.facts.PayBand;
import com.hirefit.screening.CandidateAssessment;
import com.hirefit.screening.Compensation;
import com.hirefit.screening.Finding;
import com.hirefit.screening.FiredRule;
import com.hirefit.screening.JobAssessment;
import com.hirefit.screening.ScreeningSink;
import com.hirefit.screening.ScreeningSummary;
import com.hirefit.vocabulary.Market;
import com.hirefit.vocabulary.Role;
import com.hirefit.vocabulary.Seniority;
import com.hirefit.vocabulary.Verdict;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small hand-built screening results for the report tests. */
final class Fixtures {
    static final String RULES_VERSION = "rules-2025.06";

    private Fixtures() {
    }

    static Job job() {
        return new Job("JOB-7", "Senior LLM Engineer", 2,
                Set.of(WorkShape.UNSTRUCTURED_TEXT, WorkShape.LANGUAGE_UNDERSTANDING),
                TrainingData.NONE, DataMaturity.ADEQUATE, false, FundingStage.SERIES_A, false, true, false,
                List.of("LangChain", "pgvector"), Domain.GENERAL, Market.US, 200_000L, Seniority.SENIOR);
    }

    static JobAssessment jobAssessment() {
        return new JobAssessment("JOB-7", "Senior LLM Engineer",
                List.of(Role.LLM_ENGINEER, Role.NLP_ENGINEER), false,
                List.of(new Finding("ONE_PERSON_BOTH_ROLES", "One person is expected to cover both ML and LLM.",
                        "job risk: both roles")),
                List.of(new Finding("TIME_TO_HIRE", "A senior LLM engineer takes 3-5 weeks to hire.",
                        "job note: time to hire")),
                List.of(new FiredRule("job risk: both roles", "job.drl", "ONE_PERSON_BOTH_ROLES",
                                "One person is expected to cover both ML and LLM."),
                        new FiredRule("job note: time to hire", "job.drl", "TIME_TO_HIRE",
                                "A senior LLM engineer takes 3-5 weeks to hire.")));
    }

    static JobAssessment hireNeitherYet() {
        return new JobAssessment("JOB-9", "ML Engineer", List.of(), true,
                List.of(new Finding("HIRE_BEFORE_DATA_FOUNDATION", "The data is a mess; any hire is duct tape.",
                        "job risk: data foundation")),
                List.of(), List.of());
    }

    static Map<Role, Integer> scores(int... values) {
        Map<Role, Integer> scores = new EnumMap<>(Role.class);
        Role[] roles = Role.values();
        for (int i = 0; i < roles.length; i++) {
            scores.put(roles[i], i < values.length ? values[i] : 0);
        }
        return scores;
    }

    static Finding finding(String code, String reason) {
        return new Finding(code, reason, "rule " + code.toLowerCase());
    }

    static FiredRule fired(String code, String reason) {
        return new FiredRule("rule " + code.toLowerCase(), "candidate.drl", code, reason);
    }

    /** A full candidate: every field filled, three fired rules. */
    static CandidateAssessment strongFit(int row, String id, String name) {
        return new CandidateAssessment(row, id, name, Verdict.STRONG_FIT,
                List.of(finding("STRONG_FIT", "Shipped a RAG feature with evals and guardrails."),
                        finding("SENIOR_LEVEL", "Five years of hands-on LLM work.")),
                Role.LLM_ENGINEER, scores(9, 3, 4, 2, 1, 0, 1), Seniority.SENIOR,
                List.of(finding("SHIPPED_RAG", "Built a RAG pipeline in production."),
                        finding("EVALS", "Runs LLM-as-judge evals.")),
                List.of(finding("NARROW_TOOLS", "Only one vector database.")),
                List.of(),
                new Compensation("WITHIN_BAND", "Expected salary sits within the senior LLM band.", 185_000L,
                        200_000L, "USD",
                        List.of(new PayBand(Role.LLM_ENGINEER, Seniority.SENIOR, Market.US, 210_000, 280_000,
                                "USD", "[000]"))),
                List.of(finding("RAG_DEPTH", "Build a small RAG pipeline over a real corpus.\nAsk about chunking.")),
                List.of(fired("SHIPPED_RAG", "Built a RAG pipeline in production."),
                        fired("EVALS", "Runs LLM-as-judge evals."),
                        fired("STRONG_FIT", "Shipped a RAG feature with evals and guardrails.")));
    }

    /** A candidate with the given verdict, a failure risk and two fired rules. */
    static CandidateAssessment withVerdict(int row, String id, Verdict verdict) {
        return new CandidateAssessment(row, id, "Candidate " + id, verdict,
                List.of(finding(verdict.name(), "Verdict " + verdict.name() + " for " + id + ".")),
                Role.ML_ENGINEER, scores(2, 8, 1, 0, 3, 0, 0), Seniority.MID,
                List.of(finding("SHIPPED_MODEL", "Owns a model in production.")),
                List.of(),
                List.of(finding("ML_HIRE_FOR_LLM_WORK", "An ML engineer hired for LLM work tries to fine-tune everything.")),
                new Compensation("ABOVE_BUDGET", "Above the budget.", 210_000L, 200_000L, "USD", List.of()),
                List.of(finding("MESSY_DATASET", "A messy dataset with a prediction target.")),
                List.of(fired("SHIPPED_MODEL", "Owns a model in production."),
                        fired(verdict.name(), "Verdict " + verdict.name() + ".")));
    }

    /** A candidate with no role evidence: recommended role, seniority and compensation are null. */
    static CandidateAssessment bare(int row, String id) {
        return new CandidateAssessment(row, id, "Nobody Known", Verdict.NOT_FIT,
                List.of(finding("NO_ROLE_EVIDENCE", "The resume shows no evidence for any AI role.")),
                null, scores(), null, List.of(), List.of(), List.of(), null, List.of(),
                List.of(fired("NO_ROLE_EVIDENCE", "The resume shows no evidence for any AI role.")));
    }

    static RowError error(int row, String column, String message) {
        return new RowError(row, column, message);
    }

    static ScreeningSummary summary(int screened, int errors) {
        return new ScreeningSummary("candidates.xlsx", screened, errors, List.of("age", "gender", "Native Language"),
                List.of(new UncertainColumn("Native Language", "nationality, citizenship or national origin")),
                List.of("hobbies"));
    }

    /** A typical screening: three candidates and two errors, interleaved in input order. */
    static void typicalScreening(ScreeningSink sink) throws IOException {
        sink.begin(job(), jobAssessment(), RULES_VERSION);
        sink.candidate(strongFit(2, "C-001", "Ada Lovelace"));
        sink.error(error(3, "email", "not an email address"));
        sink.candidate(withVerdict(4, "C-002", Verdict.REVIEW));
        sink.error(error(5, null, "empty row"));
        sink.candidate(bare(6, "C-003"));
        sink.end(summary(3, 2));
    }

    /** One candidate of each verdict, in Verdict order. */
    static List<CandidateAssessment> oneOfEachVerdict() {
        List<CandidateAssessment> list = new ArrayList<>();
        int row = 2;
        for (Verdict v : Verdict.values()) {
            list.add(withVerdict(row, "V-" + row, v));
            row++;
        }
        return list;
    }
}
