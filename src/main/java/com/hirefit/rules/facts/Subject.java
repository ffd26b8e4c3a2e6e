package com.hirefit.rules.facts;

/** Whose text a title or evidence fact was read from. */
public enum Subject {
    JOB, CANDIDATE
}
