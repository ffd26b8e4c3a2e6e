package com.hirefit.screening;

import com.hirefit.rules.RuleBase;
import java.util.Collection;
import java.util.List;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

/**
 * One evaluation: an empty session from the rule base's pool, the facts inserted, the rule groups fired in stage
 * order, everything the rules concluded collected, the session returned (reset). Each evaluation has its own
 * listeners, so traces never mix.
 */
record RuleSession(List<Object> facts, List<FiredRule> fired) {

    /** The rule groups of a job evaluation, in firing order. */
    static final List<String> JOB_STAGES = List.of("company", "job-risks", "pay-bands", "hiring-notes");
    /** The rule groups of a candidate evaluation, in firing order. */
    static final List<String> CANDIDATE_STAGES = List.of("evidence", "roles", "role-fit", "flags", "risks",
            "seniority-evidence", "seniority", "pay-bands", "pay-check", "interview", "verdict");

    static RuleSession run(RuleBase rules, Collection<?> facts, List<String> stages) {
        return run(rules, facts, stages, null);
    }

    /** As {@link #run(RuleBase, Collection, List)}, also recording the full trace into {@code trace} when not null. */
    static RuleSession run(RuleBase rules, Collection<?> facts, List<String> stages, TraceRecorder trace) {
        KieSession session = rules.newSession();
        FiringRecorder recorder = new FiringRecorder(rules);
        session.addEventListener(recorder);
        if (trace != null) {
            session.addEventListener((AgendaEventListener) trace);
            session.addEventListener((RuleRuntimeEventListener) trace);
        }
        try {
            facts.forEach(session::insert);
            // The agenda is a stack: push the last stage first so the first stage fires first.
            for (int i = stages.size() - 1; i >= 0; i--) {
                session.getAgenda().getAgendaGroup(stages.get(i)).setFocus();
            }
            session.fireAllRules();
            return new RuleSession(List.copyOf(session.getObjects()), recorder.fired());
        } finally {
            session.dispose();
        }
    }

    <T> List<T> all(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T> T one(Class<T> type) {
        return all(type).stream().findFirst().orElse(null);
    }
}
