package com.hirefit.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The taxonomy file: which phrases give which evidence tag (and, for titles, which role or title tag).
 * Every phrase belongs to a named term of a tag; see rules/taxonomy.yaml for the format.
 */
public record Taxonomy(List<Entry> evidence, List<Entry> titles) {

    /** One term of a tag with its phrases, and the line where it is defined. */
    public record Entry(String tag, String term, List<String> phrases, int line) {
    }

    public Taxonomy {
        evidence = List.copyOf(evidence);
        titles = List.copyOf(titles);
    }

    public Set<String> evidenceTags() {
        return evidence.stream().map(Entry::tag).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
