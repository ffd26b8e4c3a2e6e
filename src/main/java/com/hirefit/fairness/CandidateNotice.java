package com.hirefit.fairness;

import com.hirefit.job.Job;
import com.hirefit.rules.service.CurrentRules;
import com.hirefit.screening.Assessor;
import com.hirefit.screening.JobAssessment;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The notice a career page shows for a job before the tool is used (NYC LL144 §20-871(b) and 6 RCNY §5-304; AI Act
 * Art. 26(11)): that an automated tool is used, what it assesses, the data it uses and how long it is kept, that a
 * person decides, and how to ask for another process or an accommodation.
 */
@Service
public class CandidateNotice {
    private final CurrentRules rules;
    private final ComplianceSettings settings;

    CandidateNotice(CurrentRules rules, ComplianceSettings settings) {
        this.rules = rules;
        this.settings = settings;
    }

    public String write(Job job, Doc doc) {
        Assessor assessor = new Assessor(rules.get());
        JobAssessment company = assessor.assessJob(job).assessment();
        String roles = company.neededRoles().isEmpty() ? "the role the work needs"
                : String.join(" or ", company.neededRoles().stream().map(r -> r.name().toLowerCase().replace('_', ' ')).toList());
        ComplianceSettings.Retention retention = settings.retention();
        doc.heading(1, "How applications for " + job.jobTitle() + " are screened");
        doc.paragraph(settings.employer() + " uses HireFit, an automated employment decision tool, to read the resumes sent for"
                + " this opening (" + job.jobId() + "). It recommends; a person at " + settings.employer() + " decides on every"
                + " application.");
        doc.heading(2, "What it assesses");
        doc.list(List.of(
                "Whether your experience shows the work of a " + roles + ": the evidence in your resume of the tools, systems"
                        + " and results that work involves, and the role it points to.",
                "Your level (from your years of experience" + (job.targetSeniority() == null ? ""
                        : ", against the " + job.targetSeniority().name().toLowerCase() + " level sought") + ").",
                "Points to look at in interview (for example work described only as demos), and whether hiring for this"
                        + " opening could fail in a known way.",
                "Your expected salary against the budget, where you give one."));
        doc.heading(2, "The data it uses, and how long it is kept");
        doc.paragraph("Only your resume: title, years of experience, skills, highlights, education, publications, portfolio"
                + " links, domains, languages, expected salary and market. Your name and contact details are kept but never read"
                + " by the tool. Age, sex, race, ethnicity, religion, disability, family status, nationality and photos are never"
                + " read; if you choose to answer demographic questions, the answers are kept apart and only counted, to check"
                + " the tool for bias. Your personal data is kept for " + days(retention.personalData()) + " after the last"
                + " decision on your application, then erased; the record of the recommendation and the decision, without your"
                + " name, is kept for " + days(retention.decisionRecords()) + ".");
        doc.heading(2, "Another process, an accommodation, or a review");
        doc.paragraph("You can ask to be assessed without the tool, for an accommodation, for an explanation of your"
                + " recommendation, or for a person to review it: contact " + settings.contact() + ". A summary of the tool's"
                + " most recent bias audit is published by " + settings.employer() + ".");
        return doc.render();
    }

    private static String days(java.time.Period period) {
        return period.getYears() > 0 && period.getMonths() == 0 && period.getDays() == 0 ? period.getYears() + " years"
                : period.getMonths() > 0 && period.getYears() == 0 && period.getDays() == 0 ? period.getMonths() + " months"
                : period.toTotalMonths() == 0 ? period.getDays() + " days" : period.toString();
    }
}
