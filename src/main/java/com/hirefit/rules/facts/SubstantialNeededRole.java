package com.hirefit.rules.facts;

import com.hirefit.vocabulary.Role;

/**
 * The candidate's best-fit role is not one the job's work needs, but their evidence for a role it does need is
 * substantial on its own: a person may weigh them for it, the rules never call them a fit.
 */
public record SubstantialNeededRole(Role role, int score) {
}
