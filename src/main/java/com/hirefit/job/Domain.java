package com.hirefit.job;

public enum Domain {
    GENERAL, MEDICAL, LEGAL, FINANCIAL
}
