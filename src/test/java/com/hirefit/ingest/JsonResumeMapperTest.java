package com.hirefit.ingest;

import static com.hirefit.ingest.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.candidate.Candidate;
import com.hirefit.vocabulary.Market;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON Resume documents, read with the clock fixed at 2025-01-01. */
class JsonResumeMapperTest {

    private static final String ADA = """
            {
              "basics": {
                "name": "Ada Lovelace", "label": "ML Engineer", "image": "https://img.example/ada.jpg",
                "email": "Ada@Example.com", "url": "https://ada.dev", "summary": "Engineer who ships.",
                "location": {"city": "London", "countryCode": "GB"},
                "profiles": [{"network": "GitHub", "url": "https://github.com/ada"},
                             {"network": "Site", "url": "https://ada.dev"}]
              },
              "work": [
                {"name": "Acme", "position": "ML Engineer", "startDate": "2015-01-01", "endDate": "2018-01-01",
                 "summary": "Built ranking.", "highlights": ["Cut latency 40%"]},
                {"name": "Globex", "position": "Senior ML Engineer", "startDate": "2017-01", "endDate": "2020-01",
                 "highlights": ["Led RAG"]},
                {"name": "Initech", "position": "Staff Engineer", "startDate": "2022"}
              ],
              "education": [{"institution": "MIT", "area": "Computer Science", "studyType": "MSc"},
                            {"institution": "Oxford", "area": "Maths"}],
              "skills": [{"name": "ML", "keywords": ["PyTorch", "RAG"]}, {"name": "Go"}],
              "languages": [{"language": "English", "fluency": "Native"}, {"language": "French"}],
              "publications": [{"name": "Attention Again", "publisher": "NeurIPS"}, {"name": "Notes"}],
              "projects": [{"name": "evalkit", "description": "LLM eval harness", "highlights": ["1k stars"],
                            "url": "https://github.com/ada/evalkit"}],
              "interests": [{"name": "chess"}],
              "meta": {"yearsLlmExperience": 2.5, "expectedSalary": "185k", "market": "UK"}
            }
            """;

    @Test
    void mapsAJsonResumeDocument() throws Exception {
        Fixtures.Read read = read("ada.json", ADA);

        assertThat(read.sink().errors).isEmpty();
        assertThat(read.sink().candidates).containsExactly(new Candidate(1, "jr-b5fc85e55755", "Ada Lovelace",
                "Ada@Example.com", "ML Engineer", 8.0, 2.5, List.of("ML", "PyTorch", "RAG", "Go"),
                "Engineer who ships.\n\n"
                        + "ML Engineer, Acme: Built ranking.\n\n"
                        + "ML Engineer, Acme: Cut latency 40%\n\n"
                        + "Senior ML Engineer, Globex: Led RAG\n\n"
                        + "evalkit: LLM eval harness\n\n"
                        + "evalkit: 1k stars",
                "MSc Computer Science, MIT; Maths, Oxford", "Attention Again (NeurIPS); Notes",
                List.of("https://ada.dev", "https://github.com/ada", "https://github.com/ada/evalkit"), List.of(),
                List.of("English", "French"), 185_000L, Market.UK, Map.of()));
    }

    @Test
    void neverCarriesThePhotoOrLocationAndReportsThePhotoAsDropped() throws Exception {
        Fixtures.Read read = read("ada.json", ADA);

        assertThat(read.sink().candidates.get(0).toString()).doesNotContain("img.example", "London", "chess");
        assertThat(read.report()).isEqualTo(new IngestReport("ada.json", 1, List.of("basics.image"), List.of(), List.of()));
    }

    @Test
    void countsOverlappingJobsOnceAndCurrentJobsUntilToday() throws Exception {
        // 2020-01-01..2021-01-01 and 2020-07-01..2021-07-01 overlap: 2020-01-01..2021-07-01 is 547 days;
        // the current job runs 2024-01-01..2025-01-01, 366 days; (547 + 366) / 365.25 = 2.4997 -> 2.5.
        Fixtures.Read read = read("r.json", """
                {"basics": {"name": "Grace Hopper"},
                 "work": [{"startDate": "2020-01-01", "endDate": "2021-01-01"},
                          {"startDate": "2020-07", "endDate": "2021-07"},
                          {"startDate": "2024-01-01", "endDate": "Present"},
                          {"startDate": "2023-06-01", "endDate": "2023-06-01"},
                          {"position": "No dates at all"}]}
                """);

        assertThat(read.sink().candidates.get(0).yearsExperience()).isEqualTo(2.5);
    }

