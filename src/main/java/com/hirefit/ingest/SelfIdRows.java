package com.hirefit.ingest;

import com.hirefit.candidate.Candidate;
import com.hirefit.candidate.RaceEthnicity;
import com.hirefit.candidate.SelfIdentification;
import com.hirefit.candidate.Sex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The rows of a self-identification table: the Candidate ID column and the sex and race/ethnicity columns (headers the
 * protected-attribute lists name with certainty, "Gender", "Race", "Ethnicity", "Hispanic or Latino"...); every other
 * column is ignored unread. Race may come in one column or as the EEO form asks it, a Hispanic or Latino question
 * (yes/no) beside a race column. An answer that names no EEO-1 category is an error naming the row and the column,
 * never quoting the answer; a blank or declined one is "not disclosed".
 */
final class SelfIdRows implements Rows {
    /** Reveals of {@link ProtectedAttributes} that self-identification columns carry (protected-attributes.yaml). */
    static final String SEX = "sex or gender";
    static final String RACE = "race, ethnicity or colour";

    /** The kinds of self-identification column. */
    enum Answer { SEX, RACE_ETHNICITY, HISPANIC_OR_LATINO }

    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "hispanic or latino", "hispanic", "latino");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "not hispanic or latino", "non hispanic",
            "not hispanic", "not hispanic latino");

    private final SelfIdSink sink;
    private final int maxRows;
    private final Set<String> seen = new HashSet<>();
    private final String file;
    private int rows;

    SelfIdRows(String file, SelfIdSink sink, int maxRows) {
        this.file = file;
        this.sink = sink;
        this.maxRows = maxRows;
    }

    @Override
    public List<Columns.Slot> slots(List<String> headers, IntFunction<String> unnamed) throws IngestException {
        List<Columns.Slot> slots = new ArrayList<>();
        for (String header : headers) {
            String name = header == null ? "" : header.strip();
            var field = Columns.canonical(name);
            var verdict = ProtectedAttributes.classify(name).filter(ProtectedAttributes.Verdict::certain);
            if (field.isPresent() && field.get() == Column.CANDIDATE_ID && verdict.isEmpty()) {
                slots.add(new Columns.Mapped(Column.CANDIDATE_ID));
            } else if (verdict.isPresent() && verdict.get().reveals().equals(SEX)) {
                slots.add(new Columns.SelfId(name, Answer.SEX));
            } else if (verdict.isPresent() && verdict.get().reveals().equals(RACE)) {
                String compact = Columns.compact(name);
                slots.add(new Columns.SelfId(name, compact.contains("hispanic") || compact.contains("latin")
                        ? Answer.HISPANIC_OR_LATINO : Answer.RACE_ETHNICITY));
            } else {
                slots.add(new Columns.Ignored());
            }
        }
        if (slots.stream().noneMatch(Columns.SelfId.class::isInstance)) {
            throw new IngestException("Cannot read self-identification from " + file + ": no sex or race/ethnicity column"
                    + " (a header such as 'Sex', 'Gender', 'Race', 'Ethnicity' or 'Hispanic or Latino')");
        }
        return slots;
    }

    int rows() {
        return rows;
    }

    @Override
    public void expect(int dataRows) {
    }

    @Override
    public void reject(int row, String column, String message) {
        if (rows++ < maxRows) {
            sink.reject(new RowError(row, column, message));
        }
    }

    @Override
    public void map(RawRow raw) {
        if (rows++ >= maxRows) {
            return;
        }
        List<RawRow.Entry> ids = raw.entries(Column.CANDIDATE_ID);
        String id = ids.isEmpty() ? "" : ids.get(0).value().text().strip();
        String idColumn = Column.CANDIDATE_ID.label();
        if (id.isEmpty()) {
            sink.reject(new RowError(raw.row(), idColumn, "no Candidate ID"));
        } else if (id.length() > Candidate.MAX_ID_LENGTH) {
            sink.reject(new RowError(raw.row(), idColumn, "longer than " + Candidate.MAX_ID_LENGTH + " characters"));
        } else if (!seen.add(id)) {
            sink.reject(new RowError(raw.row(), idColumn, "the same Candidate ID as an earlier row"));
        } else {
            try {
                sink.accept(answer(id, raw));
            } catch (Bad bad) {
                sink.reject(new RowError(raw.row(), bad.column, bad.column + ": " + bad.getMessage()));
            }
        }
    }

    private static SelfIdentification answer(String id, RawRow raw) {
        Sex sex = null;
        for (RawRow.Entry entry : raw.answers().getOrDefault(Answer.SEX, List.of())) {
            Sex said = parse(entry, Sex::parse);
            if (said != null && sex != null && said != sex) {
                throw new Bad(entry.column(), "disagrees with an earlier sex column");
            }
            sex = said != null ? said : sex;
        }
        Boolean hispanic = null;
        for (RawRow.Entry entry : raw.answers().getOrDefault(Answer.HISPANIC_OR_LATINO, List.of())) {
            String words = SelfIdentification.words(entry.value().text());
            hispanic = YES.contains(words) ? Boolean.TRUE : NO.contains(words) ? Boolean.FALSE
                    : parse(entry, RaceEthnicity::parse) == RaceEthnicity.HISPANIC_OR_LATINO ? Boolean.TRUE : hispanic;
        }
        RaceEthnicity race = null;
        for (RawRow.Entry entry : raw.answers().getOrDefault(Answer.RACE_ETHNICITY, List.of())) {
            String words = SelfIdentification.words(entry.value().text());
            if (NO.contains(words)) {
                hispanic = hispanic == null ? Boolean.FALSE : hispanic;
                continue;
            }
            RaceEthnicity said = parse(entry, RaceEthnicity::parse);
            if (said != null && race != null && said != race) {
                throw new Bad(entry.column(), "names another category than an earlier race/ethnicity column");
            }
            race = said != null ? said : race;
        }
        // EEO-1: anyone Hispanic or Latino is counted there, whatever race they also gave.
        if (Boolean.TRUE.equals(hispanic)) {
            race = RaceEthnicity.HISPANIC_OR_LATINO;
        }
        return new SelfIdentification(id, sex, race);
    }

    private static <T> T parse(RawRow.Entry entry, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(entry.value().text());
        } catch (IllegalArgumentException e) {
            throw new Bad(entry.column(), e.getMessage());
        }
    }

    /** An answer that names no category: the row becomes an error on this column. */
    private static final class Bad extends RuntimeException {
        private final String column;

        Bad(String column, String message) {
            super(message, null, false, false);
            this.column = Values.shortened(column, RowError.MAX_COLUMN_LENGTH);
        }
    }
}
