package com.hirefit.candidate;

import com.hirefit.vocabulary.Market;
import java.util.List;
import java.util.Map;

/**
 * One resume as read from an input file. {@code row} is where it came from (spreadsheet row number,
 * header being row 1; or 1-based position in a JSON array). Name and email are personal data: they are
 * carried to the output but never given to a rule. Numeric fields are null when the cell was empty.
 * {@code extra} keeps unknown columns (header to text) so nothing is silently dropped.
 */
public record Candidate(
        int row,
        String id,
        String name,
        String email,
        String currentTitle,
        Double yearsExperience,
        Double yearsLlmExperience,
        List<String> skills,
        String highlights,
        String education,
        String publications,
        List<String> portfolio,
        List<String> domains,
        List<String> languages,
        Long expectedSalary,
        Market market,
        Map<String, String> extra) {

    /** The longest Candidate ID kept: the person, assessment and application tables' candidate_id columns. */
    public static final int MAX_ID_LENGTH = 200;
    /** The longest name kept: person.name. */
    public static final int MAX_NAME_LENGTH = 1_000;
    /** The longest email kept: person.email. */
    public static final int MAX_EMAIL_LENGTH = 1_000;

    public Candidate {
        skills = List.copyOf(skills);
        portfolio = List.copyOf(portfolio);
        domains = List.copyOf(domains);
        languages = List.copyOf(languages);
        extra = Map.copyOf(extra);
    }
}
