package com.hirefit.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The cells of one input row sorted by column, before validation. Readers fill it, {@link RowMapper} checks it. */
final class RawRow {

    /** A cell of a canonical field; {@code column} is what an error about it names. */
    record Entry(String column, Value value) {
    }

    /** Something a reader already found wrong with the row. */
    record Problem(String column, String message) {
    }

    private final int row;
    private final Map<Column, List<Entry>> fields = new EnumMap<>(Column.class);
    private final Map<String, Value> extra = new LinkedHashMap<>();
    private final Map<SelfIdRows.Answer, List<Entry>> answers = new EnumMap<>(SelfIdRows.Answer.class);
    private final List<Problem> problems = new ArrayList<>();

    RawRow(int row) {
        this.row = row;
    }

    int row() {
        return row;
    }

    RawRow put(Column field, Value value) {
        return put(field, field.label(), value);
    }

    RawRow put(Column field, String column, Value value) {
        if (value != null && !value.isBlank()) {
            fields.computeIfAbsent(field, f -> new ArrayList<>()).add(new Entry(column, value));
        }
        return this;
    }

    RawRow putExtra(String name, Value value) {
        if (value != null && !value.isBlank()) {
            extra.put(name, value);
        }
        return this;
    }

    /** A self-identification answer (a row may have several columns of a kind: race, and Hispanic or Latino apart). */
    RawRow putAnswer(SelfIdRows.Answer answer, String column, Value value) {
        answers.computeIfAbsent(answer, a -> new ArrayList<>()).add(new Entry(column, value));
        return this;
    }

    Map<SelfIdRows.Answer, List<Entry>> answers() {
        return answers;
    }

    RawRow problem(String column, String message) {
        problems.add(new Problem(column, message));
        return this;
    }

    List<Entry> entries(Column field) {
        return fields.getOrDefault(field, List.of());
    }

    Map<String, Value> extra() {
        return extra;
    }

    List<Problem> problems() {
        return problems;
    }
}
