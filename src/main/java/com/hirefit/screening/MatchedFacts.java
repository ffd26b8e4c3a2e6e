package com.hirefit.screening;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.drools.base.InitialFact;
import org.drools.core.common.InternalFactHandle;
import org.drools.core.reteoo.NotNodeLeftTuple;
import org.drools.core.reteoo.TupleImpl;
import org.drools.core.util.index.TupleList;
import org.kie.api.runtime.rule.Match;

/**
 * The facts a match stands on, in condition order. {@link Match#getObjects()} gives only the facts of bound
 * patterns, and most rules here test {@code exists Evidence(...)}, which binds nothing. So this also reads,
 * from the engine's tuple, the fact that satisfied each {@code exists}: the "blocker" of a plain exists node,
 * and the first matching tuple of an {@code exists (A and B)} subnetwork. {@code not} conditions match no
 * fact. This reads Drools internals (drools-core 10); if their shape ever differs, it falls back to
 * {@link Match#getObjects()}. Used for explaining only.
 */
final class MatchedFacts {
    private static final int MAX_DEPTH = 256;

    private MatchedFacts() {
    }

    static List<Object> of(Match match) {
        try {
            if (match instanceof TupleImpl tuple) {
                return walk(tuple);
            }
        } catch (RuntimeException | LinkageError e) {
            // fall back to the bound facts
        }
        List<Object> facts = new ArrayList<>();
        for (Object fact : match.getObjects()) {
            if (fact != null && !(fact instanceof InitialFact)) {
                facts.add(fact);
            }
        }
        return facts;
    }

    private static List<Object> walk(TupleImpl terminal) {
        List<TupleImpl> chain = chain(terminal);
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> facts = new ArrayList<>();
        for (TupleImpl tuple : chain) {
            add(own(tuple), seen, facts);
            if (tuple instanceof NotNodeLeftTuple exists && exists.getBlocker() != null) {
                // a plain exists node: the right tuple that satisfied it
                for (TupleImpl witness : chain(exists.getBlocker())) {
                    add(own(witness), seen, facts);
                }
            }
            if (tuple.getContextObject() instanceof TupleList matches && matches.getFirst() != null) {
                // an exists over a group of conditions: the first tuple of the subnetwork that satisfied it
                for (TupleImpl witness : chain(matches.getFirst())) {
                    add(own(witness), seen, facts);
                }
            }
        }
        return facts;
    }

    /** The tuple and its left parents, first condition first. */
    private static List<TupleImpl> chain(TupleImpl last) {
        List<TupleImpl> chain = new ArrayList<>();
        for (TupleImpl t = last; t != null && chain.size() < MAX_DEPTH; t = t.getLeftParent()) {
            chain.add(t);
        }
        Collections.reverse(chain);
        return chain;
    }

    private static Object own(TupleImpl tuple) {
        InternalFactHandle handle = tuple.getFactHandle();
        return handle == null ? null : handle.getObject();
    }

    private static void add(Object fact, Set<Object> seen, List<Object> facts) {
        if (fact != null && !(fact instanceof InitialFact) && seen.add(fact)) {
            facts.add(fact);
        }
    }
}
