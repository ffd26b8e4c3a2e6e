package com.hirefit.ingest;

import static com.hirefit.ingest.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hirefit.candidate.Candidate;
import com.hirefit.vocabulary.Market;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonCandidateReaderTest {

    @Test
    void readsAnArrayOfCandidateObjectsWithEveryCanonicalField() throws Exception {
        Fixtures.Read read = read("c.json", """
                [{"candidateId": "C-1", "name": "Ada Lovelace", "email": "ada@example.com",
                  "currentTitle": "ML Engineer", "yearsExperience": 7.5, "yearsLlmExperience": "2 years",
                  "skills": ["Python", "PyTorch"], "highlights": "Shipped evals.", "education": "MSc",
                  "publications": "Paper A", "portfolio": "https://ada.dev, https://github.com/ada",
                  "domains": ["fintech"], "languages": "English; French", "expectedSalary": 185000,
                  "market": "usa"}]
                """);

        assertThat(read.sink().errors).isEmpty();
        assertThat(read.sink().candidates).containsExactly(new Candidate(1, "C-1", "Ada Lovelace", "ada@example.com",
                "ML Engineer", 7.5, 2.0, List.of("Python", "PyTorch"), "Shipped evals.", "MSc", "Paper A",
                List.of("https://ada.dev", "https://github.com/ada"), List.of("fintech"), List.of("English", "French"),
                185_000L, Market.US, Map.of()));
        assertThat(read.report()).isEqualTo(new IngestReport("c.json", 1, List.of(), List.of(), List.of()));
    }

    @Test
    void readsASingleObjectAsRowOne() throws Exception {
        Fixtures.Read read = read("one.json", "{\"Candidate ID\": 42, \"Full Name\": \"Grace\"}");

        assertThat(read.sink().candidate("42").row()).isEqualTo(1);
        assertThat(read.sink().candidate("42").name()).isEqualTo("Grace");
        assertThat(read.report().rows()).isEqualTo(1);
    }

    @Test
    void acceptsTheSameKeysAsSpreadsheetHeaders() throws Exception {
        Fixtures.Read read = read("c.json", """
                [{"id": "A", "YOE": "7+", "Tech Stack": "Go;Rust", "Region": "GB", "Salary": "$150k"}]
                """);

        Candidate a = read.sink().candidate("A");
        assertThat(a.yearsExperience()).isEqualTo(7.0);
        assertThat(a.skills()).containsExactly("Go", "Rust");
        assertThat(a.market()).isEqualTo(Market.UK);
        assertThat(a.expectedSalary()).isEqualTo(150_000L);
    }

    @Test
    void dropsProtectedKeysAndReportsThemIncludingNestedOnes() throws Exception {
        Fixtures.Read read = read("c.json", """
                [{"id": "A", "name": "Ada", "age": 41, "gender": "Female", "dateOfBirth": "1984-02-03",
                  "photoUrl": "http://img/ada.png",
                  "survey": {"ethnicity": "Zeta", "referral": "meetup"},
                  "eeo": {"veteran": true}}]
                """);

        Candidate a = read.sink().candidate("A");
        assertThat(a.toString()).doesNotContain("41", "Female", "1984", "img/ada.png", "Zeta", "true");
        assertThat(a.extra()).containsExactly(Map.entry("survey.referral", "meetup"));
        assertThat(read.report().droppedColumns())
                .containsExactly("age", "gender", "dateOfBirth", "photoUrl", "survey.ethnicity", "eeo");
        assertThat(read.report().extraColumns()).containsExactly("survey.referral");
    }

    @Test
    void keepsUnknownKeysAsExtraText() throws Exception {
        Fixtures.Read read = read("c.json", """
                [{"id": "A", "noticePeriod": "30 days", "remote": true, "tags": ["a", "b"], "score": 4.5,
                  "empty": null, "refs": [{"name": "Bob"}]}]
                """);

        assertThat(read.sink().candidate("A").extra()).isEqualTo(Map.of(
                "noticePeriod", "30 days", "remote", "true", "tags", "a; b", "score", "4.5", "refs[0].name", "Bob"));
        assertThat(read.report().extraColumns())
                .containsExactly("noticePeriod", "remote", "tags", "score", "refs[0].name");
    }

    @Test
    void rejectsWrongTypesNamingTheField() throws Exception {
        Fixtures.Read read = read("c.json", """
                [{"id": "A", "name": {"first": "Ada"}},
                 {"id": "B", "skills": [{"name": "Go"}]},
                 {"id": "C", "yearsExperience": [3]},
                 {"id": "D", "email": ["d@x.io"]},
                 {"id": "E", "name": "Eve"}]
                """);

        assertThat(read.sink().errors).containsExactly(
                new RowError(1, "Name", "Name: expected text but found an object"),
                new RowError(2, "Skills", "Skills: expected a list or text but found an array of objects"),
                new RowError(3, "Years Experience", "Years Experience: expected a single value but found a list"),
                new RowError(4, "Email", "Email: expected text but found a list"));
        assertThat(read.sink().ids()).containsExactly("E");
    }

    @Test
    void rejectsElementsThatAreNotObjectsByPosition() throws Exception {
        Fixtures.Read read = read("c.json", "[{\"id\": \"A\"}, 17, null, [\"x\"], {\"id\": \"B\"}]");

        assertThat(read.sink().ids()).containsExactly("A", "B");
        assertThat(read.sink().candidate("B").row()).isEqualTo(5);
        assertThat(read.sink().errors).containsExactly(
                new RowError(2, null, "element 2 is a number, not a candidate object"),
                new RowError(3, null, "element 3 is null, not a candidate object"),
                new RowError(4, null, "element 4 is an array, not a candidate object"));
        assertThat(read.report().rows()).isEqualTo(5);
    }

    @Test
    void rejectsMissingAndDuplicateIds() throws Exception {
        Fixtures.Read read = read("c.json", "[{\"id\": \"A\"}, {\"name\": \"No Id\"}, {\"id\": \"A\"}, {}]");

        assertThat(read.sink().errors).containsExactly(
                new RowError(2, "Candidate ID", "missing Candidate ID"),
                new RowError(3, "Candidate ID", "duplicate Candidate ID 'A' (first seen in row 1)"),
                new RowError(4, "Candidate ID", "missing Candidate ID"));
    }

    @Test
    void rejectsHugeNumbersAsRowErrorsWithoutCrashing() throws Exception {
        Fixtures.Read read = read("c.json", """
                [{"id": "A", "yearsExperience": 1e400},
                 {"id": "B", "expectedSalary": 123456789012345678901234567890},
                 {"id": "X", "expectedSalary": 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000},
                 {"id": 123456789012345678901234567890, "yearsExperience": 3}]
                """);

        assertThat(read.sink().errorAt(1)).isEqualTo(new RowError(1, "Years Experience",
                "Years Experience: '1E+400' is not a plausible number of years (more than 60)"));
        assertThat(read.sink().errorAt(2)).isEqualTo(new RowError(2, "Expected Salary",
                "Expected Salary: '123456789012345678901234567890' is not a plausible salary"));
        assertThat(read.sink().errorAt(3).message()).startsWith("Expected Salary: '1000").endsWith("...' is not an amount");
        assertThat(read.sink().ids()).containsExactly("123456789012345678901234567890");
        assertThat(read.sink().candidates.get(0).row()).isEqualTo(4);
    }

    @Test
    void failsOnMalformedJsonNamingTheFileLineAndColumn() throws Exception {
        CollectingSink sink = new CollectingSink();
        assertThatThrownBy(() -> Fixtures.files().read(new java.io.ByteArrayInputStream(
                "[{\"id\": \"A\"},\n {\"id\": \"B\" \"name\": 1}]".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "bad.json", sink))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("Cannot read bad.json: invalid JSON at line 2, column ");
        assertThat(sink.ids()).containsExactly("A");
    }

    @Test
    void failsOnInvalidUtf8NamingTheFileAndPosition() {
        byte[] latin1 = "[{\"id\": \"A\", \"name\": \"Jos\u00e9\"}]".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> read("latin.json", latin1))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("Cannot read latin.json: invalid JSON at line 1, column ")
                .hasMessageContaining("UTF-8");
    }

    @Test
    void failsOnANumberWhoseExponentIsBeyondRangeNamingWhere() {
        // found by CandidateFilesFuzzTest#jsonFiles: Jackson let a NumberFormatException through
        assertThatThrownBy(() -> read("exp.json", "[{\"id\": \"A\", \"years\": 1e2147483648}]"))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("Cannot read exp.json: invalid JSON at line 1, column ")
                .hasMessageEndingWith(": a number's exponent is out of range");
    }

    @Test
    void failsOnBytesJacksonCannotDecodeNamingTheFile() {
        // found by CandidateFilesFuzzTest#jsonFiles: both came out as an IOException, as if the upload had failed.
        // Leading zero bytes read as UTF-32, then a code point past U+10FFFF; and UCS-4 in the 3412 byte order.
        byte[] utf32 = {0, 0, 0, 0, 0, 0, 0, 0, '[', '{', '"', 'c'};
        byte[] ucs4 = {0, 2, 0, 0, 0, 0, 0, 0, '[', '{', '"', 'c'};

        assertThatThrownBy(() -> read("utf32.json", utf32))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("Cannot read utf32.json: invalid JSON: Invalid UTF-32 character");
        assertThatThrownBy(() -> read("ucs4.json", ucs4))
                .isInstanceOf(IngestException.class)
                .hasMessage("Cannot read ucs4.json: invalid JSON: Unsupported UCS-4 endianness (3412) detected");
    }

    @Test
    void aFailingStreamStaysAnIOException() {
        java.io.InputStream failing = new java.io.InputStream() {
            @Override
            public int read() throws java.io.IOException {
                throw new java.io.IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> Fixtures.files().read(failing, "upload.json", new CollectingSink()))
                .isExactlyInstanceOf(java.io.IOException.class)
                .hasMessage("connection reset");
    }

    @Test
    void failsOnDeepNestingWithoutCrashing() {
        String deep = "[".repeat(5000) + "]".repeat(5000);

        assertThatThrownBy(() -> read("deep.json", deep))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("Cannot read deep.json: invalid JSON at line 1, column ");
    }

    @Test
    void failsOnEmptyOrScalarDocuments() {
        assertThatThrownBy(() -> read("empty.json", "  "))
                .isInstanceOf(IngestException.class)
                .hasMessage("Cannot read empty.json: the file is empty");
        assertThatThrownBy(() -> read("scalar.json", "\"hello\""))
                .isInstanceOf(IngestException.class)
                .hasMessage("Cannot read scalar.json: expected a JSON array of candidates or one candidate object,"
                        + " found a string");
    }

    @Test
    void readsAnEmptyArrayAsNoRows() throws Exception {
        Fixtures.Read read = read("none.json", "[]");

        assertThat(read.report().rows()).isZero();
        assertThat(read.sink().order).isEmpty();
    }
}
