package com.hirefit.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.candidate.Candidate;
import com.hirefit.ingest.ReadCandidates;
import com.hirefit.job.JobFiles;
import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule sessions come from a pool and are reset between candidates: nothing may carry over. */
class AssessorTest {

    @Test
    void aCandidatesAssessmentDoesNotDependOnWhoWasAssessedBeforeThem() throws Exception {
        Assessor assessor = new Assessor(RuleBase.compile(RuleSource.fromDirectory(Path.of("rules"))));
        Assessor.JobRun job = assessor.assessJob(JobFiles.read(Path.of("samples/jobs/contract-review.yaml")));
        List<Candidate> people = ReadCandidates.from(Path.of("samples/candidates.csv"));

        Map<String, CandidateAssessment> forward = new LinkedHashMap<>();
        people.forEach(c -> forward.put(c.id(), assessor.assess(c, job)));
        Map<String, CandidateAssessment> backward = new LinkedHashMap<>();
        List<Candidate> reversed = new ArrayList<>(people);
        Collections.reverse(reversed);
        reversed.forEach(c -> backward.put(c.id(), assessor.assess(c, job)));

        assertThat(people).hasSizeGreaterThan(10);
        assertThat(backward).isEqualTo(forward);
        // Neighbours differ (in verdict and in the rules that fired), so a leak from one session to the next would show.
        assertThat(forward.values().stream().map(CandidateAssessment::verdict).distinct().count()).isGreaterThan(1);
        assertThat(forward.values().stream().map(CandidateAssessment::firedRules).distinct().count()).isGreaterThan(10);
    }
}
