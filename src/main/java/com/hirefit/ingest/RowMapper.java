package com.hirefit.ingest;

import com.hirefit.candidate.Candidate;
import com.hirefit.vocabulary.Market;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the raw cells of one row into a {@link Candidate} or a {@link RowError} and hands it to the sink.
 * Shared by every reader, so every format validates the same way. A row with several bad cells becomes one
 * error: the first problem (problems found by the reader, then fields in canonical order, then extra columns),
 * with the other columns at fault named in its message.
 * Also counts rows and detects duplicate candidate IDs within a file.
 */
final class RowMapper implements Rows {

    private final RowSink sink;
    private final int maxCellLength;
    private final int maxRows;
    private final Map<String, Integer> firstRowOfId = new HashMap<>();
    private int rows;
    /** Data rows met after the row limit was reached: counted, never mapped. */
    private long skipped;
    private int firstSkippedRow;

    RowMapper(RowSink sink, int maxCellLength, int maxRows) {
        this.sink = sink;
        this.maxCellLength = maxCellLength;
        this.maxRows = maxRows;
    }

    /** Number of data rows handed on so far (each became exactly one candidate or one error). */
    int rows() {
        return rows;
    }

    /** The reader's estimate of the data rows ahead; past the row limit only the limit's worth is read. */
    @Override
    public void expect(int dataRows) {
        if (dataRows > 0) {
            sink.expect(Math.min(dataRows, maxRows));
        }
    }

    /** A row the reader itself could not make sense of. */
    @Override
    public void reject(int row, String column, String message) {
        if (overLimit(row)) {
            return;
        }
        rows++;
        sink.reject(new RowError(row, column, message));
    }

    @Override
    public void map(RawRow raw) {
        if (overLimit(raw.row())) {
            return;
        }
        rows++;
        Parse parse = new Parse(raw);
        Candidate candidate = parse.candidate();
        if (parse.problems.isEmpty()) {
            sink.accept(candidate);
        } else {
            sink.reject(parse.error());
        }
    }

    /** Once {@code maxRows} rows were handed on, further rows are only counted (their cells are never checked). */
    private boolean overLimit(int row) {
        if (rows < maxRows) {
            return false;
        }
        if (skipped++ == 0) {
            firstSkippedRow = row;
        }
        return true;
    }

    /**
     * Ends the read: when rows were met past the limit, hands on one error on the first of them that says how
     * many rows were not read, so every input row is still accounted for (as a result, an error, or in that
     * count).
     */
    void finish(String file) {
        if (skipped == 0) {
            return;
        }
        rows++;
        sink.reject(new RowError(firstSkippedRow, null, "row limit reached: " + file + " has more than " + maxRows
                + " data rows; this row and every row after it were not read (" + skipped + " row(s) in all). Split the file, or raise the limit (hirefit.limits.max-rows,"
                + " or --max-rows on the command line)"));
    }

    /** The checking of one row; collects problems instead of stopping at the first. */
    private final class Parse {
        private final RawRow raw;
        private final List<RawRow.Problem> problems = new ArrayList<>();

        /** Problems the reader found come first (they may explain the rest), then the fields in column order. */
        Parse(RawRow raw) {
            this.raw = raw;
            problems.addAll(raw.problems());
        }

        RowError error() {
            RawRow.Problem first = problems.get(0);
            String message = first.message();
            List<String> others = problems.stream().skip(1).map(RawRow.Problem::column).distinct()
                    .filter(column -> !column.equals(first.column())).toList();
            if (!others.isEmpty()) {
                message += " (also bad: " + String.join(", ", others) + ")";
            }
            return new RowError(raw.row(), first.column(), message);
        }

        Candidate candidate() {
            String id = id();
            String name = text(Column.NAME);
            String email = text(Column.EMAIL);
            String title = text(Column.CURRENT_TITLE);
            Double years = years(Column.YEARS_EXPERIENCE);
            // More LLM years than years overall is odd, but a reviewer can judge it: not an error.
            Double llmYears = years(Column.YEARS_LLM_EXPERIENCE);
            List<String> skills = list(Column.SKILLS);
            String highlights = prose(Column.HIGHLIGHTS);
            String education = prose(Column.EDUCATION);
            String publications = prose(Column.PUBLICATIONS);
            List<String> portfolio = list(Column.PORTFOLIO);
            List<String> domains = list(Column.DOMAINS);
            List<String> languages = list(Column.LANGUAGES);
            Long salary = salary();
            Market market = market();
            Map<String, String> extra = extra();
            if (!problems.isEmpty()) {
                return null;
            }
            return new Candidate(raw.row(), id, name, email, title, years, llmYears, skills, highlights, education,
                    publications, portfolio, domains, languages, salary, market, extra);
        }

