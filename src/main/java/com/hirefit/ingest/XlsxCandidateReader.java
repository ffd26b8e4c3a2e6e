package com.hirefit.ingest;

import com.github.pjfanning.xlsx.StreamingReader;
import com.github.pjfanning.xlsx.exceptions.ExcelRuntimeException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads the first visible sheet of an .xlsx workbook, streaming (a hundred rows in memory at a time). The
 * header is the first non-empty row; row numbers are Excel's. Numbers read as numbers, formulas as their
 * cached value, booleans as TRUE/FALSE text, date-formatted cells as dates.
 */
final class XlsxCandidateReader {

    /** How much of an old-style (OLE2) file is read to tell an encrypted workbook from a legacy .xls. */
    private static final int OLE2_PEEK_LIMIT = 64 << 20;

    /**
     * The largest shared strings table (uncompressed XML) read: the streaming reader keeps that table in memory,
     * so a larger one is refused before it is loaded.
     */
    static final long DEFAULT_MAX_SHARED_STRINGS_BYTES = 100L << 20;

    /** No part of a workbook may inflate to more than this (POI's ZipSecureFile, process-wide). */
    static final long MAX_ENTRY_BYTES = 1L << 30;

    /** A part may not inflate more than 100 times its compressed size (POI's default zip bomb guard). */
    static final double MIN_INFLATE_RATIO = 0.01;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private final long maxSharedStringsBytes;

    XlsxCandidateReader() {
        this(DEFAULT_MAX_SHARED_STRINGS_BYTES);
    }

    XlsxCandidateReader(long maxSharedStringsBytes) {
        this.maxSharedStringsBytes = maxSharedStringsBytes;
    }

