package com.hirefit.rules.facts;

import com.hirefit.vocabulary.Seniority;

/** The candidate's seniority, as decided by the rules. */
public record SeniorityLevel(Seniority level) {
}
