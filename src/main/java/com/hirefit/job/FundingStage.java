package com.hirefit.job;

public enum FundingStage {
    PRE_SEED, SEED, SERIES_A, SERIES_B, SERIES_C_PLUS, PUBLIC
}
