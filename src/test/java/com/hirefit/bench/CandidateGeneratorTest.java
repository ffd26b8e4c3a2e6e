package com.hirefit.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hirefit.candidate.Candidate;
import com.hirefit.ingest.CandidateFiles;
import com.hirefit.ingest.RowError;
import com.hirefit.ingest.RowSink;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator: row count, prose length, variety, and the same seed giving the same file. Small and fast. */
class CandidateGeneratorTest {
    private static final int ROWS = 200;

    @TempDir
    Path dir;

    @Test
    void csvIsReadableWithProseOfTheRightLengthAndByteIdenticalForOneSeed() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path c = dir.resolve("c.csv");
        CandidateGenerator.write(a, ROWS, 7);
        CandidateGenerator.write(b, ROWS, 7);
        CandidateGenerator.write(c, ROWS, 8);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)), "another seed, another file");

        List<Candidate> read = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        new CandidateFiles(Clock.systemUTC()).read(a, sink(read, errors));
        assertEquals(List.of(), errors);
        assertEquals(ROWS, read.size());
        Set<String> titles = new HashSet<>();
        Set<String> openings = new HashSet<>();
        for (Candidate candidate : read) {
            int length = candidate.highlights().length();
            assertTrue(length >= CandidateGenerator.MIN_PROSE && length <= CandidateGenerator.MAX_PROSE,
                    candidate.id() + ": " + length + " characters of prose");
            assertFalse(candidate.skills().isEmpty());
            titles.add(candidate.currentTitle());
            openings.add(candidate.highlights().substring(0, 40));
        }
        assertTrue(titles.size() >= 25, "varied titles: " + titles.size());
        assertTrue(openings.size() >= 50, "varied prose: " + openings.size());
    }

    @Test
    void xlsxHasTheSameCellValuesForOneSeedAndReadsAsTheCsv() throws Exception {
        Path a = dir.resolve("a.xlsx");
        Path b = dir.resolve("b.xlsx");
        CandidateGenerator.write(a, ROWS, 7);
        CandidateGenerator.write(b, ROWS, 7);
        List<List<String>> cellsA = cells(a);
        assertEquals(ROWS + 1, cellsA.size());
        assertEquals(CandidateGenerator.HEADER, cellsA.get(0));
        assertEquals(cellsA, cells(b));

        List<Candidate> fromXlsx = new ArrayList<>();
        List<Candidate> fromCsv = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Path csv = dir.resolve("a.csv");
        CandidateGenerator.write(csv, ROWS, 7);
        CandidateFiles files = new CandidateFiles(Clock.systemUTC());
        files.read(a, sink(fromXlsx, errors));
        files.read(csv, sink(fromCsv, errors));
        assertEquals(List.of(), errors);
        assertEquals(fromCsv, fromXlsx, "the same candidates, whichever format");
    }

    private static List<List<String>> cells(Path xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row row : wb.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < CandidateGenerator.HEADER.size(); i++) {
                    cells.add(row.getCell(i) == null ? "" : format.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static RowSink sink(List<Candidate> read, List<RowError> errors) {
        return new RowSink() {
            public void accept(Candidate candidate) {
                read.add(candidate);
            }

            public void reject(RowError error) {
                errors.add(error);
            }
        };
    }
}
