package com.hirefit.rules.facts;

import com.hirefit.vocabulary.Market;
import com.hirefit.vocabulary.Role;
import com.hirefit.vocabulary.Seniority;

/** Asks the pay-band rules for the bands of a role at a level in a market. */
public record PayQuery(Role role, Seniority level, Market market) {
}
