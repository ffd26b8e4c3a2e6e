package com.hirefit.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A question about field names, with its answers remembered: every file row or ATS delivery asks about the same few
 * dozen names, and each answer takes several regular expressions (together 7-10% of a webhook delivery's CPU time
 * under load). Bounded: at most 10,000 names of at most 200 characters are kept; others are answered afresh each
 * time. Thread-safe. Answers must not be null.
 */
public final class NameVerdicts<T> {
    private static final int MAX_KEPT = 10_000;
    private static final int MAX_KEPT_LENGTH = 200;
    private final Function<String, T> question;
    private final Map<String, T> answers = new ConcurrentHashMap<>();

    public NameVerdicts(Function<String, T> question) {
        this.question = question;
    }

    public T answer(String name) {
        T known = answers.get(name);
        if (known != null) {
            return known;
        }
        T answer = question.apply(name);
        if (name.length() <= MAX_KEPT_LENGTH && answers.size() < MAX_KEPT) {
            answers.put(name, answer);
        }
        return answer;
    }
}
