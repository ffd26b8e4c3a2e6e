package com.hirefit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Hostile CSV and JSON: each a row error or one plain IngestException, never a crash. */
class HostileTextTest {

    @Test
    void csvNulBytesAreKeptInTheirCellAndDoNotStopTheFile() throws Exception {
        Fixtures.Read read = Fixtures.read("nul.csv", "Candidate ID,Name,Years Experience\nA,Ad\0a,5\nB\0,Bob,1\0\nC,Cy,2\n");

        assertThat(read.sink().ids()).containsExactly("A", "C");
        assertThat(read.sink().candidate("A").name()).isEqualTo("Ad\0a");
        assertThat(read.sink().errorAt(3).column()).isEqualTo("Years Experience");
        assertThat(read.sink().errorAt(3).message()).contains("is not a number");
        assertThat(read.report().rows()).isEqualTo(3);
    }

    @Test
    void aTenMegabyteCellIsARowErrorAndTheOtherRowsGoOn() throws Exception {
        String huge = "x".repeat(10 << 20);
        Fixtures.Read read = Fixtures.read("huge.csv", "Candidate ID,Highlights\nA,ok\nB,\"" + huge + "\"\nC,ok\n");

        assertThat(read.sink().ids()).containsExactly("A", "C");
        assertThat(read.sink().errors).containsExactly(
                new RowError(3, "Highlights", "Highlights: cell longer than 20000 characters"));
    }

    @Test
    void mixedLineEndsAreAllRowBreaks() throws Exception {
        Fixtures.Read read = Fixtures.read("mixed.csv", "Candidate ID,Name\r\nA,Ada\nB,Bob\rC,Cy\r\n\"D\",\"two\r\nlines\"\nE,Eve");

        assertThat(read.sink().ids()).containsExactly("A", "B", "C", "D", "E");
        assertThat(read.sink().candidate("D").name()).isEqualTo("two\nlines");
        assertThat(read.sink().errors).isEmpty();
    }

    @Test
    void invalidUtf8AndAnUnbalancedQuoteInOneFile() throws Exception {
        byte[] head = "Candidate ID,Name\nA,Ada\nB,Jos".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\nC,\"never closed\nD,Dee\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, file, 0, head.length);
        file[head.length] = (byte) 0xE9; // Latin-1 e-acute
        System.arraycopy(tail, 0, file, head.length + 1, tail.length);
        Fixtures.Read read = Fixtures.read("broken.csv", file);

        assertThat(read.sink().ids()).containsExactly("A");
        assertThat(read.sink().errorAt(3).message()).contains("not valid UTF-8");
        assertThat(read.sink().errorAt(4).message()).contains("unbalanced quote");
    }

    @Test
    void aHundredThousandNestedArraysIsOnePlainErrorNotAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        assertThatThrownBy(() -> Fixtures.read("deep.json", deep))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("Cannot read deep.json: invalid JSON at line 1, column ")
                .hasMessageContaining("nesting depth");
    }

    @Test
    void deepNestingInsideACandidateIsAlsoRefused() {
        String deep = "[{\"id\": \"A\", \"notes\": " + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000) + "}]";

        assertThatThrownBy(() -> Fixtures.read("deep.json", deep))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("nesting depth");
    }

    @Test
    void aFiveThousandDigitIntegerIsARowError() throws Exception {
        Fixtures.Read read = Fixtures.read("big.json", "[{\"id\": \"A\", \"expectedSalary\": " + "9".repeat(5000)
                + "}, {\"id\": \"B\", \"yearsExperience\": 1e400}, {\"id\": \"C\", \"yearsExperience\": 4}]");

        assertThat(read.sink().ids()).containsExactly("C");
        assertThat(read.sink().errorAt(1).column()).isEqualTo("Expected Salary");
        assertThat(read.sink().errorAt(2).column()).isEqualTo("Years Experience");
    }

    @Test
    void wrongTypesAreRowErrorsNamingTheField() throws Exception {
        Fixtures.Read read = Fixtures.read("types.json", """
                [{"id": "A", "yearsExperience": {"value": 5}},
                 {"id": "B", "skills": [{"name": "Python"}]},
                 {"id": ["C"]},
                 {"id": "D", "yearsExperience": true},
                 {"id": "E", "skills": "Python, SQL"}]""");

        assertThat(read.sink().ids()).containsExactly("E");
        assertThat(read.sink().errorAt(1).column()).isEqualTo("Years Experience");
        assertThat(read.sink().errorAt(2).column()).isEqualTo("Skills");
        assertThat(read.sink().errorAt(3).column()).isEqualTo("Candidate ID");
        assertThat(read.sink().errorAt(4).column()).isEqualTo("Years Experience");
    }

    @Test
    void aJsonResumeWithExtraFieldsIsAccepted() throws Exception {
        Fixtures.Read read = Fixtures.read("resume.json", """
                {"$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
                 "basics": {"name": "Ada Lovelace", "email": "ada@example.com", "label": "LLM Engineer",
                            "x-favouriteColour": "green", "profiles": [{"network": "GitHub", "url": "https://github.com/ada"}]},
                 "work": [{"name": "Acme", "position": "ML Engineer", "startDate": "2019-01-01", "endDate": "2024-01-01",
                           "highlights": ["Shipped RAG"], "x-internalRating": 5}],
                 "certificates": [{"name": "Something"}],
                 "x-custom": {"anything": [1, 2, {"deep": true}]},
                 "meta": {"version": "v1.0.0", "theme": "elegant"}}""");

        assertThat(read.sink().errors).isEmpty();
        assertThat(read.sink().candidates).singleElement()
                .satisfies(c -> assertThat(c.name()).isEqualTo("Ada Lovelace"))
                .satisfies(c -> assertThat(c.yearsExperience()).isEqualTo(5.0));
    }
}
