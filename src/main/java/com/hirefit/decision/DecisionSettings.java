package com.hirefit.decision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hirefit.decisions.*}. {@code maxBulk}: the most candidates one decision over a filtered set may cover; a larger
 * set is refused, to be narrowed with the filters (a bulk decision is a person's decision, not a sweep).
 */
@ConfigurationProperties("hirefit.decisions")
public record DecisionSettings(@DefaultValue("1000") int maxBulk) {
}
