package com.hirefit.fairness;

import com.hirefit.candidate.RaceEthnicity;
import com.hirefit.candidate.Sex;
import java.util.ArrayList;
import java.util.List;

/**
 * The ways LL144 (6 RCNY §5-301(b)(3)) asks the categories to be cut: by sex, by race/ethnicity, and by their
 * intersection. The intersectional cells follow the rule's worked example: Hispanic or Latino by sex, then each race of
 * people not Hispanic or Latino by sex (2 + 12 = 14 cells).
 */
public enum Dimension {
    SEX("Sex"),
    RACE_ETHNICITY("Race/ethnicity"),
    INTERSECTION("Sex × race/ethnicity");

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A category of a dimension: its key (MALE, WHITE, FEMALE|ASIAN) and its EEO-1 label. */
    public record Category(String key, String label) {
    }

    /** The categories, in EEO-1 order. */
    public List<Category> categories() {
        List<Category> categories = new ArrayList<>();
        switch (this) {
            case SEX -> {
                for (Sex sex : Sex.values()) {
                    categories.add(new Category(sex.name(), sex.label()));
                }
            }
            case RACE_ETHNICITY -> {
                for (RaceEthnicity race : RaceEthnicity.values()) {
                    categories.add(new Category(race.name(), raceLabel(race)));
                }
            }
            case INTERSECTION -> {
                for (RaceEthnicity race : RaceEthnicity.values()) {
                    for (Sex sex : Sex.values()) {
                        categories.add(new Category(sex.name() + "|" + race.name(), sex.label() + ", " + raceLabel(race)));
                    }
                }
            }
        }
        return categories;
    }

    /** The key of the category someone falls in, or null when what it needs was not disclosed (unknown). */
    public String key(Sex sex, RaceEthnicity race) {
        return switch (this) {
            case SEX -> sex == null ? null : sex.name();
            case RACE_ETHNICITY -> race == null ? null : race.name();
            case INTERSECTION -> sex == null || race == null ? null : sex.name() + "|" + race.name();
        };
    }

    private static String raceLabel(RaceEthnicity race) {
        return race == RaceEthnicity.HISPANIC_OR_LATINO ? race.label() : race.label() + " (Not Hispanic or Latino)";
    }
}
