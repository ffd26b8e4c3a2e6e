package com.hirefit.web.workspace;

import com.hirefit.screening.ResultsStore;
import java.util.ArrayList;
import java.util.List;

/** A results filter in words, for the Decide pages' headings: which candidates a decision is about. */
final class FilterWords {
    private FilterWords() {
    }

    static List<String> of(ResultsStore.Filter filter) {
        List<String> words = new ArrayList<>();
        if (filter.verdict() != null) {
            words.add("recommendation " + filter.verdict());
        }
        if (filter.role() != null) {
            words.add(ResultsStore.Filter.NO_ROLE.equals(filter.role()) ? "no role evidence" : "best-fit role " + filter.role());
        }
        if (filter.flag() != null) {
            words.add("flag " + filter.flag());
        }
        if (filter.risk() != null) {
            words.add("failure risk " + filter.risk());
        }
        if (filter.search() != null) {
            words.add("name or Candidate ID containing \u201c" + filter.search() + "\u201d");
        }
        return words;
    }
}
