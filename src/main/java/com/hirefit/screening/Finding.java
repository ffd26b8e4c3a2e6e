package com.hirefit.screening;

/** One code in an assessment (a flag, a risk, an interview focus, a note) with its reason and the rule behind it. */
public record Finding(String code, String reason, String rule) {
}
