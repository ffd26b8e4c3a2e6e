package com.hirefit.ingest;

import com.github.pjfanning.xlsx.StreamingReader;
import com.github.pjfanning.xlsx.exceptions.ExcelRuntimeException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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

    void read(InputStream in, ReportBuilder report, RowMapper rows) throws IngestException, IOException {
        String file = report.file();
        InputStream input = new BufferedInputStream(in, 1 << 16);
        checkIsXlsx(input, file);
        Workbook workbook;
        try {
            workbook = StreamingReader.builder().rowCacheSize(100).bufferSize(4096).open(input);
        } catch (RuntimeException e) {
            throw new IngestException("Cannot read " + file + ": not a valid .xlsx workbook (" + reason(e) + ")", e);
        }
        try (workbook) {
            Sheet sheet = firstVisibleSheet(workbook, file);
            Table table = null;
            for (Row row : sheet) {
                List<Value> cells = cells(row);
                if (Table.isBlank(cells)) {
                    continue;
                }
                if (table == null) {
                    List<String> headers = cells.stream().map(cell -> cell == null ? "" : cell.text()).toList();
                    table = Table.of(headers, index -> "Column " + CellReference.convertNumToColString(index), report);
                } else {
                    rows.map(table.row(row.getRowNum() + 1, cells));
                }
            }
            if (table == null) {
                throw new IngestException("Cannot read " + file + ": no header row (sheet '" + sheet.getSheetName()
                        + "' is empty)");
            }
        } catch (ExcelRuntimeException | POIXMLException | OpenXML4JRuntimeException e) {
            throw new IngestException("Cannot read " + file + ": the workbook is damaged (" + reason(e) + ")", e);
        }
    }

    private static Sheet firstVisibleSheet(Workbook workbook, String file) throws IngestException {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                return workbook.getSheetAt(i);
            }
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
