package com.hirefit.rules.facts;

import com.hirefit.vocabulary.Role;

/** A role's total score for one candidate. */
public record RoleScore(Role role, int score) {
}
