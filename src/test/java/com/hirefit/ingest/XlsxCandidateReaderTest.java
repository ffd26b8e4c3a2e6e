package com.hirefit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hirefit.candidate.Candidate;
import com.hirefit.vocabulary.Market;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxCandidateReaderTest {

    @TempDir
    Path dir;

    /** A formula cell; the workbook's cached values are computed before it is saved. */
    record Formula(String formula) {
    }

    private Path workbook(String name, Object[]... rows) throws IOException {
        return workbook(name, 0, rows);
    }

    /** A one-sheet workbook whose rows start at the given 0-based row index; null cells are left out. */
    private Path workbook(String name, int firstRow, Object[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb, wb.createSheet("Candidates"), firstRow, rows);
            return save(wb, name);
        }
    }

    private static void fill(XSSFWorkbook wb, Sheet sheet, int firstRow, Object[]... rows) {
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(firstRow + r);
            for (int c = 0; c < rows[r].length; c++) {
                Object value = rows[r][c];
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof String s) {
                    cell.setCellValue(s);
                } else if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (value instanceof Boolean b) {
                    cell.setCellValue(b);
                } else if (value instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(dateStyle);
                } else if (value instanceof Formula f) {
                    cell.setCellFormula(f.formula());
                }
            }
        }
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    }

    private Path save(XSSFWorkbook wb, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    private static Fixtures.Read read(Path file) throws Exception {
        CollectingSink sink = new CollectingSink();
        IngestReport report = Fixtures.files().read(file, sink);
        return new Fixtures.Read(report, sink);
    }

    @Test
    void readsEveryCanonicalColumn() throws Exception {
        Path file = workbook("all.xlsx",
                new Object[] {"Candidate ID", "Name", "Email", "Current Title", "Years Experience",
                    "Years LLM Experience", "Skills", "Highlights", "Education", "Publications", "Portfolio", "Domains",
                    "Languages", "Expected Salary", "Market"},
                new Object[] {1001, "Ada Lovelace", "ada@example.com", "ML Engineer", 7.5, 2, "Python, PyTorch",
                    "Shipped evals.\nLed a team.", "MSc", "Paper A", "https://ada.dev", "fintech; health",
                    "English", 185000, "UK"});

        Fixtures.Read read = read(file);

        assertThat(read.sink().errors).isEmpty();
        assertThat(read.sink().candidates).containsExactly(new Candidate(2, "1001", "Ada Lovelace",
                "ada@example.com", "ML Engineer", 7.5, 2.0, List.of("Python", "PyTorch"),
                "Shipped evals.\nLed a team.", "MSc", "Paper A", List.of("https://ada.dev"),
                List.of("fintech", "health"), List.of("English"), 185_000L, Market.UK, Map.of()));
        assertThat(read.report()).isEqualTo(new IngestReport(file.toString(), 1, List.of(), List.of(), List.of()));
    }

    @Test
    void usesExcelRowNumbersWithTheHeaderOnItsFirstNonEmptyRow() throws Exception {
        Path file = workbook("offset.xlsx", 2,
                new Object[] {"ID", "Name"},
                new Object[] {"A", "Ada"},
                new Object[] {null, "  "},
                new Object[] {"B", "Bob"});

        Fixtures.Read read = read(file);

        assertThat(read.sink().order).containsExactly(4, 6);
        assertThat(read.report().rows()).isEqualTo(2);
    }

    @Test
    void readsFormulasAsTheirCachedValueAndBooleansAsText() throws Exception {
        Path file = workbook("formula.xlsx",
                new Object[] {"ID", "Years Experience", "Years LLM Experience", "Name", "Open To Relocation"},
                new Object[] {"A", 4, new Formula("B2/2"), new Formula("\"Ada\"&\" L\""), true},
                new Object[] {new Formula("\"B\"&\"2\""), 3.25, null, null, false});

        Fixtures.Read read = read(file);

        Candidate a = read.sink().candidate("A");
        assertThat(a.yearsLlmExperience()).isEqualTo(2.0);
        assertThat(a.name()).isEqualTo("Ada L");
        assertThat(a.extra()).containsExactly(Map.entry("Open To Relocation", "TRUE"));
        assertThat(read.sink().candidate("B2").yearsExperience()).isEqualTo(3.25);
        assertThat(read.sink().candidate("B2").extra()).containsExactly(Map.entry("Open To Relocation", "FALSE"));
    }

    @Test
    void rejectsADateWhereANumberBelongs() throws Exception {
        Path file = workbook("dates.xlsx",
                new Object[] {"ID", "Years Experience", "Start Date"},
                new Object[] {"A", LocalDate.of(2007, 1, 1), LocalDate.of(2024, 3, 1)},
                new Object[] {"B", 5, LocalDate.of(2024, 3, 1)});

        Fixtures.Read read = read(file);

        assertThat(read.sink().errors).containsExactly(new RowError(2, "Years Experience",
                "Years Experience: a date (2007-01-01) where a number belongs"));
        assertThat(read.sink().candidate("B").extra()).containsExactly(Map.entry("Start Date", "2024-03-01"));
    }

    @Test
    void readsTheFirstSheetThatIsNotHidden() throws Exception {
        Path file;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb, wb.createSheet("Lookup"), 0, new Object[] {"ID", "Name"}, new Object[] {"HIDDEN", "x"});
            fill(wb, wb.createSheet("Candidates"), 0, new Object[] {"ID", "Name"}, new Object[] {"SHOWN", "y"});
            wb.setSheetHidden(0, true);
            file = save(wb, "hidden.xlsx");
        }

        assertThat(read(file).sink().ids()).containsExactly("SHOWN");
    }

    @Test
    void dropsProtectedColumnsAndReportsThem() throws Exception {
        Path file = workbook("protected.xlsx",
                new Object[] {"ID", "Name", "Candidate Age", "Gender", "DOB", "Profile Picture", "Religion",
                    "Image Processing Skills"},
                new Object[] {"A", "Ada", 41, "Female", LocalDate.of(1984, 2, 3), "ada.jpg", "Quaker", "OpenCV"});

        Fixtures.Read read = read(file);

        Candidate a = read.sink().candidate("A");
        assertThat(a.toString()).doesNotContain("41", "Female", "1984", "ada.jpg", "Quaker");
        assertThat(a.extra()).containsExactly(Map.entry("Image Processing Skills", "OpenCV"));
        assertThat(read.report().droppedColumns())
                .containsExactly("Candidate Age", "Gender", "DOB", "Profile Picture", "Religion");
        assertThat(read.report().extraColumns()).containsExactly("Image Processing Skills");
    }

    @Test
    void keepsCellsOutsideTheHeaderAsExtraUnderTheirColumnLetter() throws Exception {
        Path file = workbook("notes.xlsx",
                new Object[] {"ID", "Name"},
                new Object[] {"A", "Ada", null, "call back"});

        Fixtures.Read read = read(file);

        assertThat(read.sink().candidate("A").extra()).containsExactly(Map.entry("Column D", "call back"));
        assertThat(read.report().extraColumns()).containsExactly("Column D");
    }

    @Test
    void rejectsBadRowsWhileDeliveringTheirNeighbours() throws Exception {
        Path file = workbook("mixed.xlsx",
                new Object[] {"ID", "Years Experience", "Expected Salary", "Market"},
                new Object[] {"A", 5, "150k", "US"},
                new Object[] {"B", -1, null, null},
                new Object[] {"C", "ten", null, null},
                new Object[] {"D", 2, "lots", null},
                new Object[] {"E", 2, null, "Mars"},
                new Object[] {null, 2, null, null},
                new Object[] {"A", 1, null, null},
                new Object[] {"F", 61, null, null},
                new Object[] {"G", 3, -10, "uk"});

        Fixtures.Read read = read(file);

        assertThat(read.sink().ids()).containsExactly("A");
        assertThat(read.sink().errors).containsExactly(
                new RowError(3, "Years Experience", "Years Experience: '-1' is negative"),
                new RowError(4, "Years Experience", "Years Experience: 'ten' is not a number of years"),
                new RowError(5, "Expected Salary", "Expected Salary: 'lots' is not an amount"),
                new RowError(6, "Market", "Market: 'Mars' is not a known market (allowed: US, USA, United States,"
                        + " UK, GB, United Kingdom, Great Britain)"),
                new RowError(7, "Candidate ID", "missing Candidate ID"),
                new RowError(8, "Candidate ID", "duplicate Candidate ID 'A' (first seen in row 2)"),
                new RowError(9, "Years Experience",
                        "Years Experience: '61' is not a plausible number of years (more than 60)"),
                new RowError(10, "Expected Salary", "Expected Salary: '-10' is negative"));
        assertThat(read.report().rows()).isEqualTo(9);
    }

    @Test
    void failsWithoutACandidateIdColumn() throws Exception {
        Path file = workbook("noid.xlsx", new Object[] {"Name", "Email"}, new Object[] {"Ada", "a@x.io"});

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("noid.xlsx")
                .hasMessageContaining("no Candidate ID column")
                .hasMessageContaining("'Name', 'Email'");
    }

    @Test
    void failsOnAnEmptySheet() throws Exception {
        Path file = workbook("empty.xlsx");

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(IngestException.class)
                .hasMessage("Cannot read " + file + ": no header row (sheet 'Candidates' is empty)");
    }

    @Test
    void failsPlainlyOnRandomBytes() throws Exception {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Path file = Files.write(dir.resolve("noise.xlsx"), noise);

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(IngestException.class)
                .hasMessage("Cannot read " + file + ": not an .xlsx workbook; only Excel .xlsx files are read as"
                        + " spreadsheets");
    }

    @Test
    void failsPlainlyOnAnEmptyFile() throws Exception {
        Path file = Files.write(dir.resolve("zero.xlsx"), new byte[0]);

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(IngestException.class)
                .hasMessage("Cannot read " + file + ": the file is empty");
    }

    @Test
    void failsPlainlyOnACorruptZip() throws Exception {
        byte[] zipHeaderThenNoise = new byte[2048];
        new Random(7).nextBytes(zipHeaderThenNoise);
        System.arraycopy(new byte[] {0x50, 0x4B, 0x03, 0x04}, 0, zipHeaderThenNoise, 0, 4);
        Path file = Files.write(dir.resolve("broken.xlsx"), zipHeaderThenNoise);

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("Cannot read " + file + ": not a valid .xlsx workbook (");
    }

    @Test
    void failsPlainlyOnALegacyXlsRenamedToXlsx() throws Exception {
        Path file = dir.resolve("legacy.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("ID");
            wb.write(out);
        }

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(IngestException.class)
                .hasMessage("Cannot read " + file + ": this is a legacy Excel 97-2003 (.xls) workbook, not .xlsx;"
                        + " open it in Excel and save it as .xlsx");
    }

    @Test
    void failsPlainlyOnAPasswordProtectedWorkbook() throws Exception {
        Path plain = workbook("plain.xlsx", new Object[] {"ID"}, new Object[] {"A"});
        Path file = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("hunter2");
            try (OutputStream encrypted = encryptor.getDataStream(fs)) {
                Files.copy(plain, encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(IngestException.class)
                .hasMessage("Cannot read " + file + ": the workbook is password-protected (encrypted); remove the"
                        + " password and save it again as .xlsx");
    }
}