    @Test
    void capsEndDatesInTheFutureAtToday() throws Exception {
        Fixtures.Read read = read("r.json", """
                {"basics": {"name": "Grace Hopper"},
                 "work": [{"startDate": "2024", "endDate": "2030-01-01"}]}
                """);

        assertThat(read.sink().candidates.get(0).yearsExperience()).isEqualTo(1.0);
    }

    @Test
    void aJobThatHasNotStartedYetAddsNoExperience() throws Exception {
        // found by CandidateFilesFuzzTest#jsonResumes: a start after today and no end date threw a
        // NullPointerException; with an end date it was reported as ending before it started
        Fixtures.Read read = read("r.json", """
                {"basics": {"name": "Grace Hopper"},
                 "work": [{"startDate": "2020-01-01"},
                          {"startDate": "2030-01"},
                          {"startDate": "2031", "endDate": "2032"}]}
                """);

        assertThat(read.sink().errors).isEmpty();
        assertThat(read.sink().candidates.get(0).yearsExperience()).isEqualTo(5.0);
    }

    @Test
    void leavesYearsEmptyWithoutDatedWork() throws Exception {
        Fixtures.Read read = read("r.json", "{\"basics\": {\"name\": \"Grace Hopper\"}}");

        Candidate grace = read.sink().candidates.get(0);
        assertThat(grace.yearsExperience()).isNull();
        assertThat(grace.highlights()).isNull();
        assertThat(grace.skills()).isEmpty();
    }

    @Test
    void derivesTheIdFromTheNameWhenThereIsNoEmail() throws Exception {
        Fixtures.Read read = read("r.json", "{\"basics\": {\"name\": \"  Grace Hopper \"}}");

        assertThat(read.sink().ids()).containsExactly("jr-e71d025a0b49");
    }

    @Test
    void prefersMetaIdThenTopLevelId() throws Exception {
        Fixtures.Read read = read("r.json", """
                [{"basics": {"name": "A"}, "meta": {"id": "M-1"}, "id": "T-1"},
                 {"basics": {"name": "B"}, "id": "T-2"},
                 {"basics": {}}]
                """);

        assertThat(read.sink().ids()).containsExactly("M-1", "T-2");
        assertThat(read.sink().errors).containsExactly(new RowError(3, "Candidate ID", "missing Candidate ID"));
    }

    @Test
    void readsArraysMixingResumesAndPlainCandidates() throws Exception {
        Fixtures.Read read = read("mixed.json", """
                [{"basics": {"name": "Ada", "email": "ada@example.com"}},
                 {"candidateId": "C-2", "name": "Bob"}]
                """);

        assertThat(read.sink().ids()).containsExactly("jr-b5fc85e55755", "C-2");
        assertThat(read.sink().candidate("C-2").row()).isEqualTo(2);
    }

    @Test
    void rejectsBadDatesAndWrongTypesNamingThePath() throws Exception {
        Fixtures.Read read = read("r.json", """
                [{"basics": {"name": "A"}, "work": [{"startDate": "2020-13"}]},
                 {"basics": {"name": {"first": "B"}}},
                 {"basics": {"name": "C"}, "work": [{"startDate": "2021", "endDate": "2019"}]},
                 {"basics": {"name": "D"}, "skills": "Python"},
                 {"basics": {"name": "E"}, "meta": {"market": "Mars"}},
                 {"basics": {"name": "F"}}]
                """);

        assertThat(read.sink().errors).containsExactly(
                new RowError(1, "work[0].startDate",
                        "work[0].startDate: '2020-13' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
                new RowError(2, "basics.name",
                        "basics.name: expected text but found an object (also bad: Candidate ID)"),
                new RowError(3, "work[0].endDate", "work[0].endDate: '2019' is before the start date '2021'"),
                new RowError(4, "skills", "skills: expected an array but found a string"),
                new RowError(5, "meta.market", "meta.market: 'Mars' is not a known market (allowed: US, USA,"
                        + " United States, UK, GB, United Kingdom, Great Britain)"));
        assertThat(read.sink().candidates).hasSize(1);
        assertThat(read.report().rows()).isEqualTo(6);
    }
}
