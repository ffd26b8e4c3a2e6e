package com.hirefit.ingest;

import com.hirefit.candidate.Candidate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a resume file (.xlsx, .csv or .json, chosen by the file name's extension, in any case) into
 * candidates. Every non-blank data row reaches the sink, in input order, either as a candidate or as one
 * error; entirely blank rows are skipped. Columns naming a protected attribute (age, gender, photo...) are
 * dropped unread and listed in the report; unknown columns are kept as extra text.
 *
 * <p>Instances hold no per-file state and may be shared between threads.
 */
public final class CandidateFiles {

    /** The default cap on the length of one cell. */
    public static final int DEFAULT_MAX_CELL_LENGTH = 20_000;

    /** The default cap on the number of data rows read from one file. */
    public static final int DEFAULT_MAX_ROWS = 100_000;

    private static final String SUPPORTED = ".xlsx, .csv, .json";
    private static final JsonMapper TREES = JsonMapper.builder().build();

    private final JsonResumeMapper resumes;
    private final int maxCellLength;
    private final int maxRows;

    /**
     * @param clock gives today's date for JSON Resume jobs without an end date
     */
    public CandidateFiles(Clock clock) {
        this(clock, DEFAULT_MAX_CELL_LENGTH);
    }

    /**
     * @param clock gives today's date for JSON Resume jobs without an end date
     * @param maxCellLength a longer cell makes its row an error
     */
    public CandidateFiles(Clock clock, int maxCellLength) {
        this(clock, maxCellLength, DEFAULT_MAX_ROWS);
    }

    /**
     * @param clock gives today's date for JSON Resume jobs without an end date
     * @param maxCellLength a longer cell makes its row an error
     * @param maxRows data rows past this many are not read: they are counted, and the first of them becomes
     *     one row error saying how many were not read (the rows before it are screened as usual)
     */
    public CandidateFiles(Clock clock, int maxCellLength, int maxRows) {
        if (maxCellLength < 1) {
            throw new IllegalArgumentException("maxCellLength must be positive: " + maxCellLength);
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
        }
        this.resumes = new JsonResumeMapper(Objects.requireNonNull(clock, "clock"));
        this.maxCellLength = maxCellLength;
        this.maxRows = maxRows;
    }

    /**
     * Reads a file; the report names it as given.
     *
     * @throws IngestException when the file as a whole cannot be read (unsupported type, no header, no
     *     Candidate ID column, not a workbook, malformed JSON); rows delivered before that stand
     */
    public IngestReport read(Path file, RowSink sink) throws IngestException, IOException {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        Format format = format(name == null ? file.toString() : name.toString(), file.toString());
        try (InputStream in = Files.newInputStream(file)) {
            return read(format, in, file.toString(), sink);
        }
    }

    /**
     * Reads a saved upload; the format comes from {@code fileName}'s extension and the report names it. The sink is
     * first told roughly how many rows to expect: counted ahead in a .csv or .json file (one quick pass), read from
     * the dimension of a workbook.
     */
    public IngestReport read(Path file, String fileName, RowSink sink) throws IngestException, IOException {
        Objects.requireNonNull(file, "file");
        Format format = format(fileName, fileName);
        switch (format) {
            case CSV -> RowCount.csv(file).ifPresent(sink::expect);
            case JSON -> RowCount.json(file).ifPresent(sink::expect);
            case XLSX -> { }
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(format, in, fileName, sink);
        }
    }

    /**
     * Reads an upload; the format comes from {@code fileName}'s extension. The stream is read to its end (or
     * to the error) but not closed.
     */
    public IngestReport read(InputStream in, String fileName, RowSink sink) throws IngestException, IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        return read(format(fileName, fileName), in, fileName, sink);
    }

    private IngestReport read(Format format, InputStream in, String file, RowSink sink)
            throws IngestException, IOException {
        Objects.requireNonNull(sink, "sink");
        ReportBuilder report = new ReportBuilder(file);
        RowMapper rows = new RowMapper(sink, maxCellLength, maxRows);
        InputStream unclosed = new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // the caller owns the stream
            }
        };
        switch (format) {
            case CSV -> new CsvCandidateReader().read(unclosed, report, rows);
            case XLSX -> new XlsxCandidateReader().read(unclosed, report, rows);
            case JSON -> new JsonCandidateReader(resumes).read(unclosed, report, rows);
        }
        rows.finish(file);
        return report.build(rows.rows());
    }

    /**
     * Reads a self-identification table (.xlsx or .csv): the Candidate ID column and the sex and race/ethnicity columns,
     * nothing else (a resume file with such columns is read the same way, when the operator asks for its dropped
     * answers). Returns the number of data rows; every one reached the sink as an answer or an error.
     *
     * @throws IngestException when the file cannot be read, is JSON, or has no Candidate ID or no sex or race/ethnicity
     *     column
     */
    public int readSelfIdentification(Path file, String fileName, SelfIdSink sink) throws IngestException, IOException {
        Objects.requireNonNull(sink, "sink");
        Format format = format(fileName, fileName);
        SelfIdRows rows = new SelfIdRows(fileName, sink, maxRows);
        ReportBuilder report = new ReportBuilder(fileName);
        try (InputStream in = Files.newInputStream(file)) {
            switch (format) {
                case CSV -> new CsvCandidateReader().read(in, report, rows);
                case XLSX -> new XlsxCandidateReader().read(in, report, rows);
                case JSON -> throw new IngestException("Cannot read self-identification from " + fileName
                        + ": it is read from .xlsx and .csv files (or sent as JSON to /api/self-identification)");
            }
        }
        return rows.rows();
    }

    private enum Format {
        CSV, XLSX, JSON
    }

    private static Format format(String fileName, String shownAs) throws IngestException {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
        switch (extension) {
            case ".csv":
                return Format.CSV;
            case ".xlsx":
                return Format.XLSX;
            case ".json":
                return Format.JSON;
            default:
                String hint = extension.equals(".xls") ? " (save a legacy .xls workbook as .xlsx)" : "";
                String found = extension.isEmpty() ? "no extension" : "unsupported file type '" + extension + "'";
                throw new IngestException("Cannot read " + shownAs + ": " + found + "; supported formats: "
                        + SUPPORTED + hint);
        }
    }

    /** One candidate sent on its own (an API body, a webhook payload), read as JSON: the candidate, or why not. */
    public record One(Candidate candidate, java.util.List<RowError> errors) {
    }

    /**
     * Reads one candidate given as mapped fields (a webhook's candidate: keys are headers, values plain Java values),
     * with the same rules as a file's row: no JSON, no file name.
     */
    public One read(Map<String, ?> fields) {
        ReportBuilder report = new ReportBuilder("(fields)");
        // A JSON Resume document (an ATS that sends one) is read by its own mapper, from its tree.
        RawRow row = fields.get("basics") instanceof Map<?, ?> ? resumes.map(1, TREES.valueToTree(fields), report)
                : FieldsReader.row(fields, report);
        Collected one = new Collected();
        new RowMapper(one, maxCellLength, maxRows).map(row);
        return one.one();
    }

    /** Reads a single JSON candidate object or JSON Resume document with the same rules as a file. */
    public One readOne(byte[] json, String name) throws IngestException {
        Collected one = new Collected();
        try {
            read(new java.io.ByteArrayInputStream(json), name.endsWith(".json") ? name : name + ".json", one);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return one.one();
    }

    /** A sink that keeps what one candidate's read gave: the candidate, or its errors. */
    private static final class Collected implements RowSink {
        private final List<Candidate> read = new ArrayList<>();
        private final List<RowError> errors = new ArrayList<>();

        @Override
        public void accept(Candidate candidate) {
            read.add(candidate);
        }

        @Override
        public void reject(RowError error) {
            errors.add(error);
        }

        One one() {
            return new One(read.isEmpty() ? null : read.get(0), errors);
        }
    }
}
