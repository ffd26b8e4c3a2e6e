package com.hirefit.rules;

import static com.hirefit.rules.RuleFixture.ASSESSOR;
import static com.hirefit.rules.RuleFixture.codes;
import static com.hirefit.rules.RuleFixture.job;
import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.ingest.CandidateFiles;
import com.hirefit.screening.CandidateAssessment;
import com.hirefit.vocabulary.Seniority;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A count of zero, "none", "n/a", "-" in a count-like or list column means the candidate has none (DOMAIN.md
 * section 9): read as a candidate object whose cells are text, as a spreadsheet export writes them, then assessed
 * by the real rules.
 */
class NoneMeansNoneRulesTest {
    private static final String DEMOS = "Build proof-of-concept chatbots and RAG prototypes with LangChain and Pinecone for client pitches;"
            + " none of mine has gone to production.";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static CandidateAssessment assess(String llmYears, String skills, String publications, String portfolio) throws Exception {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("Candidate ID", "C-1");
        row.put("Current Title", "AI Solutions Engineer");
        row.put("Years Experience", "4");
        row.put("Years LLM Experience", llmYears);
        row.put("Skills", skills);
        row.put("Highlights", DEMOS);
        row.put("Publications", publications);
        row.put("Portfolio", portfolio);
        CandidateFiles.One read = new CandidateFiles(Clock.systemUTC()).readOne(JSON.writeValueAsBytes(row), "export.json");
        assertThat(read.errors()).as("every none-word is a value, not a bad cell").isEmpty();
        return ASSESSOR.assess(read.candidate(), ASSESSOR.assessJob(job().build()));
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
