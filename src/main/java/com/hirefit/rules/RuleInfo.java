package com.hirefit.rules;

/** What the catalogue knows of one rule: where it is, its group, and its metadata (code may be null). */
public record RuleInfo(String name, String file, int line, String group, String code, String reason, String source) {
}
