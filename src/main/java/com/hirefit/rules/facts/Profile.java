package com.hirefit.rules.facts;

import com.hirefit.vocabulary.Market;

/**
 * The resume facts a rule may see. Personal data (name, contact) and anything protected never appear here.
 * Years and salary are null when the resume does not give them; market falls back to the job's market.
 */
public record Profile(String candidateId, Double yearsExperience, Double yearsLlmExperience, boolean hasPortfolio,
                      boolean hasPublications, Long expectedSalary, Market market) {
}
