package com.hirefit.fairness;

import com.hirefit.candidate.Candidate;
import com.hirefit.rules.service.CurrentRules;
import com.hirefit.screening.AssessmentStore;
import com.hirefit.screening.Assessor;
import com.hirefit.screening.CandidateAssessment;
import com.hirefit.screening.Finding;
import com.hirefit.screening.StoredAssessment;
import com.hirefit.vocabulary.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * An explanation a recruiter can send a candidate (GDPR Art. 22 and the Dun & Bradstreet ruling, AI Act Art. 86,
 * Colorado SB 26-189): what was assessed and from which data, the recommendation and its main reasons in plain words,
 * the rules version, what would change the outcome, and how to ask for human review or a correction. Built from this
 * candidate's own assessment only: no other candidate's data, no name, no protected attribute (those columns were
 * dropped unread).
 */
@Service
public class Explanations {
    private final AssessmentStore assessments;
    private final CurrentRules rules;
    private final JsonMapper json;
    private final ComplianceSettings settings;

    Explanations(AssessmentStore assessments, CurrentRules rules, JsonMapper json, ComplianceSettings settings) {
        this.assessments = assessments;
        this.rules = rules;
        this.json = json;
        this.settings = settings;
    }

    /** The explanation of a stored assessment, as Markdown or HTML; empty when there is no such assessment. */
    public Optional<String> explain(String assessmentId, Doc doc) {
        Optional<StoredAssessment> stored = assessments.get(assessmentId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Optional<Candidate> resume = assessments.resumeFacts(assessmentId).map(facts -> json.readValue(facts, Candidate.class));
        return Optional.of(write(stored.get(), resume, doc));
    }

    private String write(StoredAssessment stored, Optional<Candidate> resume, Doc doc) {
        CandidateAssessment a = stored.assessment();
        String job = stored.jobSnapshot().jobTitle() + " (" + stored.jobId() + ")";
        doc.heading(1, "How your application was assessed");
        doc.paragraph(settings.employer() + " uses HireFit, an automated screening tool, to read resumes for the opening " + job
                + ". HireFit makes a recommendation; a person at " + settings.employer() + " makes every decision.");
        doc.heading(2, "What was assessed, and from which data");
        doc.paragraph("Your resume as it was received (" + stored.source() + ", " + stored.createdAt().toString().substring(0, 10)
                + "): " + String.join(", ", fieldsUsed(resume)) + ". Your name and contact details are not read by the rules."
                + " Information about age, sex, race, ethnicity, religion, disability, family status, nationality or a photo is"
                + " never read: such columns are dropped before assessment.");
        doc.heading(2, "The recommendation");
        doc.paragraph("HireFit recommended: " + plain(a.verdict()) + (a.recommendedRole() == null ? "."
                : ". The role your experience fits best: " + a.recommendedRole().name().toLowerCase().replace('_', ' ') + "."));
        List<String> reasons = new ArrayList<>();
        a.verdictReasons().stream().map(Finding::reason).forEach(reasons::add);
        a.yellowFlags().stream().map(f -> "To look at: " + f.reason()).forEach(reasons::add);
        a.failureRisks().stream().map(f -> "A risk for this opening: " + f.reason()).forEach(reasons::add);
        doc.paragraph("The main reasons:");
        doc.list(reasons);
        doc.paragraph("Rules version: " + stored.rulesVersion() + ". The rules are written by people and are the same for"
                + " every applicant to this opening.");
        if (Counterfactuals.rank(a.verdict()) > Counterfactuals.rank(Verdict.FIT)) {
            doc.heading(2, "What would change the outcome");
            List<String> changes = changes(stored, resume);
            if (changes.isEmpty()) {
                doc.paragraph(resume.isEmpty() ? "The resume is no longer kept, so no change can be worked out."
                        : "No single change in the evidence would raise this recommendation; a person can weigh it all the same.");
            } else {
                doc.paragraph("Each of these, on its own, would have raised the recommendation (the rules were run again with it):");
                doc.list(changes);
            }
        }
        doc.heading(2, "Human review, corrections and another process");
        doc.paragraph("You can ask for a person to review this recommendation and the decision, to correct the data it was"
                + " made on (for example a resume that was read wrongly), or to be assessed another way, without the tool."
                + " Contact " + settings.contact() + ", quoting reference " + stored.assessmentId() + ".");
        return doc.render();
    }

    private List<String> changes(StoredAssessment stored, Optional<Candidate> resume) {
        if (resume.isEmpty()) {
            return List.of();
        }
        Assessor assessor = new Assessor(rules.get());
        Assessor.JobRun job = assessor.assessJob(stored.jobSnapshot());
        return Counterfactuals.find(assessor, job, resume.get()).stream()
                .map(c -> capitalised(c.words()) + ": " + plain(c.verdict())).toList();
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String plain(Verdict verdict) {
        return switch (verdict) {
            case STRONG_FIT -> "a strong fit (STRONG_FIT)";
            case FIT -> "a fit (FIT)";
            case REVIEW -> "a person should weigh it (REVIEW)";
            case NOT_FIT -> "not a fit for this opening (NOT_FIT)";
        };
    }

    private static List<String> fieldsUsed(Optional<Candidate> resume) {
        if (resume.isEmpty()) {
            return List.of("the resume's title, years of experience, skills, highlights, education, publications, portfolio,"
                    + " domains, languages, expected salary and market (the resume itself is no longer kept)");
        }
        Candidate c = resume.get();
        List<String> used = new ArrayList<>();
        add(used, "current title", c.currentTitle() != null);
        add(used, "years of experience", c.yearsExperience() != null);
        add(used, "years of LLM work", c.yearsLlmExperience() != null);
        add(used, "skills", !c.skills().isEmpty());
        add(used, "highlights", c.highlights() != null);
        add(used, "education", c.education() != null);
        add(used, "publications", c.publications() != null);
        add(used, "portfolio links", !c.portfolio().isEmpty());
        add(used, "domains", !c.domains().isEmpty());
        add(used, "languages", !c.languages().isEmpty());
        add(used, "expected salary", c.expectedSalary() != null);
        add(used, "market", c.market() != null);
        add(used, "other columns of the file, read as text", !c.extra().isEmpty());
        return used;
    }

    private static void add(List<String> used, String field, boolean present) {
        if (present) {
            used.add(field);
        }
    }
}
