package com.hirefit.fairness;

import com.hirefit.candidate.Candidate;
import com.hirefit.rules.Taxonomy;
import com.hirefit.rules.facts.Evidence;
import com.hirefit.screening.Assessor;
import com.hirefit.vocabulary.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * What would change an outcome below FIT: the smallest changes in the evidence that raise the verdict, each found by
 * running the rules again on the resume with one piece of evidence taken out (a phrase the rules read) or put in (one
 * phrase of a taxonomy tag, as a sentence of its own), or with more years of experience. Every change stated was tried:
 * the edit it names, applied to the resume, gives the verdict it names.
 */
public final class Counterfactuals {
    /** The most changes an explanation lists (the best verdicts first). */
    static final int MAX_CHANGES = 6;
    private static final int MAX_EXTRA_YEARS = 10;

    private Counterfactuals() {
    }

    /** One change: in plain words, the edit that makes it, and the verdict the rules then give. */
    public record Change(String words, UnaryOperator<Candidate> edit, Verdict verdict) {
    }

    public static List<Change> find(Assessor assessor, Assessor.JobRun job, Candidate candidate) {
        Verdict now = assessor.assess(candidate, job).verdict();
        if (rank(now) <= rank(Verdict.FIT)) {
            return List.of();
        }
        Map<String, Change> found = new LinkedHashMap<>();
        for (Evidence e : assessor.evidence(candidate, job.job())) {
            String words = "if the resume did not read as \"" + e.phrase() + "\" (in " + e.field() + "), which the rules take as "
                    + plain(e.tag());
            attempt(found, assessor, job, candidate, now, words, c -> without(c, e.field(), e.phrase()));
        }
        Taxonomy taxonomy = assessor.rules().taxonomy();
        for (Taxonomy.Entry entry : taxonomy.evidence()) {
            String phrase = entry.phrases().get(0);
            String words = "with evidence of " + plain(entry.tag()) + " (a sentence such as \"" + phrase + ".\" describing work done)";
            if (!found.containsKey(words)) {
                attempt(found, assessor, job, candidate, now, words, c -> withSentence(c, phrase + "."));
            }
        }
        double years = candidate.yearsExperience() == null ? 0 : candidate.yearsExperience();
        for (int more = 1; more <= MAX_EXTRA_YEARS; more++) {
            int extra = more;
            if (attempt(found, assessor, job, candidate, now, "with " + extra + " more year" + (extra == 1 ? "" : "s")
                    + " of experience (" + Math.round(years + extra) + " in all)", c -> withYears(c, years + extra))) {
                break;
            }
        }
        return found.values().stream().sorted(Comparator.comparingInt((Change c) -> rank(c.verdict())))
                .limit(MAX_CHANGES).toList();
    }

    /** Runs the rules on the edited resume; keeps the change when the verdict rises. */
    private static boolean attempt(Map<String, Change> found, Assessor assessor, Assessor.JobRun job, Candidate candidate,
                               Verdict now, String words, UnaryOperator<Candidate> edit) {
        Verdict then = assessor.assess(edit.apply(candidate), job).verdict();
        if (rank(then) < rank(now)) {
            found.putIfAbsent(words, new Change(words, edit, then));
            return true;
        }
        return false;
    }

    /** Best first: STRONG_FIT 0, FIT 1, REVIEW 2, NOT_FIT 3 (the enum's own order is the rules' matching order). */
    static int rank(Verdict verdict) {
        return switch (verdict) {
            case STRONG_FIT -> 0;
            case FIT -> 1;
            case REVIEW -> 2;
            case NOT_FIT -> 3;
        };
    }

    private static String plain(String tag) {
        return tag.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The resume with every occurrence of a phrase taken out of one field (whole words, any case). */
    static Candidate without(Candidate c, String field, String phrase) {
        Pattern p = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])");
        UnaryOperator<String> cut = text -> text == null ? null : p.matcher(text).replaceAll("");
        UnaryOperator<List<String>> cutAll = items -> items.stream().map(cut).toList();
        Map<String, String> extra = new LinkedHashMap<>(c.extra());
        if (extra.containsKey(field)) {
            extra.put(field, cut.apply(extra.get(field)));
        }
        return new Candidate(c.row(), c.id(), c.name(), c.email(), c.currentTitle(), c.yearsExperience(), c.yearsLlmExperience(),
                field.equals("skills") ? cutAll.apply(c.skills()) : c.skills(),
                field.equals("highlights") ? cut.apply(c.highlights()) : c.highlights(),
                field.equals("education") ? cut.apply(c.education()) : c.education(),
                field.equals("publications") ? cut.apply(c.publications()) : c.publications(),
                field.equals("portfolio") ? cutAll.apply(c.portfolio()) : c.portfolio(),
                field.equals("domains") ? cutAll.apply(c.domains()) : c.domains(),
                field.equals("languages") ? cutAll.apply(c.languages()) : c.languages(), c.expectedSalary(), c.market(), extra);
    }

    /** The resume with one more sentence in its highlights. */
    static Candidate withSentence(Candidate c, String sentence) {
        String highlights = c.highlights() == null || c.highlights().isBlank() ? sentence : c.highlights().strip() + "\n" + sentence;
        return new Candidate(c.row(), c.id(), c.name(), c.email(), c.currentTitle(), c.yearsExperience(), c.yearsLlmExperience(),
                c.skills(), highlights, c.education(), c.publications(), c.portfolio(), c.domains(), c.languages(),
                c.expectedSalary(), c.market(), c.extra());
    }

    static Candidate withYears(Candidate c, double years) {
        return new Candidate(c.row(), c.id(), c.name(), c.email(), c.currentTitle(), years, c.yearsLlmExperience(),
                c.skills(), c.highlights(), c.education(), c.publications(), c.portfolio(), c.domains(), c.languages(),
                c.expectedSalary(), c.market(), c.extra());
    }

}
