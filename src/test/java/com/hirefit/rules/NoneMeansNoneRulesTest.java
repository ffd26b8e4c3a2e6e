package com.hirefit.rules;

import static com.hirefit.rules.RuleFixture.ASSESSOR;
import static com.hirefit.rules.RuleFixture.codes;
import static com.hirefit.rules.RuleFixture.job;
import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.candidate.Candidate;
import com.hirefit.ingest.CandidateFiles;
import com.hirefit.ingest.RowError;
import com.hirefit.ingest.RowSink;
import com.hirefit.screening.CandidateAssessment;
import com.hirefit.vocabulary.Seniority;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A count of zero, "none", "n/a", "-" in a count-like or list column means the candidate has none (DOMAIN.md
 * section 9): read from a spreadsheet row as a recruiter's export writes it, then assessed by the real rules.
 */
class NoneMeansNoneRulesTest {
    private static final String HEADER = "Candidate ID,Current Title,Years Experience,Years LLM Experience,Skills,Highlights,Publications,Portfolio\n";
    private static final String DEMOS = "Build proof-of-concept chatbots and RAG prototypes with LangChain and Pinecone for client pitches;"
            + " none of mine has gone to production.";

    private static CandidateAssessment assess(String llmYears, String skills, String publications, String portfolio) throws Exception {
        String csv = HEADER + "C-1,AI Solutions Engineer,4," + llmYears + "," + skills + ",\"" + DEMOS + "\"," + publications + "," + portfolio + "\n";
        List<Candidate> read = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        new CandidateFiles(Clock.systemUTC()).read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "export.csv", new RowSink() {
            @Override
            public void accept(Candidate candidate) {
                read.add(candidate);
            }

            @Override
            public void reject(RowError error) {
                errors.add(error);
            }
        });
        assertThat(errors).as("every none-word is a value, not a bad cell").isEmpty();
        return ASSESSOR.assess(read.get(0), ASSESSOR.assessJob(job().build()));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0", "none", "None.", "n/a", "N/A", "-", "nil"})
    void aNoneWordIsNoPublicationNoPortfolioAndNoLlmYears(String none) throws Exception {
        var assessment = assess(none, none, none, none);
        assertThat(codes(assessment.yellowFlags())).contains("DEMO_ONLY").doesNotContain("RESEARCH_ONLY");
        assertThat(codes(assessment.greenFlags())).doesNotContain("PORTFOLIO_EVIDENCE");
        assertThat(assessment.seniority()).as("four years with no LLM years is one level below mid").isEqualTo(Seniority.JUNIOR);
    }

    @Test
    void aRealPaperAndARealLinkCount() throws Exception {
        var assessment = assess("2", "LangChain", "Attention Probes for Retrieval (ACL)", "https://github.com/pitch-demos");
        assertThat(codes(assessment.yellowFlags())).contains("RESEARCH_ONLY");
        assertThat(codes(assessment.greenFlags())).contains("PORTFOLIO_EVIDENCE");
        assertThat(assessment.seniority()).isEqualTo(Seniority.MID);
    }
}
