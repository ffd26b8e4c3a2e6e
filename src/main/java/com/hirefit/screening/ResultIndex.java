package com.hirefit.screening;

import com.hirefit.vocabulary.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * What the results pages filter and sort an assessment by, kept beside its stored JSON so that a page of a
 * 100,000-row screening is read from indexes, never by parsing every result: the verdict's rank (best first),
 * seniority, the pay check, and every flag and risk code in {@code assessment_code}.
 */
public record ResultIndex(int verdictRank, String seniority, String payCheck, List<Code> codes) {

    /** The kinds of code a results table filters on. */
    public enum Kind {
        GREEN, YELLOW, RISK
    }

    public record Code(Kind kind, String code) {
    }

    /** Verdicts best first: the order the results table sorts by and the chart draws in. */
    public static final List<Verdict> DISPLAY_ORDER = List.of(Verdict.STRONG_FIT, Verdict.FIT, Verdict.REVIEW, Verdict.NOT_FIT);

    public static int rank(Verdict verdict) {
        return DISPLAY_ORDER.indexOf(verdict);
    }

    public static ResultIndex of(CandidateAssessment a) {
        List<Code> codes = new ArrayList<>();
        a.greenFlags().forEach(f -> add(codes, Kind.GREEN, f.code()));
        a.yellowFlags().forEach(f -> add(codes, Kind.YELLOW, f.code()));
        a.failureRisks().forEach(f -> add(codes, Kind.RISK, f.code()));
        return new ResultIndex(rank(a.verdict()), a.seniority() == null ? null : a.seniority().name(),
                a.compensation() == null ? null : a.compensation().code(), List.copyOf(codes));
    }

    private static void add(List<Code> codes, Kind kind, String code) {
        Code c = new Code(kind, code);
        if (!codes.contains(c)) {
            codes.add(c);
        }
    }
}
