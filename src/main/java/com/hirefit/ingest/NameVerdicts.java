package com.hirefit.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A yes/no question about field names, with its answers remembered: every file row or ATS delivery asks about the
 * same few dozen names, and each answer takes several regular expressions (together 7-10% of a webhook delivery's
 * CPU time under load). Bounded: at most 10,000 names of at most 200 characters are kept; others are answered
 * afresh each time. Thread-safe.
 */
public final class NameVerdicts {
    private static final int MAX_KEPT = 10_000;
    private static final int MAX_KEPT_LENGTH = 200;
    private final Predicate<String> question;
    private final Map<String, Boolean> answers = new ConcurrentHashMap<>();

    public NameVerdicts(Predicate<String> question) {
        this.question = question;
    }

    public boolean test(String name) {
        Boolean known = answers.get(name);
        if (known != null) {
            return known;
        }
        boolean answer = question.test(name);
        if (name.length() <= MAX_KEPT_LENGTH && answers.size() < MAX_KEPT) {
            answers.put(name, answer);
        }
        return answer;
    }
}
