package db.migration;

import com.hirefit.screening.CandidateAssessment;
import com.hirefit.screening.ResultIndex;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * The results pages' indexes (see {@link ResultIndex}), and the resume facts kept for the candidate page, which
 * shows the phrases that became evidence. Java rather than SQL only because the assessments stored before it are
 * indexed from their result JSON here, so that they filter like new ones. Portable: H2 and PostgreSQL.
 */
public class V7__Results_index extends BaseJavaMigration {
    private static final String[] DDL = {
        "ALTER TABLE assessment ADD COLUMN verdict_rank SMALLINT",
        "ALTER TABLE assessment ADD COLUMN seniority VARCHAR(20)",
        "ALTER TABLE assessment ADD COLUMN pay_check VARCHAR(60)",
        // Flag and risk codes, one row each, so that a filter reads an index instead of every result.
        "CREATE TABLE assessment_code (assessment_id VARCHAR(36) NOT NULL REFERENCES assessment (assessment_id) ON DELETE CASCADE,"
                + " kind VARCHAR(10) NOT NULL, code VARCHAR(60) NOT NULL, PRIMARY KEY (assessment_id, kind, code))",
        "CREATE INDEX assessment_code_code ON assessment_code (code, kind, assessment_id)",
        "CREATE INDEX assessment_screening_verdict ON assessment (screening_id, verdict_rank, recommended_role, row_no)",
        "CREATE INDEX assessment_screening_role ON assessment (screening_id, recommended_role, row_no)",
        "CREATE INDEX assessment_job ON assessment (job_id, created_at)",
        "CREATE INDEX screening_job ON screening (job_id, created_at)",
        "CREATE INDEX assessment_job_verdict ON assessment (job_id, verdict_rank, recommended_role, created_at)",
        // The resume facts a decision was made on (no name, no contact), personal data like the person row they
        // belong to: erasing the person erases them.
        "CREATE TABLE person_resume (person_id VARCHAR(36) PRIMARY KEY REFERENCES person (person_id) ON DELETE CASCADE,"
                + " facts VARCHAR(10000000) NOT NULL)",
    };

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        try (Statement ddl = db.createStatement()) {
            for (String statement : DDL) {
                ddl.execute(statement);
            }
        }
        JsonMapper json = JsonMapper.builder().build();
        try (Statement select = db.createStatement();
             ResultSet rows = select.executeQuery("SELECT assessment_id, result FROM assessment");
             PreparedStatement update = db.prepareStatement(
                     "UPDATE assessment SET verdict_rank = ?, seniority = ?, pay_check = ? WHERE assessment_id = ?");
             PreparedStatement code = db.prepareStatement("INSERT INTO assessment_code (assessment_id, kind, code) VALUES (?, ?, ?)")) {
            while (rows.next()) {
                String id = rows.getString(1);
                ResultIndex index = ResultIndex.of(json.readValue(rows.getString(2), CandidateAssessment.class));
                update.setInt(1, index.verdictRank());
                setOrNull(update, 2, index.seniority());
                setOrNull(update, 3, index.payCheck());
                update.setString(4, id);
                update.executeUpdate();
                for (ResultIndex.Code c : index.codes()) {
                    code.setString(1, id);
                    code.setString(2, c.kind().name());
                    code.setString(3, c.code());
                    code.executeUpdate();
                }
            }
        }
    }

    private static void setOrNull(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
