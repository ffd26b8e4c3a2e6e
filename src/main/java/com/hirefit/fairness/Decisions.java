package com.hirefit.fairness;

import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Repository;

/**
 * The recruiters' standing decisions on assessments, for the decision view and the override rates. Until the decision
 * trail exists in this database, there are none.
 */
@Repository
class Decisions {
    /** A decision that stands on an assessment: ADVANCE, REJECT or HOLD, whether it overrode, and the decider's role. */
    record Standing(String decision, boolean override, String decidedAs) {
    }

    Map<String, Standing> standing(Collection<String> assessmentIds) {
        return Map.of();
    }
}
