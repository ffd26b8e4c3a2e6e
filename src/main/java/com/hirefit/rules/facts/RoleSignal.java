package com.hirefit.rules.facts;

import com.hirefit.vocabulary.Role;

/** One piece of evidence pointing to a role, with its weight. A role's score is the sum of its signals. */
public record RoleSignal(Role role, int weight) {
}
