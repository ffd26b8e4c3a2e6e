package com.hirefit.ingest;

import com.hirefit.candidate.Candidate;
import java.util.ArrayList;
import java.util.List;

/** Test sink: keeps candidates, errors, and the row numbers of both in arrival order. */
final class CollectingSink implements RowSink {
    final List<Candidate> candidates = new ArrayList<>();
    final List<RowError> errors = new ArrayList<>();
    final List<Integer> order = new ArrayList<>();

    @Override
    public void accept(Candidate candidate) {
        candidates.add(candidate);
        order.add(candidate.row());
    }

    @Override
    public void reject(RowError error) {
        errors.add(error);
        order.add(error.row());
    }

    Candidate candidate(String id) {
        return candidates.stream().filter(c -> id.equals(c.id())).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate " + id + " in " + candidates + " / " + errors));
    }

    RowError errorAt(int row) {
        return errors.stream().filter(e -> e.row() == row).findFirst()
                .orElseThrow(() -> new AssertionError("no error at row " + row + " in " + errors));
    }

    List<String> ids() {
        return candidates.stream().map(Candidate::id).toList();
    }
}
