package com.hirefit.screening;

import com.hirefit.candidate.Candidate;
import com.hirefit.job.Job;
import com.hirefit.rules.RuleBase;
import com.hirefit.rules.TextMatcher;
import com.hirefit.rules.facts.Evidence;
import com.hirefit.rules.facts.Profile;
import com.hirefit.rules.facts.RequiredTool;
import com.hirefit.rules.facts.Subject;
import com.hirefit.rules.facts.TitleRole;
import com.hirefit.rules.facts.TitleTag;
import com.hirefit.vocabulary.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a resume and a job into the facts rules see. Name, email and any personal data stay out: the
 * rules get a {@link Profile} and the evidence the taxonomy finds in the resume's text fields. The
 * current title is read for title tags only, never as evidence of work.
 */
final class CandidateFacts {
    private final RuleBase rules;

    CandidateFacts(RuleBase rules) {
        this.rules = rules;
    }

    List<Object> of(Candidate c, Job job) {
        List<Object> facts = new ArrayList<>();
        facts.add(new Profile(c.id(), c.yearsExperience(), c.yearsLlmExperience(), !c.portfolio().isEmpty(),
                c.publications() != null && !c.publications().isBlank(), c.expectedSalary(),
                c.market() != null ? c.market() : job.market()));
        facts.addAll(titles(Subject.CANDIDATE, c.currentTitle()));
        Sentences sentences = new Sentences();
        sentences.items("skills", c.skills(), facts);
        sentences.text("highlights", c.highlights(), facts);
        sentences.text("education", c.education(), facts);
        sentences.text("publications", c.publications(), facts);
        sentences.items("portfolio", c.portfolio(), facts);
        sentences.items("domains", c.domains(), facts);
        sentences.items("languages", c.languages(), facts);
        for (Map.Entry<String, String> extra : new java.util.TreeMap<>(c.extra()).entrySet()) {
            sentences.text(extra.getKey(), extra.getValue(), facts);
        }
        return facts;
    }

    List<Object> ofJob(Job job) {
        List<Object> facts = new ArrayList<>();
        facts.add(job);
        facts.addAll(titles(Subject.JOB, job.jobTitle()));
        for (String tool : job.requiredTools()) {
            List<TextMatcher.Hit> hits = rules.evidenceMatcher().find(tool);
            facts.add(hits.isEmpty()
                    ? new RequiredTool(tool, null, null)
                    : new RequiredTool(tool, hits.get(0).term(), hits.get(0).tag()));
        }
        return facts;
    }

    private List<Object> titles(Subject subject, String title) {
        if (title == null || title.isBlank()) {
            return List.of();
        }
        List<Object> facts = new ArrayList<>();
        for (TextMatcher.Hit hit : rules.titleMatcher().find(title)) {
            if (isRole(hit.tag())) {
                facts.add(new TitleRole(subject, Role.valueOf(hit.tag())));
            } else {
                facts.add(new TitleTag(subject, hit.tag()));
            }
        }
        return facts;
    }

    private static boolean isRole(String tag) {
        for (Role role : Role.values()) {
            if (role.name().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** Numbers sentences across all fields, so evidence in different fields never looks said together. */
    private final class Sentences {
        private int next;

        void items(String field, List<String> items, List<Object> facts) {
            for (String item : items) {
                text(field, item, facts);
            }
        }

        void text(String field, String text, List<Object> facts) {
            if (text == null || text.isBlank()) {
                return;
            }
            int last = -1;
            for (TextMatcher.Hit hit : rules.evidenceMatcher().find(text)) {
                facts.add(new Evidence(hit.tag(), hit.term(), hit.phrase(), field, next + hit.sentence()));
                last = Math.max(last, hit.sentence());
            }
            next += Math.max(last + 1, 1);
        }
    }
}
