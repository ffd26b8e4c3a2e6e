package com.hirefit.screening;

import com.hirefit.rules.facts.PayBand;
import java.util.List;

/**
 * The pay-band check: {@code code} says where the expected salary sits against the bands (and the
 * budget), {@code reason} says it in words. Salary and budget are null when not given.
 */
public record Compensation(String code, String reason, Long expectedSalary, Long budgetMax, String currency,
                           List<PayBand> bands) {
    public Compensation {
        bands = List.copyOf(bands);
    }
}
