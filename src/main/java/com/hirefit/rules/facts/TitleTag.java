package com.hirefit.rules.facts;

/** A title carries a tag that is not a role, e.g. FULL_STACK_AI_TITLE. */
public record TitleTag(Subject subject, String tag) {
}
