package com.hirefit.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.candidate.PersonStore;
import com.hirefit.vocabulary.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:results-store;DB_CLOSE_DELAY=-1", "hirefit.rules.watch=false"})
class ResultsStoreOnH2Test extends ResultsStoreTest {
    private static final Pattern INDEX = Pattern.compile("/\\* PUBLIC\\.([A-Z_0-9]+)");

    @Autowired
    JdbcClient db;

    @Autowired
    PersonStore persons;

    /**
     * A stored row is about 10 KB, so a search that read the rows to test them read the whole screening (6 s on
     * 100,000 rows): the count and the page's choice must be answered from an index that holds every column they
     * read, and only the page's rows be read, by key.
     */
    @Test
    void aSearchIsAnsweredFromAnIndexThatHoldsEveryColumnItReadsAndReadsOnlyThePagesRows() {
        List<String> shared = List.of("VERDICT_RANK", "RECOMMENDED_ROLE", "SENIORITY", "CANDIDATE_ID", "PERSON_ID", "ASSESSMENT_ID");
        for (ResultsStore.Scope scope : List.of(ResultsStore.Scope.screening(screeningId), ResultsStore.Scope.job(jobId))) {
            List<String> read = new ArrayList<>(shared);
            read.addAll(scope.screeningId() != null ? List.of("SCREENING_ID", "ROW_NO") : List.of("JOB_ID", "CREATED_AT"));
            for (ResultsStore.Sort sort : ResultsStore.Sort.values()) {
                for (Verdict verdict : new Verdict[] {null, Verdict.REVIEW}) {
                    ResultsStore.Filter filter = new ResultsStore.Filter(verdict, null, null, null, "okafor", sort, false, 0, 25);
                    ResultsStore.Where where = ResultsStore.where(scope, filter, persons);
                    List<Object> params = new ArrayList<>(where.params());
                    String count = explain(ResultsStore.countQuery(where.sql()), params);
                    assertThat(columnsOf(firstIndex(count))).as(count).containsAll(read);
                    params.add(25);
                    params.add(0L);
                    String page = explain(ResultsStore.pageQuery(scope, filter, where.sql()), params);
                    assertThat(firstIndex(page)).as(page).startsWith("PRIMARY_KEY");
                    assertThat(page).as(page).containsPattern("ASSESSMENT_ID IN\\(\\s*SELECT");
                    Matcher inner = INDEX.matcher(page);
                    assertThat(inner.find() && inner.find()).as(page).isTrue();
                    assertThat(columnsOf(inner.group(1))).as(page).containsAll(read);
                }
            }
        }
    }

    private String explain(String sql, List<Object> params) {
        return db.sql("EXPLAIN " + sql).params(params).query(String.class).single();
    }

    private static String firstIndex(String plan) {
        Matcher index = INDEX.matcher(plan);
        assertThat(index.find()).as(plan).isTrue();
        return index.group(1);
    }

    private List<String> columnsOf(String index) {
        return db.sql("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE INDEX_NAME = ?")
                .param(index.toUpperCase(Locale.ROOT)).query(String.class).list();
    }
}
