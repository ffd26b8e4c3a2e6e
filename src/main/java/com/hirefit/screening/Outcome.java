package com.hirefit.screening;

import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleInfo;
import com.hirefit.rules.facts.BestRole;
import com.hirefit.rules.facts.Conclusion;
import com.hirefit.rules.facts.HireNeitherYet;
import com.hirefit.rules.facts.NeededRole;
import com.hirefit.rules.facts.PayBand;
import com.hirefit.rules.facts.RoleScore;
import com.hirefit.rules.facts.SeniorityLevel;
import com.hirefit.vocabulary.Role;
import com.hirefit.vocabulary.Seniority;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an evaluation left in working memory, sorted in one pass over its facts into what an assessment reports:
 * the conclusions by kind, the role scores, the best role, the seniority, the pay bands, the needed roles.
 */
final class Outcome {
    private final RuleBase rules;
    private final Map<Conclusion.Kind, List<Conclusion>> conclusions = new EnumMap<>(Conclusion.Kind.class);
    private final Map<Role, Integer> scores = new EnumMap<>(Role.class);
    private final List<PayBand> bands = new ArrayList<>(2);
    private final List<Role> needed = new ArrayList<>(2);
    private BestRole best;
    private SeniorityLevel seniority;
    private boolean hireNeitherYet;

    Outcome(RuleBase rules, List<Object> facts) {
        this.rules = rules;
        for (Object fact : facts) {
            if (fact instanceof Conclusion c) {
                conclusions.computeIfAbsent(c.kind(), k -> new ArrayList<>(4)).add(c);
            } else if (fact instanceof RoleScore s) {
                scores.put(s.role(), s.score());
            } else if (fact instanceof PayBand b) {
                bands.add(b);
            } else if (fact instanceof BestRole b && best == null) {
                best = b;
            } else if (fact instanceof SeniorityLevel s && seniority == null) {
                seniority = s;
            } else if (fact instanceof NeededRole n && !needed.contains(n.role())) {
                needed.add(n.role());
            } else if (fact instanceof HireNeitherYet) {
                hireNeitherYet = true;
            }
        }
    }

    /** The conclusions of one kind as findings, in vocabulary order (ties by code, then rule name), each once. */
    List<Finding> findings(Conclusion.Kind kind) {
        List<Conclusion> of = conclusions.get(kind);
        if (of == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>(of.size());
        for (Conclusion conclusion : of) {
            Finding finding = finding(conclusion);
            if (!findings.contains(finding)) {
                findings.add(finding);
            }
        }
        if (findings.size() > 1) {
            findings.sort(Comparator.comparingInt((Finding f) -> rules.vocabulary().order(f.code()))
                    .thenComparing(Finding::code).thenComparing(Finding::rule));
        }
        return List.copyOf(findings);
    }

    private Finding finding(Conclusion conclusion) {
        RuleInfo info = rules.rule(conclusion.rule());
        String reason = info == null || info.reason() == null ? conclusion.code() : info.reason();
        return new Finding(conclusion.code(), conclusion.detail() == null ? reason : reason + " (" + conclusion.detail() + ")",
                conclusion.rule());
    }

    /** Every role's score, in {@link Role} order (0 where no signal pointed to it). */
    Map<Role, Integer> roleScores() {
        Map<Role, Integer> all = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            all.put(role, scores.getOrDefault(role, 0));
        }
        return all;
    }

    Role bestRole() {
        return best == null ? null : best.role();
    }

    Seniority seniority() {
        return seniority == null ? null : seniority.level();
    }

    /** The pay bands, by source, then bottom of the band. */
    List<PayBand> bands() {
        bands.sort(Comparator.comparing(PayBand::source).thenComparing(PayBand::min));
        return bands;
    }

    List<Role> neededRoles() {
        return needed.stream().sorted().toList();
    }

    boolean hireNeitherYet() {
        return hireNeitherYet;
    }
}
