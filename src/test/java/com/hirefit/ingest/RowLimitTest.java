package com.hirefit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Rows past the configured limit are counted, not read, and reported as one row error. */
class RowLimitTest {

    private static Fixtures.Read read(int maxRows, String name, byte[] content) throws Exception {
        CollectingSink sink = new CollectingSink();
        IngestReport report = new CandidateFiles(Fixtures.CLOCK, CandidateFiles.DEFAULT_MAX_CELL_LENGTH, maxRows)
                .read(new ByteArrayInputStream(content), name, sink);
        return new Fixtures.Read(report, sink);
    }

    @Test
    void csvRowsPastTheLimitBecomeOneErrorOnTheFirstOfThemCountingTheRest() throws Exception {
        StringBuilder csv = new StringBuilder("Candidate ID,Years Experience\n");
        for (int i = 1; i <= 10; i++) {
            csv.append("C").append(i).append(",").append(i == 2 ? "ten" : "3").append("\n");
            if (i == 7) {
                csv.append(",\n"); // a blank row is skipped and not counted
            }
        }
        Fixtures.Read read = read(4, "many.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(read.sink().ids()).containsExactly("C1", "C3", "C4");
        assertThat(read.sink().errors).hasSize(2);
        RowError limit = read.sink().errorAt(6);
        assertThat(limit.column()).isNull();
        assertThat(limit.message()).startsWith("row limit reached: many.csv has more than 4 data rows;")
                .contains("6 row(s) in all", "hirefit.limits.max-rows", "--max-rows");
        assertThat(read.sink().order).containsExactly(2, 3, 4, 5, 6);
        assertThat(read.report().rows()).isEqualTo(5);
    }

    @Test
    void jsonElementsPastTheLimitAreNotRead() throws Exception {
        Fixtures.Read read = read(2, "c.json", """
                [{"id": "A"}, {"id": "B"}, {"id": "C"}, "not even an object", {"id": "E"}]"""
                .getBytes(StandardCharsets.UTF_8));

        assertThat(read.sink().ids()).containsExactly("A", "B");
        assertThat(read.sink().errors).singleElement()
                .satisfies(e -> assertThat(e.row()).isEqualTo(3))
                .satisfies(e -> assertThat(e.message()).contains("more than 2 data rows", "3 row(s) in all"));
    }

    @Test
    void xlsxRowsPastTheLimitAreNotRead() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Candidates");
            sheet.createRow(0).createCell(0).setCellValue("Candidate ID");
            for (int i = 1; i <= 50; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("X" + i);
            }
            wb.write(bytes);
        }
        Fixtures.Read read = read(10, "big.xlsx", bytes.toByteArray());

        assertThat(read.sink().candidates).hasSize(10);
        assertThat(read.sink().errors).singleElement()
                .satisfies(e -> assertThat(e.row()).isEqualTo(12))
                .satisfies(e -> assertThat(e.message()).contains("more than 10 data rows", "40 row(s) in all"));
    }

    @Test
    void aFileAtTheLimitHasNoLimitError() throws Exception {
        Fixtures.Read read = read(2, "c.csv", "ID\nA\nB\n".getBytes(StandardCharsets.UTF_8));

        assertThat(read.sink().ids()).containsExactly("A", "B");
        assertThat(read.sink().errors).isEmpty();
    }

    @Test
    void theDefaultIsAHundredThousandRows() {
        assertThat(CandidateFiles.DEFAULT_MAX_ROWS).isEqualTo(100_000);
    }
}
