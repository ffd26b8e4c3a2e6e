package com.hirefit.screening;

import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Records every rule that fires in one session, in firing order, with its file, code and reason. */
final class FiringRecorder extends DefaultAgendaEventListener {
    private final RuleBase rules;
    private final List<FiredRule> fired = new ArrayList<>();

    FiringRecorder(RuleBase rules) {
        this.rules = rules;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        String name = event.getMatch().getRule().getName();
        RuleInfo info = rules.rule(name);
        fired.add(info == null
                ? new FiredRule(name, null, null, null)
                : new FiredRule(name, info.file(), info.code(), info.reason()));
    }

    List<FiredRule> fired() {
        return List.copyOf(fired);
    }
}
