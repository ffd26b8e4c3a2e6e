package com.hirefit.rules.facts;

/**
 * One of the job's required tools as written, with the taxonomy term and tag it matched
 * (both null when the taxonomy does not know the tool).
 */
public record RequiredTool(String tool, String term, String tag) {
}
