package com.hirefit.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.candidate.Candidate;
import com.hirefit.ingest.ReadCandidates;
import com.hirefit.job.JobFiles;
import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleSource;
import com.hirefit.screening.Assessor;
import com.hirefit.vocabulary.Verdict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What would change the outcome: every change stated for a verdict below FIT, applied to the resume and assessed
 * afresh, gives the better verdict it names; a candidate already a fit gets none.
 */
class CounterfactualsTest {

    @Test
    void eachStatedChangeAppliedToTheResumeRaisesTheVerdict() throws Exception {
        Assessor assessor = new Assessor(RuleBase.compile(RuleSource.fromDirectory(Path.of("rules"))));
        List<Candidate> candidates = ReadCandidates.from(Path.of("samples/candidates.csv"));
        int stated = 0;
        int below = 0;
        for (String jobFile : List.of("contract-review.yaml", "fraud-scoring.yaml")) {
            Assessor.JobRun job = assessor.assessJob(JobFiles.read(Path.of("samples/jobs", jobFile)));
            for (Candidate candidate : candidates) {
                Verdict before = assessor.assess(candidate, job).verdict();
                List<Counterfactuals.Change> changes = Counterfactuals.find(assessor, job, candidate);
                if (Counterfactuals.rank(before) <= Counterfactuals.rank(Verdict.FIT)) {
                    assertThat(changes).as(candidate.id()).isEmpty();
                    continue;
                }
                below++;
                assertThat(changes.size()).isLessThanOrEqualTo(Counterfactuals.MAX_CHANGES);
                for (Counterfactuals.Change change : changes) {
                    Verdict after = assessor.assess(change.edit().apply(candidate), job).verdict();
                    assertThat(after).as(candidate.id() + ": " + change.words()).isEqualTo(change.verdict());
                    assertThat(Counterfactuals.rank(after)).as(change.words()).isLessThan(Counterfactuals.rank(before));
                    stated++;
                }
            }
        }
        assertThat(below).isGreaterThan(10);
        assertThat(stated).as("changes stated over %d candidates below FIT", below).isGreaterThan(below / 2);
    }

    @Test
    void takingAPhraseOutRemovesItFromTheNamedFieldOnly() {
        Candidate c = new Candidate(2, "C-1", null, null, "Engineer", 5.0, 1.0, List.of("LangChain", "Python"),
                "Built a hackathon demo with LangChain.", null, null, List.of(), List.of(), List.of(), null, null, java.util.Map.of());
        Candidate cut = Counterfactuals.without(c, "highlights", "hackathon");
        assertThat(cut.highlights()).isEqualTo("Built a  demo with LangChain.");
        assertThat(cut.skills()).containsExactly("LangChain", "Python");
        assertThat(Counterfactuals.without(c, "skills", "langchain").skills()).containsExactly("", "Python");
    }
}
