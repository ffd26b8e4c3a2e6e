package com.hirefit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * The results workbook is written by our own zip writer (rows deflated as they arrive, see StreamingWorkbook), so
 * the test that matters to a recruiter is whether a real spreadsheet application opens it: LibreOffice (Debian's
 * {@code libreoffice-calc-nogui}, installed by {@code .ci/run}) converts every sheet of the screen command's
 * workbook, the conclusions and the full trace, to CSV, and each sheet reads back cell for cell as POI reads it.
 */
class WorkbookInLibreOfficeTest {
    private static final String SOFFICE = "/usr/bin/soffice";
    /** LibreOffice's CSV filter: comma, double quote, UTF-8, from row 1, cells as shown, every sheet to its own file (-1). */
    private static final String ALL_SHEETS_TO_CSV = "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,true,false,false,-1";

    @TempDir
    Path dir;

    @Test
    void libreOfficeOpensEverySheetOfTheResultsWorkbookAndReadsTheCellsPoiWrote() throws Exception {
        CommandRun cli = new CommandRun();
        for (String trace : new String[] {"conclusions", "full"}) {
            Path workbook = dir.resolve("results-" + trace + ".xlsx");
            assertThat(cli.run("screen", "--job", "samples/jobs/contract-review.yaml", "--format", "xlsx", "--trace", trace,
                    "--out", workbook.toString(), "samples/candidates.xlsx")).isZero();
            Path out = Files.createDirectories(dir.resolve("csv-" + trace));
            Process soffice = new ProcessBuilder(SOFFICE, "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                    "--convert-to", ALL_SHEETS_TO_CSV, "--outdir", out.toString(), workbook.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("soffice-" + trace + ".log").toFile()).start();
            assertThat(soffice.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
            assertThat(soffice.exitValue()).as(Files.readString(dir.resolve("soffice-" + trace + ".log"))).isZero();

            try (XSSFWorkbook poi = new XSSFWorkbook(workbook.toFile())) {
                assertThat(poi.getNumberOfSheets()).isGreaterThanOrEqualTo(5);
                for (Sheet sheet : poi) {
                    File csv = out.resolve("results-" + trace + "-" + sheet.getSheetName() + ".csv").toFile();
                    assertThat(csv).as("LibreOffice wrote sheet " + sheet.getSheetName()).exists();
                    assertThat(libreOffice(csv)).as(trace + ": " + sheet.getSheetName()).isEqualTo(poi(sheet));
                }
            }
        }
    }

    private static List<List<String>> libreOffice(File csv) throws Exception {
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(Files.readString(csv.toPath(),
                StandardCharsets.UTF_8))) {
            it.forEachRemaining(row -> rows.add(trimmed(row)));
        }
        return rows;
    }

    private static List<List<String>> poi(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
            }
            rows.add(trimmed(cells));
        }
        return rows;
    }

    /** A row without its empty cells at the end: LibreOffice pads every row to the sheet's widest. */
    private static List<String> trimmed(List<String> cells) {
        List<String> row = new ArrayList<>(cells);
        while (!row.isEmpty() && row.get(row.size() - 1).isEmpty()) {
            row.remove(row.size() - 1);
        }
        return row;
    }
}
