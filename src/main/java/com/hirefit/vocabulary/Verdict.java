package com.hirefit.vocabulary;

/**
 * Verdict codes in precedence order: when several verdict rules fire, the first in this order stands.
 * STRONG_FIT precedes FIT because every strong fit also meets the conditions of a fit.
 */
public enum Verdict {
    NOT_FIT, REVIEW, STRONG_FIT, FIT
}
