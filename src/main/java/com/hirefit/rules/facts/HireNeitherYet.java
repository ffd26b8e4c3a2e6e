package com.hirefit.rules.facts;

/** The company should hire no ML or LLM role yet: the data foundation comes first. */
public record HireNeitherYet() {
}
