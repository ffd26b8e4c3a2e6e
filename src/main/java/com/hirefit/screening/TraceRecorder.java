package com.hirefit.screening;

import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * The full trace of one session, for explaining: per fired rule, the facts it matched and the facts its
 * consequence inserted. Used only when a trace is asked for, so ordinary screening does not pay for it.
 */
final class TraceRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private final RuleBase rules;
    private final List<TraceStep> steps = new ArrayList<>();
    private Rule firing;
    private List<Object> matched;
    private List<Object> produced;

    TraceRecorder(RuleBase rules) {
        this.rules = rules;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch().getRule();
        matched = MatchedFacts.of(event.getMatch());
        produced = new ArrayList<>();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        String name = event.getMatch().getRule().getName();
        RuleInfo info = rules.rule(name);
        steps.add(info == null
                ? new TraceStep(name, "?", 0, null, matched, produced)
                : new TraceStep(name, info.file(), info.line(), info.group(), matched, produced));
        firing = null;
        matched = null;
        produced = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        Rule rule = event.getRule();
        if (firing != null && rule != null && rule.getName().equals(firing.getName()) && event.getObject() != null) {
            produced.add(event.getObject());
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
    }

    List<TraceStep> steps() {
        return List.copyOf(steps);
    }
}
