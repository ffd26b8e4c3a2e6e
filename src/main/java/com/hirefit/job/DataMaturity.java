package com.hirefit.job;

public enum DataMaturity {
    MESSY, ADEQUATE, MATURE
}