    /**
     * The upload is copied to a temporary file first (the streaming reader needs random access to the zip
     * anyway), so that its parts can be measured before POI loads any of them; the file is deleted after.
     */
    void read(InputStream in, ReportBuilder report, Rows rows) throws IngestException, IOException {
        Path copy = Files.createTempFile("hirefit-upload-", ".xlsx");
        try {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            read(copy, report, rows);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private void read(Path copy, ReportBuilder report, Rows rows) throws IngestException, IOException {
        String file = report.file();
        try (InputStream input = new BufferedInputStream(Files.newInputStream(copy), 1 << 16)) {
            checkIsXlsx(input, file);
        }
        WorkbookParts.check(copy, file, maxSharedStringsBytes);
        Workbook workbook;
        try {
            workbook = StreamingReader.builder().rowCacheSize(100).bufferSize(4096).open(copy.toFile());
        } catch (RuntimeException | NoClassDefFoundError e) {
            throw failure(file, "not a valid .xlsx workbook", e);
        }
        try (workbook) {
            Sheet sheet = firstVisibleSheet(workbook, file);
            Iterator<Row> sheetRows = parsing(file, sheet, sheet::iterator);
            Table table = null;
            Supplier<SheetRow> next = () -> sheetRows.hasNext() ? SheetRow.of(sheetRows.next()) : null;
            for (SheetRow row = parsing(file, sheet, next); row != null; row = parsing(file, sheet, next)) {
                List<Value> cells = row.cells();
                if (Table.isBlank(cells)) {
                    continue;
                }
                if (table == null) {
                    List<String> headers = cells.stream().map(cell -> cell == null ? "" : cell.text()).toList();
                    table = Table.of(headers, index -> "Column " + CellReference.convertNumToColString(index), report, rows);
                    // The sheet's dimension (read by now, when the workbook has one) says where its last row is.
                    rows.expect(sheet.getLastRowNum() + 1 - row.number());
                } else {
                    rows.map(table.row(row.number(), cells));
                }
            }
            if (table == null) {
                throw new IngestException("Cannot read " + file + ": no header row (sheet '" + sheet.getSheetName()
                        + "' is empty)");
            }
        } catch (ExcelRuntimeException | POIXMLException | OpenXML4JRuntimeException e) {
            throw failure(file, "the workbook is damaged", e);
        }
    }

    /** A sheet row as read: its 1-based number and its cells. */
    private record SheetRow(int number, List<Value> cells) {
        static SheetRow of(Row row) {
            return new SheetRow(row.getRowNum() + 1, XlsxCandidateReader.cells(row));
        }
    }

    /**
     * One step of the streaming reader, which parses the sheet's XML as it goes. It reports malformed content with
     * whatever runtime exception it meets (a NullPointerException for a shared string in a workbook without a
     * shared strings table, a NumberFormatException for an empty cell reference...), so any of them means the
     * sheet is damaged. It reads rows ahead, so the row at fault is not known.
     */
    private static <T> T parsing(String file, Sheet sheet, Supplier<T> step) throws IngestException {
        try {
            return step.get();
        } catch (RuntimeException | NoClassDefFoundError e) {
            throw failure(file, "the workbook is damaged in sheet '" + sheet.getSheetName() + "'", e);
        }
    }

    /**
     * A zip bomb, and a part packed with a method Excel never uses, get their own plain messages; anything else the
     * given one, with POI's reason. The unzipper (commons-compress) needs optional libraries for zstd and xz, left
     * out on purpose, so a part packed with them fails with NoClassDefFoundError.
     */
    private static IngestException failure(String file, String what, Throwable e) {
        if (e instanceof NoClassDefFoundError) {
            return unusualCompression(file, e);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb detected") || message.contains("exceeds the max entry size")
                    || message.contains("MAX_ENTRY_SIZE") || message.contains("Max entry size")) {
                return new IngestException("Cannot read " + file + ": the workbook expands too much when unzipped"
                        + " (a part inflates more than " + Math.round(1 / MIN_INFLATE_RATIO) + " times, or beyond "
                        + (MAX_ENTRY_BYTES >> 20) + " MB); it looks like a zip bomb and was not read", e);
            }
        }
        return new IngestException("Cannot read " + file + ": " + what + " (" + reason(e) + ")", e);
    }

    static IngestException unusualCompression(String file, Throwable cause) {
        return new IngestException("Cannot read " + file + ": a part of the workbook is compressed with a method"
                + " Excel does not use (only deflate is read); save it again from Excel", cause);
    }

    /**
     * The streaming reader looks for a sheet's part only when asked for the sheet, and a workbook that lists a sheet
     * it does not hold fails there with whatever runtime exception it meets (an IndexOutOfBoundsException when the
     * relationship to the sheet's part is broken), so any of them means the workbook is damaged.
     */
    private static Sheet firstVisibleSheet(Workbook workbook, String file) throws IngestException {
        try {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                    return workbook.getSheetAt(i);
                }
            }
        } catch (RuntimeException e) {
            throw failure(file, "the workbook is damaged", e);
        }
        throw new IngestException("Cannot read " + file + ": the workbook has no visible sheet");
    }

    /** The cells of a row by column position (null where there is no cell). */
    private static List<Value> cells(Row row) {
        List<Value> cells = new ArrayList<>();
        for (Cell cell : row) {
            int column = cell.getColumnIndex();
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, value(cell));
        }
        return cells;
    }

    static Value value(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING:
                return new Value.Text(cell.getStringCellValue());
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime date = cell.getLocalDateTimeCellValue();
                    if (date != null) { // null for a number that is no valid Excel date (negative)
                        return new Value.Date(date.toLocalTime().toSecondOfDay() == 0
                                ? date.toLocalDate().toString() : date.toString());
                    }
                }
                return Value.Num.of(cell.getNumericCellValue());
            case BOOLEAN:
                return new Value.Text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR:
                return new Value.Text(errorText(cell));
            default:
                return null;
        }
    }

    private static String errorText(Cell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (RuntimeException e) {
            String text = cell.getStringCellValue();
            return text == null ? "#ERROR" : text.replaceFirst("^ERROR:\\s*", "");
        }
    }

    /** Refuses, with a plain reason, anything that is not a zip-based Office Open XML file. */
    private static void checkIsXlsx(InputStream input, String file) throws IOException, IngestException {
        input.mark(64);
        byte[] head = input.readNBytes(64);
        input.reset();
        if (head.length == 0) {
            throw new IngestException("Cannot read " + file + ": the file is empty");
        }
        FileMagic magic = FileMagic.valueOf(head);
        if (magic == FileMagic.OOXML) {
            return;
        }
        if (magic == FileMagic.OLE2) {
            throw new IngestException("Cannot read " + file + ": " + describeOle2(input));
        }
        String what = magic == FileMagic.UNKNOWN ? "" : " (it looks like " + magic.name() + " content)";
        throw new IngestException("Cannot read " + file + ": not an .xlsx workbook" + what
                + "; only Excel .xlsx files are read as spreadsheets");
    }

    private static String describeOle2(InputStream input) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(input.readNBytes(OLE2_PEEK_LIMIT)))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return "the workbook is password-protected (encrypted); remove the password and save it again as"
                        + " .xlsx";
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return "this is a legacy Excel 97-2003 (.xls) workbook, not .xlsx; open it in Excel and save it"
                        + " as .xlsx";
            }
            return "this is an old-style Office document, not an .xlsx workbook";
        } catch (IOException | RuntimeException e) {
            return "this is a legacy Excel (.xls) or password-protected workbook, not a plain .xlsx; save it as"
                    + " .xlsx without a password";
        }
    }

    private static String reason(Throwable e) {
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage();
        return message == null ? deepest.getClass().getSimpleName() : message;
    }
}
