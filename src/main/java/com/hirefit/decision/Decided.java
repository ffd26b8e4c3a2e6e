package com.hirefit.decision;

/** How many assessments have a standing decision, and how many of those go against the recommendation. */
public record Decided(long decided, long overridden) {
}
