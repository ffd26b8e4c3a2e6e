package com.hirefit.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.candidate.Candidate;
import com.hirefit.ingest.ReadCandidates;
import com.hirefit.job.JobFiles;
import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleSource;
import com.hirefit.rules.facts.Conclusion;
import com.hirefit.rules.facts.Evidence;
import com.hirefit.rules.facts.NeededRole;
import com.hirefit.vocabulary.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The full trace of an evaluation: rules in firing order, where they are written, what they matched and produced. */
class TraceTest {
    private static final String RAG_RULE = "Designing retrieval-augmented generation is a green flag";
    private static RuleBase rules;
    private static Assessor assessor;
    private static Candidate candidate;

    @BeforeAll
    static void compile() throws Exception {
        rules = RuleBase.compile(RuleSource.fromDirectory(Path.of("rules")));
        assessor = new Assessor(rules);
        List<Candidate> read = ReadCandidates.from(Path.of("samples/candidates.csv"));
        candidate = read.stream().filter(c -> c.id().equals("HF-1001")).findFirst().orElseThrow();
    }

    private static Assessor.JobRun contractReview() throws Exception {
        return assessor.assessJob(JobFiles.read(Path.of("samples/jobs/contract-review.yaml")));
    }

    @Test
    void theTraceHasEveryFiredRuleInFiringOrderAndTheSameDecisionAsScreening() throws Exception {
        Assessor.JobRun job = contractReview();
        Trace<CandidateAssessment> trace = assessor.explain(candidate, job);
        CandidateAssessment plain = assessor.assess(candidate, job);

        assertThat(trace.assessment()).isEqualTo(plain);
        assertThat(trace.steps()).extracting(TraceStep::rule)
                .containsExactlyElementsOf(plain.firedRules().stream().map(FiredRule::rule).toList());
        List<Integer> stages = trace.steps().stream().map(step -> rules.stages().candidateOrder().indexOf(step.group())).toList();
        assertThat(stages).doesNotContain(-1).isSorted();
    }

    @Test
    void aStepNamesItsFileLineAndGroupTheEvidenceItMatchedAndTheConclusionItProduced() throws Exception {
        Trace<CandidateAssessment> trace = assessor.explain(candidate, contractReview());
        TraceStep rag = trace.steps().stream().filter(step -> step.rule().equals(RAG_RULE)).findFirst().orElseThrow();

        assertThat(rag.file()).isEqualTo("green-flags.drl");
        assertThat(rag.line()).isEqualTo(lineOf(Path.of("rules/green-flags.drl"), "rule \"" + RAG_RULE + "\""));
        assertThat(rag.where()).isEqualTo("green-flags.drl:" + rag.line());
        assertThat(rag.group()).isEqualTo("flags");
        // The rule says `exists Evidence(tag == "RAG")`: the trace names the evidence that satisfied it.
        assertThat(rag.matched()).isNotEmpty().allSatisfy(fact ->
                assertThat(fact).isInstanceOfSatisfying(Evidence.class, e -> assertThat(e.tag()).isEqualTo("RAG")));
        assertThat(rag.produced()).containsExactly(new Conclusion(Conclusion.Kind.GREEN_FLAG, "RAG_DESIGN", RAG_RULE, null));
    }

    @Test
    void factsSaidTogetherAreBothMatchedAndBoundFactsAreInConditionOrder() throws Exception {
        Trace<CandidateAssessment> trace = assessor.explain(candidate, contractReview());
        TraceStep together = step(trace, "LLM work mentioned with shipping it is production LLM evidence");
        assertThat(together.matched()).hasSize(2).allSatisfy(fact -> assertThat(fact).isInstanceOf(Evidence.class));
        Evidence production = (Evidence) together.matched().get(0);
        Evidence llm = (Evidence) together.matched().get(1);
        assertThat(production.tag()).isEqualTo("PRODUCTION");
        // Said together: in the same field, in the same sentence or the one before ("It went live for 5,000 students").
        assertThat(llm.field()).isEqualTo(production.field());
        assertThat(llm.sentence()).isIn(production.sentence(), production.sentence() - 1);
        assertThat(together.produced()).containsExactly(Evidence.derived("LLM_IN_PRODUCTION"));

        TraceStep budget = step(trace, "Expected pay above the job's budget is flagged");
        assertThat(budget.matched()).extracting(fact -> fact.getClass().getSimpleName()).containsExactly("Job", "Profile");
    }

    @Test
    void theJobSideHasItsOwnTrace() throws Exception {
        Trace<Assessor.JobRun> job = assessor.explainJob(JobFiles.read(Path.of("samples/jobs/contract-review.yaml")));
        assertThat(job.assessment().assessment().neededRoles()).containsExactly(Role.LLM_ENGINEER);
        assertThat(job.steps()).extracting(TraceStep::rule)
                .containsExactlyElementsOf(job.assessment().assessment().firedRules().stream().map(FiredRule::rule).toList());
        TraceStep needs = job.steps().get(0);
        assertThat(needs.file()).isEqualTo("company.drl");
        assertThat(needs.matched()).singleElement().isEqualTo(job.assessment().job());
        assertThat(needs.produced()).containsExactly(new NeededRole(Role.LLM_ENGINEER));
    }

    @Test
    void factsAreWrittenCompactly() {
        Conclusion conclusion = new Conclusion(Conclusion.Kind.GREEN_FLAG, "RAG_DESIGN", RAG_RULE, null);
        assertThat(FactText.compact(conclusion, RAG_RULE)).isEqualTo("Conclusion[kind=GREEN_FLAG, code=RAG_DESIGN]");
        assertThat(FactText.compact(conclusion)).isEqualTo("Conclusion[kind=GREEN_FLAG, code=RAG_DESIGN, rule=" + RAG_RULE + "]");
        assertThat(FactText.compact(new Evidence("RAG", "rag", "rag pipeline", "highlights", 3)))
                .isEqualTo("Evidence[tag=RAG, term=rag, phrase=rag pipeline, field=highlights, sentence=3]");
        record Shapes(Set<Role> roles) {
        }
        Shapes shapes = new Shapes(Set.of(Role.values()));
        assertThat(FactText.compact(shapes)).isEqualTo("Shapes[roles=" + List.of(Role.values()) + "]");
        assertThat(FactText.fields(shapes)).containsEntry("roles", List.of(Role.values()));
        assertThat(FactText.compact(21)).isEqualTo("21");
    }

    private static TraceStep step(Trace<?> trace, String rule) {
        return trace.steps().stream().filter(step -> step.rule().equals(rule)).findFirst().orElseThrow();
    }

    private static int lineOf(Path file, String start) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " not in " + file);
    }
}
