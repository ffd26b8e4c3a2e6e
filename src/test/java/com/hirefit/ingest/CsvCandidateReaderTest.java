package com.hirefit.ingest;

import static com.hirefit.ingest.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hirefit.candidate.Candidate;
import com.hirefit.vocabulary.Market;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvCandidateReaderTest {

    private static final String HEADER = "Candidate ID,Name,Email,Current Title,Years Experience,Years LLM Experience,"
            + "Skills,Highlights,Education,Publications,Portfolio,Domains,Languages,Expected Salary,Market\n";

    @Test
    void readsEveryCanonicalColumn() throws Exception {
        Fixtures.Read read = read("candidates.csv", HEADER
                + "C-1,Ada Lovelace,ada@example.com,ML Engineer,7.5,2,\"Python, PyTorch, RAG\",Shipped a RAG system.,"
                + "MSc Computer Science,Attention paper (NeurIPS),https://github.com/ada;https://ada.dev,fintech,"
                + "English; French,\"$185,000\",US\n");

        assertThat(read.sink().errors).isEmpty();
        assertThat(read.sink().candidates).containsExactly(new Candidate(2, "C-1", "Ada Lovelace", "ada@example.com",
                "ML Engineer", 7.5, 2.0, List.of("Python", "PyTorch", "RAG"), "Shipped a RAG system.",
                "MSc Computer Science", "Attention paper (NeurIPS)", List.of("https://github.com/ada", "https://ada.dev"),
                List.of("fintech"), List.of("English", "French"), 185_000L, Market.US, Map.of()));
        assertThat(read.report()).isEqualTo(new IngestReport("candidates.csv", 1, List.of(), List.of(), List.of()));
    }

    @Test
    void emptyCellsBecomeNullsAndEmptyLists() throws Exception {
        Fixtures.Read read = read("c.csv", HEADER + "C-1,,,,,,,,,,,,,,\n");

        assertThat(read.sink().candidates).containsExactly(new Candidate(2, "C-1", null, null, null, null, null,
                List.of(), null, null, null, List.of(), List.of(), List.of(), null, null, Map.of()));
    }

    @Test
    void matchesHeadersByAliasAndNormalisation() throws Exception {
        Fixtures.Read read = read("c.csv", "candidate_id,FULL NAME,E-mail,Job Title,YOE,llmYears,Tech Stack,Summary,"
                + "Degree,Papers,GitHub,Industries,languages,Salary Expectation,Region\n"
                + "7,Grace,g@x.io,Staff Eng,12 years,3+,Go;Rust,Built compilers,BSc,Compilers 101,gh.com/g,defense,"
                + "English,150k,united kingdom\n");

        Candidate grace = read.sink().candidate("7");
        assertThat(grace.name()).isEqualTo("Grace");
        assertThat(grace.email()).isEqualTo("g@x.io");
        assertThat(grace.currentTitle()).isEqualTo("Staff Eng");
        assertThat(grace.yearsExperience()).isEqualTo(12.0);
        assertThat(grace.yearsLlmExperience()).isEqualTo(3.0);
        assertThat(grace.skills()).containsExactly("Go", "Rust");
        assertThat(grace.highlights()).isEqualTo("Built compilers");
        assertThat(grace.education()).isEqualTo("BSc");
        assertThat(grace.publications()).isEqualTo("Compilers 101");
        assertThat(grace.portfolio()).containsExactly("gh.com/g");
        assertThat(grace.domains()).containsExactly("defense");
        assertThat(grace.languages()).containsExactly("English");
        assertThat(grace.expectedSalary()).isEqualTo(150_000L);
        assertThat(grace.market()).isEqualTo(Market.UK);
        assertThat(grace.extra()).isEmpty();
        assertThat(read.report().extraColumns()).isEmpty();
    }

    @Test
    void dropsProtectedColumnsAndReportsThem() throws Exception {
        Fixtures.Read read = read("c.csv", "ID,Name,Age,EEO Gender (self-identified),Date of Birth,Ethnicity,Photo URL,"
                + "Marital Status,Nationality,Usage Notes\n"
                + "C-1,Ada,41,Female,1984-02-03,Zeta,http://img/ada.png,Married,Atlantean,heavy\n");

        Candidate ada = read.sink().candidate("C-1");
        assertThat(ada.toString()).doesNotContain("41", "Female", "1984-02-03", "Zeta", "img/ada.png", "Married",
                "Atlantean");
        assertThat(ada.extra()).containsExactly(Map.entry("Usage Notes", "heavy"));
        assertThat(read.report().droppedColumns()).containsExactly("Age", "EEO Gender (self-identified)",
                "Date of Birth", "Ethnicity", "Photo URL", "Marital Status", "Nationality");
        assertThat(read.report().extraColumns()).containsExactly("Usage Notes");
    }

    @Test
    void keepsUnknownColumnsAsExtraTextOnlyWhenNotBlank() throws Exception {
        Fixtures.Read read = read("c.csv", "ID,Notice Period,Referrer\nA,30 days,\nB,,Bob\n");

        assertThat(read.sink().candidate("A").extra()).containsExactly(Map.entry("Notice Period", "30 days"));
        assertThat(read.sink().candidate("B").extra()).containsExactly(Map.entry("Referrer", "Bob"));
        assertThat(read.report().extraColumns()).containsExactly("Notice Period", "Referrer");
    }

    @Test
    void keepsTheFirstOfTwoColumnsForOneFieldAndTheOtherAsExtra() throws Exception {
        Fixtures.Read read = read("c.csv", "ID,Email,E-mail Address\nA,a@one.io,a@two.io\n");

        Candidate a = read.sink().candidate("A");
        assertThat(a.email()).isEqualTo("a@one.io");
        assertThat(a.extra()).containsExactly(Map.entry("E-mail Address", "a@two.io"));
    }

    @Test
    void joinsTwoHighlightColumnsWithABlankLine() throws Exception {
        Fixtures.Read read = read("c.csv", "ID,Summary,Achievements\nA,Builds evals.,Won Kaggle\n");

        assertThat(read.sink().candidate("A").highlights()).isEqualTo("Builds evals.\n\nWon Kaggle");
    }

    @Test
    void skipsAByteOrderMark() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write("Candidate ID,Name\nC-1,Zoë\n".getBytes(StandardCharsets.UTF_8));

        Fixtures.Read read = read("c.csv", bytes.toByteArray());

        assertThat(read.sink().candidate("C-1").name()).isEqualTo("Zoë");
        assertThat(read.report().extraColumns()).isEmpty();
    }

    @Test
    void detectsASemicolonSeparator() throws Exception {
        Fixtures.Read read = read("c.csv", "Candidate ID;Name;Skills;Expected Salary\nC-1;Ada;\"Python, SQL\";185,000\n");

        Candidate ada = read.sink().candidate("C-1");
        assertThat(ada.name()).isEqualTo("Ada");
        assertThat(ada.skills()).containsExactly("Python", "SQL");
        assertThat(ada.expectedSalary()).isEqualTo(185_000L);
    }

    @Test
    void separatorsInsideQuotesDoNotCountWhenDetecting() throws Exception {
        Fixtures.Read read = read("c.csv", "ID,\"Notes; more; and more\"\nC-1,Ada\n");

        assertThat(read.sink().candidate("C-1").extra()).containsExactly(Map.entry("Notes; more; and more", "Ada"));
    }

    @Test
    void readsQuotedNewlinesAndDoubledQuotesAsOneRow() throws Exception {
        Fixtures.Read read = read("c.csv", "ID,Highlights,Name\n"
                + "A,\"Line one\nLine \"\"two\"\"\",Ada\n"
                + "B,plain,Bob\n");

        assertThat(read.sink().candidate("A").highlights()).isEqualTo("Line one\nLine \"two\"");
        assertThat(read.sink().candidate("A").row()).isEqualTo(2);
        assertThat(read.sink().candidate("B").row()).isEqualTo(3);
    }

    @Test
    void readsCrlfLineEndings() throws Exception {
        Fixtures.Read read = read("c.csv", "ID,Name,Highlights\r\nA,Ada,\"one\r\ntwo\"\r\nB,Bob,x\r\n");

        assertThat(read.sink().ids()).containsExactly("A", "B");
        assertThat(read.sink().candidate("A").name()).isEqualTo("Ada");
        assertThat(read.sink().candidate("A").highlights()).isEqualTo("one\ntwo");
        assertThat(read.sink().candidate("B").row()).isEqualTo(3);
    }

    @Test
    void skipsBlankRowsButKeepsRowNumbersAlignedWithTheFile() throws Exception {
        Fixtures.Read read = read("c.csv", "ID,Name\nA,Ada\n\n , \nB,Bob\n");

        assertThat(read.sink().order).containsExactly(2, 5);
        assertThat(read.sink().errors).isEmpty();
        assertThat(read.report().rows()).isEqualTo(2);
    }

    @Test
    void rejectsARowWithMoreFieldsThanTheHeader() throws Exception {
        Fixtures.Read read = read("c.csv", "ID,Name\nA,Ada\nB,Bob,surplus,more\nC,Cy,,\n");

        assertThat(read.sink().errorAt(3)).isEqualTo(new RowError(3, null, "row has 4 fields, header has 2"));
        assertThat(read.sink().ids()).containsExactly("A", "C");
    }

    @Test
    void treatsMissingTrailingFieldsAsEmpty() throws Exception {
        Fixtures.Read read = read("c.csv", "ID,Name,Email\nA,Ada\n");

        Candidate a = read.sink().candidate("A");
        assertThat(a.name()).isEqualTo("Ada");
        assertThat(a.email()).isNull();
    }

    @Test
    void reportsAnUnclosedQuoteOnItsRowAfterDeliveringTheRowsBefore() throws Exception {
        Fixtures.Read read = read("c.csv", "ID,Name\nA,Ada\nB,\"Bob\nC,Cy\n");

        assertThat(read.sink().ids()).containsExactly("A");
        assertThat(read.sink().errors).containsExactly(
                new RowError(3, null, "a quoted field opened in this row is never closed (unbalanced quote)"));
        assertThat(read.report().rows()).isEqualTo(2);
    }

    @Test
    void failsOnGarbageAfterAClosingQuoteNamingTheRow() throws Exception {
        CollectingSink sink = new CollectingSink();
        assertThatThrownBy(() -> Fixtures.files().read(
                new java.io.ByteArrayInputStream("ID,Name\nA,Ada\nB,\"Bob\"x\n".getBytes(StandardCharsets.UTF_8)),
                "c.csv", sink))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("c.csv")
                .hasMessageContaining("row 3");
        assertThat(sink.ids()).containsExactly("A");
    }

    @Test
    void rejectsOnlyTheRowWithInvalidUtf8() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("ID,Name\nA,Ada\nB,Jos".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9); // Latin-1 é
        bytes.write("\nC,Zoë\n".getBytes(StandardCharsets.UTF_8));

        Fixtures.Read read = read("c.csv", bytes.toByteArray());

        assertThat(read.sink().ids()).containsExactly("A", "C");
        assertThat(read.sink().candidate("C").name()).isEqualTo("Zoë");
        assertThat(read.sink().errorAt(3)).isEqualTo(new RowError(3, "Name",
                "Name: contains bytes that are not valid UTF-8 (save the file as CSV UTF-8)"));
    }

    @Test
    void failsWhenTheHeaderIsNotUtf8() {
        byte[] latin1 = "ID,Prénom\nA,Ada\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> read("latin.csv", latin1))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("latin.csv")
                .hasMessageContaining("not valid UTF-8")
                .hasMessageContaining("offset 5");
    }

    @Test
    void keepsCellsUnderABlankHeaderAsExtraUnderTheirColumnNumber() throws Exception {
        Fixtures.Read read = read("c.csv", "ID,,Name,\nA,note,Ada,\nB,,Bob,\n");

        assertThat(read.sink().candidate("A").extra()).containsExactly(Map.entry("Column 2", "note"));
        assertThat(read.sink().candidate("B").extra()).isEmpty();
        assertThat(read.report().extraColumns()).containsExactly("Column 2");
    }

    @Test
    void failsWhenTheHeaderRowHasAnUnclosedQuote() {
        assertThatThrownBy(() -> read("c.csv", "ID,\"Name\nA,Ada\n"))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("Cannot read c.csv: malformed CSV in row 1")
                .hasMessageEndingWith("a quoted field is never closed");
    }

    @Test
    void failsWithoutACandidateIdColumnListingTheHeadersFound() {
        assertThatThrownBy(() -> read("people.csv", "Name,Email\nAda,a@x.io\n"))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("people.csv")
                .hasMessageContaining("no Candidate ID column")
                .hasMessageContaining("'Name', 'Email'");
    }

    @Test
    void failsWithoutAHeaderRow() {
        assertThatThrownBy(() -> read("empty.csv", "\n  \n"))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("empty.csv")
                .hasMessageContaining("no header row");
    }

    @Test
    void streamsALargeFileRowByRow() throws Exception {
        StringBuilder csv = new StringBuilder("ID,Name,Years Experience\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("C").append(i).append(",Name ").append(i).append(',').append(i % 40).append('\n');
        }
        Fixtures.Read read = read("big.csv", csv.toString());

        assertThat(read.report().rows()).isEqualTo(20_000);
        assertThat(read.sink().candidates).hasSize(20_000);
        assertThat(read.sink().candidates.get(19_999).row()).isEqualTo(20_001);
    }
}
