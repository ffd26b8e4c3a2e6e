package com.hirefit.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Header names: normalisation, aliases of the canonical columns, and the protected-attribute columns that
 * are dropped unread ({@link ProtectedAttributes} decides which). Shared by every format (a JSON key is treated
 * exactly like a spreadsheet header).
 */
final class Columns {

    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Compact form (lower case, letters and digits only) of every accepted header, to its field. */
    private static final Map<String, Column> ALIASES = new HashMap<>();

    static {
        alias(Column.CANDIDATE_ID, "Candidate ID", "ID", "Candidate", "Applicant ID", "Applicant", "Candidate No",
                "Candidate Number", "Candidate Ref", "Candidate Reference", "Applicant Number");
        alias(Column.NAME, "Name", "Full Name", "Candidate Name", "Applicant Name");
        alias(Column.EMAIL, "Email", "E-mail", "Email Address", "E-mail Address", "Mail");
        alias(Column.CURRENT_TITLE, "Current Title", "Title", "Job Title", "Current Job Title", "Current Role", "Role",
                "Position", "Current Position", "Headline");
        alias(Column.YEARS_EXPERIENCE, "Years Experience", "YOE", "Years", "Years of Experience", "Total Experience",
                "Experience Years", "Total Years Experience", "Total Years of Experience", "Yrs Experience");
        alias(Column.YEARS_LLM_EXPERIENCE, "Years LLM Experience", "LLM Years", "Years LLM", "LLM Experience",
                "Years of LLM Experience", "LLM Experience Years", "LLM YOE");
        alias(Column.SKILLS, "Skills", "Skill", "Key Skills", "Skill Set", "Tools", "Tech Stack", "Technologies");
        // "Projects" and "Experience" are prose describing what the candidate did: they belong with the highlights.
        alias(Column.HIGHLIGHTS, "Highlights", "Summary", "Experience", "Resume", "Resume Text", "CV", "CV Text",
                "Profile", "Bio", "About", "Achievements", "Accomplishments", "Projects");
        alias(Column.EDUCATION, "Education", "Degree", "Education Level", "Highest Education", "Qualifications");
        alias(Column.PUBLICATIONS, "Publications", "Publication", "Papers");
        alias(Column.PORTFOLIO, "Portfolio", "Portfolio URL", "GitHub", "GitHub URL", "Links", "Link", "Website",
                "Personal Website", "Homepage", "Blog", "URL", "LinkedIn", "LinkedIn Profile");
        alias(Column.DOMAINS, "Domains", "Domain", "Industries", "Industry");
        alias(Column.LANGUAGES, "Languages", "Language", "Spoken Languages");
        alias(Column.EXPECTED_SALARY, "Expected Salary", "Salary Expectation", "Salary Expectations", "Expected Pay",
                "Desired Salary", "Salary", "Expected Compensation");
        alias(Column.MARKET, "Market", "Region", "Location Market");
    }

    private Columns() {
    }

    private static void alias(Column field, String... headers) {
        for (String header : headers) {
            Column previous = ALIASES.put(compact(header), field);
            if (previous != null && previous != field) {
                throw new IllegalStateException("alias " + header + " used twice");
            }
        }
    }

    /** Lower case, letters and digits only: "Candidate_ID", "candidate id" and "CandidateId" are all "candidateid". */
    static String compact(String header) {
        return NOT_ALNUM.matcher(header.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** The canonical field a header names, if any. */
    static Optional<Column> canonical(String header) {
        return Optional.ofNullable(ALIASES.get(compact(header)));
    }

    /** What becomes of the values under one header. */
    sealed interface Slot permits Mapped, Extra, Dropped, Unnamed, SelfId, Ignored {
    }

    /** A canonical column. */
    record Mapped(Column field) implements Slot {
    }

    /** An unknown column, kept as extra text under {@code name}. */
    record Extra(String name) implements Slot {
    }

    /** A protected column, or one that may be: never read. */
    record Dropped(String header, ProtectedAttributes.Verdict verdict) implements Slot {
    }

    /** A column without a header: its values, if any, are kept as extra text under a made-up name. */
    record Unnamed(String name) implements Slot {
    }

    /** A self-identification column, read only by the self-identification reader ({@link SelfIdRows}). */
    record SelfId(String header, SelfIdRows.Answer answer) implements Slot {
    }

    /** A column a reader has no use for: never read, never reported. */
    record Ignored() implements Slot {
    }

    /**
     * The slots of a list of headers (a header row, or the keys of one JSON object), in order. A canonical
     * column seen a second time (other than Highlights) becomes extra; extra names are made unique.
     *
     * @param unnamed the name to give a blank header at a 0-based position ("Column C", "Column 3")
     */
    static List<Slot> slots(List<String> headers, java.util.function.IntFunction<String> unnamed) {
        List<Slot> slots = new ArrayList<>(headers.size());
        Set<Column> seen = java.util.EnumSet.noneOf(Column.class);
        Set<String> extraNames = new java.util.HashSet<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i) == null ? "" : headers.get(i).strip();
            Optional<ProtectedAttributes.Verdict> verdict = ProtectedAttributes.classify(header);
            if (compact(header).isEmpty()) {
                slots.add(new Unnamed(unique(unnamed.apply(i), extraNames)));
            } else if (verdict.isPresent()) {
                slots.add(new Dropped(header, verdict.get()));
            } else {
                Optional<Column> field = canonical(header);
                if (field.isPresent() && (seen.add(field.get()) || field.get().allowsSeveralColumns())) {
                    slots.add(new Mapped(field.get()));
                } else {
                    slots.add(new Extra(unique(header, extraNames)));
                }
            }
        }
        return slots;
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }
}
