package com.hirefit.vocabulary;

public enum Seniority {
    JUNIOR, MID, SENIOR, STAFF;

    public boolean atLeast(Seniority other) {
        return compareTo(other) >= 0;
    }
}
