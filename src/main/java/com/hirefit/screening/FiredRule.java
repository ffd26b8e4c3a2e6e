package com.hirefit.screening;

/** A rule that fired, in firing order: its name, the DRL file it lives in, its code (may be null) and reason. */
public record FiredRule(String rule, String file, String code, String reason) {
}
