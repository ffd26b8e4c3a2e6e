package com.hirefit.ingest;

import static com.hirefit.ingest.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CandidateFilesTest {

    @TempDir
    Path dir;

    @Test
    void everyRowBecomesExactlyOneCandidateOrOneErrorInInputOrder() throws Exception {
        Fixtures.Read read = read("mixed.csv", """
                ID,Name,Years Experience,Years LLM Experience,Expected Salary,Market,Skills
                A,Ada,7,2,185k,US,Python
                B,Bob,7.5,,"$185,000.00",USA,
                C,Cy,"7,5",,,,
                D,Di,ten,,,,
                E,Ed,-1,,,,
                F,Fi,75,,,,
                G,Gus,3,9,,,
                ,Nobody,3,,,,

                H,Hal,3,,lots,,
                I,Ivy,3,,-5,,
                J,Jo,3,,170k-190k,great britain,
                K,Kim,3,,,France,
                A,Ada again,3,,,,
                L,Lu,x,y,z,Mars,
                M,Mo,3 years,1 yr,"USD 120,000",uk,"a;b, c"
                """);

        assertThat(read.sink().ids()).containsExactly("A", "B", "G", "J", "M");
        assertThat(read.sink().candidate("G").yearsLlmExperience()).isEqualTo(9.0); // more than overall: allowed
        assertThat(read.sink().candidate("J").expectedSalary()).isEqualTo(180_000L);
        assertThat(read.sink().candidate("M").skills()).containsExactly("a", "b, c");
        assertThat(read.sink().errors).extracting(RowError::row, RowError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "Years Experience"),
                org.assertj.core.groups.Tuple.tuple(5, "Years Experience"),
                org.assertj.core.groups.Tuple.tuple(6, "Years Experience"),
                org.assertj.core.groups.Tuple.tuple(7, "Years Experience"),
                org.assertj.core.groups.Tuple.tuple(9, "Candidate ID"),
                org.assertj.core.groups.Tuple.tuple(11, "Expected Salary"),
                org.assertj.core.groups.Tuple.tuple(12, "Expected Salary"),
                org.assertj.core.groups.Tuple.tuple(14, "Market"),
                org.assertj.core.groups.Tuple.tuple(15, "Candidate ID"),
                org.assertj.core.groups.Tuple.tuple(16, "Years Experience"));
        assertThat(read.sink().errorAt(16).message()).isEqualTo(
                "Years Experience: 'x' is not a number of years"
                        + " (also bad: Years LLM Experience, Expected Salary, Market)");
        assertThat(read.sink().order).isSorted().doesNotHaveDuplicates();
        assertThat(read.report().rows()).isEqualTo(15)
                .isEqualTo(read.sink().candidates.size() + read.sink().errors.size());
    }

    @Test
    void rejectsACellLongerThanTheLimit() throws Exception {
        String longText = "x".repeat(CandidateFiles.DEFAULT_MAX_CELL_LENGTH + 1);
        Fixtures.Read read = read("long.csv", "ID,Highlights,Notes\nA," + longText + ",ok\nB,fine,"
                + "x".repeat(CandidateFiles.DEFAULT_MAX_CELL_LENGTH) + "\n");

        assertThat(read.sink().errors).containsExactly(
                new RowError(2, "Highlights", "Highlights: cell longer than 20000 characters"));
        assertThat(read.sink().ids()).containsExactly("B");
    }

    @Test
    void takesTheCellLimitFromTheConstructor() throws Exception {
        CollectingSink sink = new CollectingSink();
        new CandidateFiles(Fixtures.CLOCK, 5).read(new ByteArrayInputStream(
                "ID,Name,Notes\nA,Ada,short\nB,Bob,too long\n".getBytes(StandardCharsets.UTF_8)), "c.csv", sink);

        assertThat(sink.ids()).containsExactly("A");
        assertThat(sink.errors).containsExactly(new RowError(3, "Notes", "Notes: cell longer than 5 characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"people.CSV", "people.Csv", "people.json", "PEOPLE.JSON"})
    void choosesTheFormatByExtensionIgnoringCase(String name) throws Exception {
        String content = name.toLowerCase().endsWith(".csv") ? "ID,Name\nA,Ada\n" : "[{\"id\":\"A\",\"name\":\"Ada\"}]";

        Fixtures.Read read = read(name, content);

        assertThat(read.sink().ids()).containsExactly("A");
        assertThat(read.report().file()).isEqualTo(name);
    }

    @Test
    void readsAnXlsxFileWhateverTheCaseOfItsExtension() throws Exception {
        Path file = dir.resolve("People.XLSX");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                java.io.OutputStream out = Files.newOutputStream(file)) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("Candidate ID");
            sheet.createRow(1).createCell(0).setCellValue("A");
            wb.write(out);
        }
        CollectingSink sink = new CollectingSink();

        IngestReport report = Fixtures.files().read(file, sink);

        assertThat(sink.ids()).containsExactly("A");
        assertThat(report).isEqualTo(new IngestReport(file.toString(), 1, List.of(), List.of(), List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"people.xls", "people.txt", "people", "people.csv.bak", "people.ods"})
    void refusesUnsupportedExtensionsNamingTheFileAndTheFormats(String name) {
        assertThatThrownBy(() -> read(name, "ID\nA\n"))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining(name)
                .hasMessageContaining("supported formats: .xlsx, .csv, .json");
    }

    @Test
    void suggestsSavingLegacyXlsAsXlsx() {
        assertThatThrownBy(() -> read("old.XLS", "whatever"))
                .hasMessage("Cannot read old.XLS: unsupported file type '.xls'; supported formats: .xlsx, .csv, .json"
                        + " (save a legacy .xls workbook as .xlsx)");
    }

    @Test
    void readsAPathAndNamesItInTheReport() throws Exception {
        Path file = Files.writeString(dir.resolve("c.csv"), "ID,Name\nA,Ada\n");
        CollectingSink sink = new CollectingSink();

        IngestReport report = Fixtures.files().read(file, sink);

        assertThat(report).isEqualTo(new IngestReport(file.toString(), 1, List.of(), List.of(), List.of()));
        assertThat(sink.ids()).containsExactly("A");
    }

    @Test
    void leavesTheCallersStreamOpen() throws Exception {
        boolean[] closed = {false};
        FilterInputStream upload = new FilterInputStream(
                new ByteArrayInputStream("ID\nA\n".getBytes(StandardCharsets.UTF_8))) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        Fixtures.files().read(upload, "upload.csv", new CollectingSink());

        assertThat(closed[0]).isFalse();
    }
}
