package com.hirefit.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hirefit.vocabulary.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which decision follows which recommendation, when a reason is needed, what a note may hold, and what undo leaves standing. */
class DecisionRulesTest {

    @Test
    void everyRecommendationIsFollowedByExactlyOneDecision() {
        for (Verdict verdict : Verdict.values()) {
            assertThat(List.of(Decision.values()).stream().filter(d -> d.follows(verdict))).as(verdict.name()).hasSize(1);
        }
        assertThat(Decision.following(Verdict.STRONG_FIT)).isEqualTo(Decision.ADVANCE);
        assertThat(Decision.following(Verdict.FIT)).isEqualTo(Decision.ADVANCE);
        assertThat(Decision.following(Verdict.NOT_FIT)).isEqualTo(Decision.REJECT);
        assertThat(Decision.following(Verdict.REVIEW)).isEqualTo(Decision.HOLD);
    }

    @Test
    void aDecisionThatFollowsTheRecommendationNeedsNoReason() {
        DecisionRules.Checked checked = DecisionRules.check("ADVANCE", null, null, Verdict.FIT);
        assertThat(checked.decision()).isEqualTo(Decision.ADVANCE);
        assertThat(checked.override()).isFalse();
        assertThat(DecisionRules.check("reject", "", "  ", Verdict.NOT_FIT).override()).isFalse();
        assertThat(DecisionRules.check("HOLD", null, null, Verdict.REVIEW).override()).isFalse();
    }

    @Test
    void goingAgainstTheRecommendationNeedsAReasonFromTheList() {
        assertThatThrownBy(() -> DecisionRules.check("REJECT", null, "strong portfolio elsewhere", Verdict.FIT))
                .isInstanceOfSatisfying(DecisionRefused.class, e -> {
                    assertThat(e.why()).isEqualTo(DecisionRefused.Why.INVALID);
                    assertThat(e.problems()).singleElement().asString()
                            .startsWith("reason: required when the decision goes against the recommendation (REJECT does not follow FIT; ADVANCE does)");
                });
        assertThatThrownBy(() -> DecisionRules.check("HOLD", null, null, Verdict.STRONG_FIT)).isInstanceOf(DecisionRefused.class);
        assertThatThrownBy(() -> DecisionRules.check("ADVANCE", "BECAUSE", null, Verdict.NOT_FIT))
                .isInstanceOfSatisfying(DecisionRefused.class, e -> assertThat(e.problems())
                        .containsExactly("reason: must be one of " + OverrideReason.names()));

        DecisionRules.Checked checked = DecisionRules.check("ADVANCE", "EVIDENCE_MISSED", null, Verdict.NOT_FIT);
        assertThat(checked.override()).isTrue();
        assertThat(checked.reason()).isEqualTo(OverrideReason.EVIDENCE_MISSED);
    }

    @Test
    void theReasonOtherNeedsANote() {
        assertThatThrownBy(() -> DecisionRules.check("REJECT", "OTHER", " ", Verdict.FIT))
                .isInstanceOfSatisfying(DecisionRefused.class, e -> assertThat(e.problems())
                        .containsExactly("note: required when the reason is OTHER: say why in a few words"));
        assertThat(DecisionRules.check("REJECT", "OTHER", "  Relocation not possible before the start date.\n", Verdict.FIT).note())
                .isEqualTo("Relocation not possible before the start date.");
    }

    @Test
    void aNoteIsBoundedAndNeverQuotedInARefusal() {
        String secret = "LEAK-" + "x".repeat(DecisionRules.MAX_NOTE_LENGTH);
        assertThatThrownBy(() -> DecisionRules.check("ADVANCE", null, secret, Verdict.FIT))
                .isInstanceOfSatisfying(DecisionRefused.class, e -> {
                    assertThat(e.problems()).containsExactly("note: at most 1000 characters");
                    assertThat(e.getMessage() + e.problems()).doesNotContain("LEAK");
                });
        assertThatThrownBy(() -> DecisionRules.check("ADVANCE", null, "bell\u0007", Verdict.FIT))
                .isInstanceOfSatisfying(DecisionRefused.class, e -> assertThat(e.problems()).singleElement().asString().startsWith("note: control"));
        assertThat(DecisionRules.check("ADVANCE", null, "line one\n\tline two", Verdict.FIT).note()).isEqualTo("line one\n\tline two");
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        assertThatThrownBy(() -> DecisionRules.check("PROMOTE", "NOPE", "a\u0000b", Verdict.FIT))
                .isInstanceOfSatisfying(DecisionRefused.class, e -> assertThat(e.problems()).extracting(p -> p.substring(0, p.indexOf(':')))
                        .containsExactly("decision", "reason", "note"));
        assertThatThrownBy(() -> DecisionRules.check(null, null, null, Verdict.FIT))
                .isInstanceOfSatisfying(DecisionRefused.class, e -> assertThat(e.problems())
                        .containsExactly("decision: required, one of ADVANCE, REJECT, HOLD"));
    }

