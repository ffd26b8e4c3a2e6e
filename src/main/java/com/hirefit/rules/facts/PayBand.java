package com.hirefit.rules.facts;

import com.hirefit.vocabulary.Market;
import com.hirefit.vocabulary.Role;
import com.hirefit.vocabulary.Seniority;

/** A base-pay band, in whole currency units, with the source passage it comes from. */
public record PayBand(Role role, Seniority seniority, Market market, long min, long max, String currency, String source) {
}
