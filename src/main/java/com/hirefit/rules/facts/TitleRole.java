package com.hirefit.rules.facts;

import com.hirefit.vocabulary.Role;

/** A job title or a candidate's current title names this role (per the taxonomy's titles section). */
public record TitleRole(Subject subject, Role role) {
}
