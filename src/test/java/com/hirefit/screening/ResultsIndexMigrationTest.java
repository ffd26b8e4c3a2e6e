package com.hirefit.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V7 indexes the assessments stored before it from their result JSON, so that they filter like new ones: an
 * assessment written at V6 gets its verdict rank, seniority, pay check and flag and risk codes.
 */
class ResultsIndexMigrationTest {

    @Test
    void anAssessmentStoredBeforeV7IsIndexedFromItsResult() {
        DriverManagerDataSource data = new DriverManagerDataSource("jdbc:h2:mem:v7-backfill;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(data).target("6").load().migrate();
        JdbcClient db = JdbcClient.create(data);
        db.sql("INSERT INTO assessment (assessment_id, candidate_id, source, job_id, job_snapshot, input_hash, rules_version, verdict,"
                        + " recommended_role, result, created_at) VALUES ('a-1', 'C-1', 'api', 'J', '{}', 'h', 'v', 'REVIEW',"
                        + " 'LLM_ENGINEER', ?, CURRENT_TIMESTAMP)")
                .param("""
                        {"row": 0, "candidateId": "C-1", "verdict": "REVIEW", "verdictReasons": [], "recommendedRole": "LLM_ENGINEER",
                         "roleScores": {}, "seniority": "MID",
                         "greenFlags": [{"code": "RAG_DESIGN", "reason": "r", "rule": "g"}],
                         "yellowFlags": [{"code": "DEMO_ONLY", "reason": "r", "rule": "y"}],
                         "failureRisks": [{"code": "ML_HIRE_FOR_LLM_WORK", "reason": "r", "rule": "f"}],
                         "compensation": {"code": "PAY_ABOVE_BUDGET", "reason": "r", "expectedSalary": 1, "budgetMax": 0,
                                          "currency": "USD", "bands": []},
                         "interviewFocus": [], "firedRules": []}""")
                .update();

        Flyway.configure().dataSource(data).load().migrate();

        assertThat(db.sql("SELECT verdict_rank, seniority, pay_check FROM assessment WHERE assessment_id = 'a-1'")
                .query((rs, n) -> List.of(rs.getInt(1), rs.getString(2), rs.getString(3))).single())
                .containsExactly(ResultIndex.rank(com.hirefit.vocabulary.Verdict.REVIEW), "MID", "PAY_ABOVE_BUDGET");
        assertThat(db.sql("SELECT kind || ':' || code FROM assessment_code WHERE assessment_id = 'a-1' ORDER BY kind, code")
                .query(String.class).list())
                .containsExactly("GREEN:RAG_DESIGN", "RISK:ML_HIRE_FOR_LLM_WORK", "YELLOW:DEMO_ONLY");
    }
}
