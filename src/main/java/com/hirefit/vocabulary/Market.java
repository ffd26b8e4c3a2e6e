package com.hirefit.vocabulary;

public enum Market {
    US, UK
}
