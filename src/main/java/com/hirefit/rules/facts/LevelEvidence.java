package com.hirefit.rules.facts;

import com.hirefit.vocabulary.Seniority;

/** A level the candidate's experience supports at most; the lowest such level is their seniority. */
public record LevelEvidence(Seniority level) {
}
