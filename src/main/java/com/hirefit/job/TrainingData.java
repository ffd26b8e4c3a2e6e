package com.hirefit.job;

public enum TrainingData {
    NONE, PLANNED, PROPRIETARY
}
