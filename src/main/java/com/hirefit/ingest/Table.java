package com.hirefit.ingest;

import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/** The header row of a spreadsheet (CSV or xlsx) and how each data row's cells map to a raw row. */
final class Table {
    /** How many headers a "no Candidate ID column" error lists (each cut to 60 characters), so it stays readable. */
    private static final int LISTED_HEADERS = 20;

    private final List<String> headers;
    private final List<Columns.Slot> slots;
    private final IntFunction<String> unnamed;
    private final ReportBuilder report;

    private Table(List<String> headers, List<Columns.Slot> slots, IntFunction<String> unnamed, ReportBuilder report) {
        this.headers = headers;
        this.slots = slots;
        this.unnamed = unnamed;
        this.report = report;
    }

    /**
     * Reads a header row. Protected columns are reported as dropped and named unknown columns as extra.
     *
     * @param unnamed the name for a column without a header at a 0-based position
     * @throws IngestException when no column maps to Candidate ID
     */
    static Table of(List<String> headers, IntFunction<String> unnamed, ReportBuilder report, Rows rows) throws IngestException {
        List<Columns.Slot> slots = rows.slots(headers, unnamed);
        boolean hasId = slots.stream().anyMatch(slot -> slot instanceof Columns.Mapped mapped
                && mapped.field() == Column.CANDIDATE_ID);
        if (!hasId) {
            List<String> named = headers.stream().filter(h -> h != null && !h.isBlank()).toList();
            String found = named.stream().limit(LISTED_HEADERS).map(h -> Values.quote(h.strip())).collect(Collectors.joining(", "))
                    + (named.size() > LISTED_HEADERS ? " and " + (named.size() - LISTED_HEADERS) + " more" : "");
            throw new IngestException("Cannot read " + report.file() + ": no Candidate ID column (a header such as"
                    + " 'Candidate ID', 'ID' or 'Applicant ID'); headers found: "
                    + (found.isEmpty() ? "none" : found));
        }
        for (Columns.Slot slot : slots) {
            if (slot instanceof Columns.Dropped dropped) {
                report.dropped(dropped.header(), dropped.verdict());
            } else if (slot instanceof Columns.Extra extra) {
                report.extra(extra.name());
            }
        }
        return new Table(List.copyOf(headers), slots, unnamed, report);
    }

    int width() {
        return slots.size();
    }

    /** Whether the column at a 0-based position is one never to be looked at (a protected one, or one of no use). */
    boolean isDropped(int index) {
        return index < slots.size() && (slots.get(index) instanceof Columns.Dropped || slots.get(index) instanceof Columns.Ignored);
    }

    /** The name an error about the cell at a 0-based position should give. */
    String columnName(int index) {
        if (index >= slots.size()) {
            return unnamed.apply(index);
        }
        Columns.Slot slot = slots.get(index);
        if (slot instanceof Columns.Mapped mapped) {
            return mapped.field().label();
        }
        if (slot instanceof Columns.Unnamed blank) {
            return blank.name();
        }
        return Values.shortened(headers.get(index).strip(), RowError.MAX_COLUMN_LENGTH);
    }

    /**
     * Sorts one data row's cells into a raw row. Protected cells are never looked at; cells beyond the header
     * or under a blank header are kept as extra under a made-up name.
     */
    RawRow row(int rowNumber, List<? extends Value> cells) {
        RawRow raw = new RawRow(rowNumber);
        for (int i = 0; i < cells.size(); i++) {
            Value value = cells.get(i);
            Columns.Slot slot = i < slots.size() ? slots.get(i) : new Columns.Unnamed(unnamed.apply(i));
            if (isDropped(i) || value == null || value.isBlank()) {
                continue;
            }
            if (slot instanceof Columns.SelfId answer) {
                raw.putAnswer(answer.answer(), answer.header(), value);
            } else if (slot instanceof Columns.Mapped mapped) {
                raw.put(mapped.field(), value);
            } else if (slot instanceof Columns.Extra extra) {
                raw.putExtra(extra.name(), value);
            } else if (slot instanceof Columns.Unnamed blank) {
                report.extra(blank.name());
                raw.putExtra(blank.name(), value);
            }
        }
        return raw;
    }

    /** Whether every cell of a row is empty or white space. */
    static boolean isBlank(List<? extends Value> cells) {
        return cells.stream().allMatch(value -> value == null || value.isBlank());
    }
}
