package com.hirefit.web.workspace;

import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleInfo;
import com.hirefit.screening.Finding;
import com.hirefit.screening.FiredRule;
import java.util.List;

/**
 * A conclusion as the workspace shows it: its code, its reason, the rule that produced it (with where it is
 * written) and the source passage behind that rule, from the rules the service runs now. A rule that is no
 * longer installed keeps its code and reason; its source is then unknown.
 */
record Sourced(String code, String reason, String rule, String where, String source, List<String> evidence) {

    static Sourced of(Finding finding, RuleBase rules, List<String> evidence) {
        RuleInfo info = rules.rule(finding.rule());
        return new Sourced(finding.code(), finding.reason(), finding.rule(), where(info), info == null ? null : info.source(),
                evidence);
    }

    static Sourced of(FiredRule fired, RuleBase rules) {
        RuleInfo info = rules.rule(fired.rule());
        return new Sourced(fired.code(), fired.reason(), fired.rule(), where(info), info == null ? null : info.source(), List.of());
    }

    private static String where(RuleInfo info) {
        return info == null ? null : info.file() + ":" + info.line();
    }
}
