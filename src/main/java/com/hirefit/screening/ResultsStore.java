package com.hirefit.screening;

import com.hirefit.candidate.PersonStore;
import com.hirefit.vocabulary.Verdict;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The results table of one screening, or of one job across its uploads and webhook deliveries: filtered, sorted and
 * paged in the database, from the indexed columns and the code table of {@link ResultIndex} (never by reading the
 * stored results), with names looked up in the personal data store (absent once erased), which may be another
 * database (see {@code PersonalData}). A page of a 100,000-row screening
 * costs the same as one of a hundred rows wherever the order has an index behind it.
 */
@Repository
public class ResultsStore {
    /** The most people a search by name filters on; a term that matches more names is too broad to page through. */
    public static final int MAX_NAME_MATCHES = 5_000;
    private final JdbcClient db;
    private final PersonStore persons;

    ResultsStore(JdbcClient db, PersonStore persons) {
        this.db = db;
        this.persons = persons;
    }

    /** Whose results: one screening, or every assessment of one job. */
    public record Scope(String screeningId, String jobId) {
        public static Scope screening(String id) {
            return new Scope(id, null);
        }

        public static Scope job(String id) {
            return new Scope(null, id);
        }

        String column() {
            return screeningId != null ? "a.screening_id" : "a.job_id";
        }

        String value() {
            return screeningId != null ? screeningId : jobId;
        }
    }

    /**
     * The orders the table offers. {@code INPUT} is the file's order for a screening, newest first for a job. No order
     * by name: names live in the personal data store, apart from the records (search by name instead).
     */
    public enum Sort {
        INPUT, VERDICT, ROLE, SENIORITY, CANDIDATE_ID
    }

    /** What to show: each filter null when unused; {@code role} "NONE" for candidates without role evidence. */
    public record Filter(Verdict verdict, String role, String flag, String risk, String search, Sort sort, boolean descending,
                         int page, int size) {
        public static final String NO_ROLE = "NONE";
    }

    /** One row of the table. */
    public record Row(String assessmentId, String candidateId, String name, Integer row, String source, String screeningId,
                      Verdict verdict, String recommendedRole, String seniority, String payCheck, List<String> greenFlags,
                      List<String> yellowFlags, List<String> risks, java.time.Instant createdAt) {
    }

    /**
     * One page of the table; {@code namesCapped}: the search's term is in more than {@link #MAX_NAME_MATCHES} names,
     * and only the first of them were searched (with every Candidate ID it starts), which the page must say.
     */
    public record Page(List<Row> rows, long total, int page, int size, boolean namesCapped) {
        /** How many names a search covers at most. */
        public int nameLimit() {
            return MAX_NAME_MATCHES;
        }

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** How many results have each verdict and each best-fit role ("NONE": no role evidence). */
    public record Counts(Map<Verdict, Long> verdicts, Map<String, Long> roles, long total) {
    }

    public Page page(Scope scope, Filter filter) {
        Where where = where(scope, filter, persons);
        long total = db.sql(countQuery(where.sql())).params(where.params()).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(where.params());
        pageParams.add(filter.size());
        pageParams.add((long) filter.page() * filter.size());
        List<Unnamed> rows = db.sql(pageQuery(scope, filter, where.sql())).params(pageParams).query(this::row).list();
        return new Page(withCodes(named(rows)), total, filter.page(), filter.size(), where.namesCapped());
    }

    static String countQuery(String where) {
        return "SELECT COUNT(*) FROM assessment a" + where;
    }

    /**
     * The page's ids are chosen in the inner query, which reads only columns its scope's covering index holds (V11),
     * and the outer one reads those rows alone: a stored row is about 10 KB, and a filter the index cannot range over
     * (a search) read every row of the screening otherwise. The inner {@code a} hides the outer one.
     */
    static String pageQuery(Scope scope, Filter filter, String where) {
        String order = orderBy(scope, filter);
        return "SELECT a.assessment_id, a.candidate_id, a.person_id, a.row_no, a.source, a.screening_id, a.verdict,"
                + " a.recommended_role, a.seniority, a.pay_check, a.created_at FROM assessment a WHERE a.assessment_id IN"
                + " (SELECT a.assessment_id FROM assessment a" + where + order + " LIMIT ? OFFSET ?)" + order;
    }

    public Counts counts(Scope scope) {
        Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
        Map<String, Long> roles = new HashMap<>();
        long[] total = {0};
        db.sql("SELECT a.verdict_rank, a.recommended_role, COUNT(*) FROM assessment a WHERE " + scope.column() + " = ?"
                        + " GROUP BY a.verdict_rank, a.recommended_role")
                .param(scope.value())
                .query((ResultSet rs) -> {
                    Verdict verdict = ResultIndex.DISPLAY_ORDER.get(rs.getInt(1));
                    String role = rs.getString(2) == null ? Filter.NO_ROLE : rs.getString(2);
                    long n = rs.getLong(3);
                    verdicts.merge(verdict, n, Long::sum);
                    roles.merge(role, n, Long::sum);
                    total[0] += n;
                });
        Map<Verdict, Long> ordered = new LinkedHashMap<>();
        ResultIndex.DISPLAY_ORDER.forEach(v -> ordered.put(v, verdicts.getOrDefault(v, 0L)));
        return new Counts(ordered, roles, total[0]);
    }

    private static final java.util.regex.Pattern PERSON_ID = java.util.regex.Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    /** A filter as SQL: the WHERE clause, its parameters, and whether the search's name matches were cut. */
    record Where(String sql, List<Object> params, boolean namesCapped) {
    }

