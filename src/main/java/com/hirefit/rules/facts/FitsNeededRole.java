package com.hirefit.rules.facts;

import com.hirefit.vocabulary.Role;

/** The candidate shows enough substance for a role the job's work needs. */
public record FitsNeededRole(Role role) {
}
