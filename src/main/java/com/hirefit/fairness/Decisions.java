package com.hirefit.fairness;

import com.hirefit.decision.DecisionEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The recruiters' standing decisions on the assessments of a period (the decision trail's derived table), with the
 * role of whoever made each: the workspace roles of the user, or API for a machine's key. For the decision view and
 * the override rates.
 */
@Repository("auditDecisions")
class Decisions {
    private final JdbcClient db;

    Decisions(JdbcClient db) {
        this.db = db;
    }

    /** A decision that stands on an assessment: ADVANCE, REJECT or HOLD, whether it overrode, and the decider's role. */
    record Standing(String decision, boolean override, String decidedAs) {
    }

    Map<String, Standing> standing(String jobId, LocalDate from, LocalDate to) {
        List<Object> params = new ArrayList<>(List.of(AuditData.start(from), AuditData.start(to.plusDays(1))));
        if (jobId != null) {
            params.add(jobId);
        }
        Map<String, String[]> rows = new HashMap<>();
        db.sql("SELECT d.assessment_id, d.decision, d.is_override, e.decided_by, e.via FROM assessment_decision d"
                        + " JOIN decision_event e ON e.event_id = d.event_id JOIN assessment a ON a.assessment_id = d.assessment_id"
                        + " WHERE d.decision IS NOT NULL AND a.created_at >= ? AND a.created_at < ?"
                        + (jobId == null ? "" : " AND a.job_id = ?"))
                .params(params)
                .query(rs -> {
                    rows.put(rs.getString(1), new String[] {rs.getString(2), String.valueOf(rs.getBoolean(3)), rs.getString(4),
                            rs.getString(5)});
                });
        Map<String, TreeSet<String>> roles = new HashMap<>();
        db.sql("SELECT username, authority FROM app_user_role").query(rs -> {
            roles.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2).replaceFirst("^ROLE_", ""));
        });
        Map<String, Standing> standing = new HashMap<>();
        rows.forEach((id, row) -> standing.put(id, new Standing(row[0], Boolean.parseBoolean(row[1]), roleOf(row[2], row[3], roles))));
        return standing;
    }

    private static String roleOf(String decidedBy, String via, Map<String, TreeSet<String>> roles) {
        if (DecisionEvent.API.equals(via)) {
            return "API";
        }
        TreeSet<String> held = roles.get(decidedBy);
        return held == null ? "FORMER_USER" : String.join("+", held);
    }
}