    @Test
    void undoTakesBackTheStandingDecisionAndTheOneBeforeStandsAgain() {
        List<DecisionEvent> trail = new ArrayList<>();
        DecisionEvent hold = decision("e1", Decision.HOLD);
        DecisionEvent reject = decision("e2", Decision.REJECT);
        trail.add(hold);
        trail.add(reject);
        assertThat(DecisionRules.standing(trail)).contains(reject);

        assertThat(DecisionRules.checkUndo("e2", trail)).isEqualTo(reject);
        trail.add(undo("u1", reject));
        assertThat(DecisionRules.standing(trail)).contains(hold);

        assertThatThrownBy(() -> DecisionRules.checkUndo("e2", trail))
                .isInstanceOfSatisfying(DecisionRefused.class, e -> assertThat(e.why()).isEqualTo(DecisionRefused.Why.CONFLICT));
        trail.add(undo("u2", hold));
        assertThat(DecisionRules.standing(trail)).isEmpty();
        assertThatThrownBy(() -> DecisionRules.checkUndo("e1", trail))
                .isInstanceOfSatisfying(DecisionRefused.class, e -> assertThat(e.problems())
                        .containsExactly("undo: there is no decision on this assessment to undo"));

        DecisionEvent advance = decision("e3", Decision.ADVANCE);
        trail.add(advance);
        assertThat(DecisionRules.standing(trail)).contains(advance);
        assertThat(trail).hasSize(5);
    }

    @Test
    void onlyTheStandingDecisionCanBeUndone() {
        List<DecisionEvent> trail = List.of(decision("e1", Decision.HOLD), decision("e2", Decision.ADVANCE));
        assertThatThrownBy(() -> DecisionRules.checkUndo("e1", trail))
                .isInstanceOfSatisfying(DecisionRefused.class, e -> assertThat(e.why()).isEqualTo(DecisionRefused.Why.CONFLICT));
        assertThatThrownBy(() -> DecisionRules.checkUndo(" ", trail))
                .isInstanceOfSatisfying(DecisionRefused.class, e -> assertThat(e.why()).isEqualTo(DecisionRefused.Why.INVALID));
    }

    @Test
    void aDecisionOverAFilteredSetNeedsItsOneReasonWhenItOverridesAnyOfThem() {
        List<DecisionRules.Target> targets = List.of(target("a", Verdict.NOT_FIT, null), target("b", Verdict.NOT_FIT, null),
                target("c", Verdict.FIT, null), target("d", Verdict.NOT_FIT, Decision.ADVANCE));
        assertThatThrownBy(() -> DecisionRules.checkBulk("REJECT", null, null, true, targets))
                .isInstanceOfSatisfying(DecisionRefused.class, e -> assertThat(e.problems()).singleElement().asString()
                        .startsWith("reason: required: REJECT goes against the recommendation of 1 of these 3 candidates"));

        DecisionRules.Bulk bulk = DecisionRules.checkBulk("REJECT", "POSITION_FILLED", null, true, targets);
        assertThat(bulk.targets()).extracting(DecisionRules.Target::assessmentId).containsExactly("a", "b", "c");
        assertThat(bulk.overrides()).isEqualTo(1);
        assertThat(bulk.skipped()).isEqualTo(1);

        DecisionRules.Bulk all = DecisionRules.checkBulk("REJECT", null, null, false,
                List.of(target("a", Verdict.NOT_FIT, null), target("d", Verdict.NOT_FIT, Decision.ADVANCE)));
        assertThat(all.targets()).hasSize(2);
        assertThat(all.overrides()).isZero();

        assertThatThrownBy(() -> DecisionRules.checkBulk("REJECT", null, null, true, List.of(target("d", Verdict.NOT_FIT, Decision.ADVANCE))))
                .isInstanceOfSatisfying(DecisionRefused.class, e -> assertThat(e.problems())
                        .containsExactly("candidates: no candidate is left to decide on (every one of them already has a decision)"));
    }

    private static DecisionRules.Target target(String id, Verdict verdict, Decision standing) {
        return new DecisionRules.Target(id, verdict, standing);
    }

    private static DecisionEvent decision(String id, Decision decision) {
        return new DecisionEvent(id, "A", DecisionEvent.Kind.DECISION, decision, Verdict.FIT, "v1", !decision.follows(Verdict.FIT), null,
                null, null, null, "recruiter", DecisionEvent.WORKSPACE, Instant.EPOCH);
    }

    private static DecisionEvent undo(String id, DecisionEvent undone) {
        return new DecisionEvent(id, "A", DecisionEvent.Kind.UNDO, undone.decision(), undone.verdict(), undone.rulesVersion(),
                undone.override(), null, null, undone.eventId(), null, "recruiter", DecisionEvent.WORKSPACE, Instant.EPOCH);
    }
}
