package com.hirefit.rules;

import java.util.Collection;
import java.util.EventListener;
import java.util.List;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

/**
 * What one evaluation left in working memory. {@link #run} takes an empty session from the rule base's pool, inserts
 * the facts, fires the stages in order, collects every fact the session then holds and returns the session (reset).
 * Each evaluation has its own listeners (what fired, a trace), so evaluations on other threads never mix.
 */
public record Evaluation(List<Object> facts) {

    /**
     * @param side      which evaluation: its session comes from that side's pool, its stages fire in order
     * @param listeners agenda and working-memory listeners for this evaluation only (null entries are skipped)
     */
    public static Evaluation run(RuleBase rules, Stages.Side side, Collection<?> facts, EventListener... listeners) {
        List<String> stages = rules.stages().order(side);
        KieSession session = rules.newSession(side);
        for (EventListener listener : listeners) {
            if (listener instanceof AgendaEventListener agenda) {
                session.addEventListener(agenda);
            }
            if (listener instanceof RuleRuntimeEventListener runtime) {
                session.addEventListener(runtime);
            }
        }
        try {
            facts.forEach(session::insert);
            // The agenda is a stack: push the last stage first so the first stage fires first.
            for (int i = stages.size() - 1; i >= 0; i--) {
                session.getAgenda().getAgendaGroup(stages.get(i)).setFocus();
            }
            session.fireAllRules();
            return new Evaluation(List.copyOf(session.getObjects()));
        } finally {
            session.dispose();
        }
    }

    public <T> List<T> all(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public <T> T one(Class<T> type) {
        return all(type).stream().findFirst().orElse(null);
    }
}