    static Where where(Scope scope, Filter filter, PersonStore persons) {
        List<Object> params = new ArrayList<>();
        boolean capped = false;
        StringBuilder where = new StringBuilder(" WHERE " + scope.column() + " = ?");
        params.add(scope.value());
        if (filter.verdict() != null) {
            where.append(" AND a.verdict_rank = ?");
            params.add(ResultIndex.rank(filter.verdict()));
        }
        if (Filter.NO_ROLE.equals(filter.role())) {
            where.append(" AND a.recommended_role IS NULL");
        } else if (filter.role() != null) {
            where.append(" AND a.recommended_role = ?");
            params.add(filter.role());
        }
        if (filter.flag() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM assessment_code c WHERE c.assessment_id = a.assessment_id AND c.code = ?"
                    + " AND c.kind IN ('GREEN', 'YELLOW'))");
            params.add(filter.flag());
        }
        if (filter.risk() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM assessment_code c WHERE c.assessment_id = a.assessment_id AND c.code = ?"
                    + " AND c.kind = 'RISK')");
            params.add(filter.risk());
        }
        if (filter.search() != null) {
            String term = filter.search().strip();
            String id = term.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            // Names are matched in the personal data store alone, then its matches looked up by id: joining every row
            // of a large screening to its person to test the name cost seconds on H2 (docs/performance.md).
            List<String> named = persons.idsNamed(term, MAX_NAME_MATCHES + 1);
            capped = named.size() > MAX_NAME_MATCHES;
            named = named.subList(0, Math.min(named.size(), MAX_NAME_MATCHES));
            where.append(" AND (LOWER(a.candidate_id) LIKE ? ESCAPE '\\'");
            params.add(id + "%");
            List<String> ids = named.stream().filter(n -> PERSON_ID.matcher(n).matches()).toList();
            if (!ids.isEmpty()) {
                // Written as literals, not parameters: both databases test a list of constants against a hash set, while
                // H2 compares each row with every parameter in turn (13 s for 3,315 names over 100,000 rows). Only
                // ids of the store's own UUID form are written, so nothing else can reach the SQL text.
                where.append(" OR a.person_id IN (").append(ids.stream().map(n -> "'" + n + "'").collect(java.util.stream.Collectors.joining(", "))).append(")");
            }
            where.append(")");
        }
        return new Where(where.toString(), params, capped);
    }

    private static String orderBy(Scope scope, Filter filter) {
        String direction = filter.descending() ? " DESC" : " ASC";
        String tieBreak = scope.screeningId() != null ? ", a.row_no" + direction : ", a.created_at DESC, a.assessment_id";
        return switch (filter.sort()) {
            case INPUT -> scope.screeningId() != null ? " ORDER BY a.row_no" + direction
                    : " ORDER BY a.created_at" + (filter.descending() ? " ASC" : " DESC") + ", a.assessment_id";
            case VERDICT -> " ORDER BY a.verdict_rank" + direction + tieBreak;
            case ROLE -> " ORDER BY a.recommended_role" + direction + " NULLS LAST" + tieBreak;
            case SENIORITY -> " ORDER BY a.seniority" + direction + " NULLS LAST" + tieBreak;
            case CANDIDATE_ID -> " ORDER BY a.candidate_id" + direction + tieBreak;
        };
    }

    /** A row as the query reads it: the key to its person's name, not the name. */
    private record Unnamed(Row row, String personId) {
    }

    private Unnamed row(ResultSet rs, int n) throws SQLException {
        int row = rs.getInt("row_no");
        Integer rowNo = rs.wasNull() ? null : row;
        return new Unnamed(new Row(rs.getString("assessment_id"), rs.getString("candidate_id"), null, rowNo,
                rs.getString("source"), rs.getString("screening_id"), Verdict.valueOf(rs.getString("verdict")),
                rs.getString("recommended_role"), rs.getString("seniority"), rs.getString("pay_check"), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), rs.getObject("created_at", OffsetDateTime.class).toInstant()), rs.getString("person_id"));
    }

    /** The page's rows with their names, looked up at once. */
    private List<Row> named(List<Unnamed> rows) {
        Map<String, String> names = persons.names(rows.stream().map(Unnamed::personId).toList());
        return rows.stream().map(u -> {
            Row r = u.row();
            return new Row(r.assessmentId(), r.candidateId(), names.get(u.personId()), r.row(), r.source(), r.screeningId(),
                    r.verdict(), r.recommendedRole(), r.seniority(), r.payCheck(), r.greenFlags(), r.yellowFlags(), r.risks(),
                    r.createdAt());
        }).toList();
    }

    /** The page's flag and risk codes, in one query for all its rows. */
    private List<Row> withCodes(List<Row> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, Row> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.assessmentId(), r));
        String marks = String.join(", ", java.util.Collections.nCopies(rows.size(), "?"));
        db.sql("SELECT assessment_id, kind, code FROM assessment_code WHERE assessment_id IN (" + marks + ") ORDER BY kind, code")
                .params(rows.stream().map(Row::assessmentId).map(Object.class::cast).toList())
                .query((ResultSet rs) -> {
                    Row r = byId.get(rs.getString(1));
                    switch (ResultIndex.Kind.valueOf(rs.getString(2))) {
                        case GREEN -> r.greenFlags().add(rs.getString(3));
                        case YELLOW -> r.yellowFlags().add(rs.getString(3));
                        case RISK -> r.risks().add(rs.getString(3));
                    }
                });
        return rows;
    }
}
