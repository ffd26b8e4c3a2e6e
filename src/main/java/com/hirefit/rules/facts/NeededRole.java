package com.hirefit.rules.facts;

import com.hirefit.vocabulary.Role;

/** A role the job's work really needs (the company-side recommendation). */
public record NeededRole(Role role) {
}