        private String id() {
            String id = text(Column.CANDIDATE_ID);
            if (id == null) {
                if (raw.entries(Column.CANDIDATE_ID).isEmpty()) {
                    problems.add(raw.problems().size(),
                            new RawRow.Problem(Column.CANDIDATE_ID.label(), "missing Candidate ID"));
                }
                return null;
            }
            Integer first = firstRowOfId.putIfAbsent(id, raw.row());
            if (first != null) {
                problems.add(raw.problems().size(), new RawRow.Problem(Column.CANDIDATE_ID.label(),
                        "duplicate Candidate ID " + Values.quote(id) + " (first seen in row " + first + ")"));
            }
            return id;
        }

        /** The first cell of a field, checked for length; null if absent or bad. */
        private RawRow.Entry single(Column field) {
            List<RawRow.Entry> entries = raw.entries(field);
            if (entries.isEmpty()) {
                return null;
            }
            RawRow.Entry entry = entries.get(0);
            return fits(entry) ? entry : null;
        }

        private String text(Column field) {
            RawRow.Entry entry = single(field);
            if (entry == null) {
                return null;
            }
            if (entry.value() instanceof Value.Items) {
                return bad(entry, "expected text but found a list");
            }
            if (entry.value() instanceof Value.WrongType wrong) {
                return bad(entry, "expected text but found " + wrong.found());
            }
            String text = clean(entry.value().text());
            if (text.length() > field.maxLength()) {
                return bad(entry, "longer than " + field.maxLength() + " characters, the most HireFit keeps");
            }
            return text;
        }

        private String prose(Column field) {
            List<String> parts = new ArrayList<>();
            for (RawRow.Entry entry : raw.entries(field)) {
                if (!fits(entry)) {
                    continue;
                }
                if (entry.value() instanceof Value.Items items) {
                    items.items().stream().map(RowMapper::clean).forEach(parts::add);
                } else if (entry.value() instanceof Value.WrongType wrong) {
                    bad(entry, "expected text but found " + wrong.found());
                } else {
                    parts.add(clean(entry.value().text()));
                }
            }
            // A Publications cell of "0" or "n/a" is no publications, and so on for every prose field.
            parts.removeIf(part -> part.isEmpty() || Values.isNone(part));
            return parts.isEmpty() ? null : String.join(field.joiner(), parts);
        }

        private List<String> list(Column field) {
            RawRow.Entry entry = single(field);
            if (entry == null) {
                return List.of();
            }
            if (entry.value() instanceof Value.Items items) {
                return Values.items(items.items());
            }
            if (entry.value() instanceof Value.WrongType wrong) {
                bad(entry, "expected a list or text but found " + wrong.found());
                return List.of();
            }
            return Values.list(entry.value().text());
        }

        private Double years(Column field) {
            return number(field, value -> value instanceof Value.Num num
                    ? Values.years(num.number(), num.text())
                    : Values.years(value.text()));
        }

        private Long salary() {
            return number(Column.EXPECTED_SALARY, value -> value instanceof Value.Num num
                    ? Values.salary(num.number(), num.text())
                    : Values.salary(value.text()));
        }

        private Market market() {
            return number(Column.MARKET, value -> Values.market(value.text()));
        }

        /** A typed field: a date, a list or an object where a number (or market) belongs is an error. */
        private <T> T number(Column field, Parser<T> parser) {
            RawRow.Entry entry = single(field);
            if (entry == null) {
                return null;
            }
            Value value = entry.value();
            if (value instanceof Value.Date date) {
                return bad(entry, "a date (" + date.text() + ") where a "
                        + (field == Column.MARKET ? "market" : "number") + " belongs");
            }
            if (value instanceof Value.Items) {
                return bad(entry, "expected a single value but found a list");
            }
            if (value instanceof Value.WrongType wrong) {
                return bad(entry, "expected a single value but found " + wrong.found());
            }
            try {
                return parser.parse(value);
            } catch (Values.BadValue e) {
                return bad(entry, e.getMessage());
            }
        }

        private Map<String, String> extra() {
            Map<String, String> extra = new LinkedHashMap<>();
            raw.extra().forEach((name, value) -> {
                RawRow.Entry entry = new RawRow.Entry(name, value);
                if (fits(entry)) {
                    extra.put(name, clean(value.text()));
                }
            });
            return extra;
        }

        private boolean fits(RawRow.Entry entry) {
            Value value = entry.value();
            boolean tooLong = value instanceof Value.Items items
                    ? items.items().stream().anyMatch(item -> item.length() > maxCellLength)
                    : value.text().length() > maxCellLength;
            if (tooLong) {
                bad(entry, "cell longer than " + maxCellLength + " characters");
            }
            return !tooLong;
        }

        private <T> T bad(RawRow.Entry entry, String message) {
            String column = Values.shortened(entry.column(), RowError.MAX_COLUMN_LENGTH);
            String prefix = column + ": ";
            problems.add(new RawRow.Problem(column, message.startsWith(prefix) ? message : prefix + message));
            return null;
        }
    }

    @FunctionalInterface
    private interface Parser<T> {
        T parse(Value value) throws Values.BadValue;
    }

    /** Trimmed, with Windows line ends made plain. */
    static String clean(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
