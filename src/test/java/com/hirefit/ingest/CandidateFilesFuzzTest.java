package com.hirefit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.hirefit.candidate.Candidate;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzz tests of the upload readers through {@link CandidateFiles}, the entry every upload and API body goes
 * through. The contract: a read returns a report in which every data row is a candidate or one error, or it
 * throws an {@link IngestException} naming the file; any other exception is a bug. The limits are small so that
 * the fuzzer's small inputs reach them. {@code mvn test} replays the seeds in {@code CandidateFilesFuzzTestInputs};
 * {@code .ci/fuzz} fuzzes (docs/fuzzing.md).
 */
class CandidateFilesFuzzTest {

    static final int MAX_CELL_LENGTH = 64;
    static final int MAX_ROWS = 8;

    private final CandidateFiles files = new CandidateFiles(Fixtures.CLOCK, MAX_CELL_LENGTH, MAX_ROWS);

    @FuzzTest
    @DictionaryEntries({"Candidate ID", "Years Experience", "Expected Salary", "Market", "Skills", "Gender", "\"",
            ";", "1e400", "185k", "7+ years"})
    void csvFiles(byte[] bytes) throws IOException {
        readsOrRefuses(bytes, "upload.csv");
    }

    /** Raw bytes: mostly not a zip at all, or a damaged one (the seeds are small real workbooks). */
    @FuzzTest
    void xlsxFiles(byte[] bytes) throws IOException {
        readsOrRefuses(bytes, "upload.xlsx");
    }

    /** A well-formed workbook whose sheet and shared strings are made by the fuzzer, to reach the sheet parsing. */
    @FuzzTest
    void xlsxSheets(FuzzedDataProvider data) throws IOException {
        readsOrRefuses(FuzzedWorkbook.of(data), "upload.xlsx");
    }

    @FuzzTest
    @DictionaryEntries({"\"basics\"", "\"work\"", "\"startDate\"", "\"endDate\"", "\"meta\"", "\"candidateId\"",
            "\"skills\"", "\"keywords\"", "\"highlights\"", "\"expectedSalary\"", "\"gender\"", "1e400", "[[", "{}"})
    void jsonFiles(byte[] bytes) throws IOException {
        readsOrRefuses(bytes, "upload.json");
    }

    /** One JSON Resume document built from the fuzzer's choices, read as an API body or webhook candidate is. */
    @FuzzTest
    void jsonResumes(FuzzedDataProvider data) throws IngestException {
        CandidateFiles.One one;
        try {
            one = files.readOne(FuzzedResume.of(data), "resume");
        } catch (IngestException refused) {
            assertThat(refused.getMessage()).startsWith("Cannot read resume.json: ");
            return;
        }
        assertThat(one.candidate() == null).as("one object: a candidate or an error")
                .isEqualTo(one.errors().size() == 1);
        if (one.candidate() != null) {
            keepsTheRules(one.candidate());
        }
    }

    private void readsOrRefuses(byte[] bytes, String name) throws IOException {
        CollectingSink sink = new CollectingSink();
        IngestReport report;
        try {
            report = files.read(new ByteArrayInputStream(bytes), name, sink);
        } catch (IngestException refused) {
            assertThat(refused.getMessage()).startsWith("Cannot read " + name + ": ");
            return;
        }
        assertThat(sink.order).as("every row is a candidate or an error").hasSize(report.rows());
        assertThat(report.rows()).as("rows past the limit are one error").isLessThanOrEqualTo(MAX_ROWS + 1);
        assertThat(sink.errors).allSatisfy(error -> assertThat(error.message()).isNotBlank());
        assertThat(sink.ids()).doesNotHaveDuplicates();
        sink.candidates.forEach(CandidateFilesFuzzTest::keepsTheRules);
    }

    /** A candidate has an ID, and no text column named after a protected attribute. */
    private static void keepsTheRules(Candidate candidate) {
        assertThat(candidate.id()).isNotBlank();
        assertThat(candidate.extra().keySet()).noneMatch(ProtectedAttributes::isProtected);
    }
}
