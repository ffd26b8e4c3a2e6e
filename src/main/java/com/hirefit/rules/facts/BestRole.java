package com.hirefit.rules.facts;

import com.hirefit.vocabulary.Role;

/** The role a candidate fits best: their recommended role. */
public record BestRole(Role role, int score) {
}
