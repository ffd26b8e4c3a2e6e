package com.hirefit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.ingest.Column;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "candidate_id|CANDIDATE_ID", "CandidateId|CANDIDATE_ID", "candidate id|CANDIDATE_ID",
        "Candidate-ID|CANDIDATE_ID", "  Candidate ID:  |CANDIDATE_ID", "ID|CANDIDATE_ID", "Candidate|CANDIDATE_ID",
        "Applicant ID|CANDIDATE_ID",
        "Full Name|NAME", "Candidate Name|NAME", "name|NAME",
        "E-mail|EMAIL", "Email Address|EMAIL", "email_address|EMAIL",
        "Title|CURRENT_TITLE", "Job Title|CURRENT_TITLE", "Current Role|CURRENT_TITLE", "Position|CURRENT_TITLE",
        "Headline|CURRENT_TITLE", "currentTitle|CURRENT_TITLE",
        "YOE|YEARS_EXPERIENCE", "Years|YEARS_EXPERIENCE", "Years of Experience|YEARS_EXPERIENCE",
        "Total Experience|YEARS_EXPERIENCE", "yearsExperience|YEARS_EXPERIENCE",
        "LLM Years|YEARS_LLM_EXPERIENCE", "Years LLM|YEARS_LLM_EXPERIENCE", "LLM Experience|YEARS_LLM_EXPERIENCE",
        "Years of LLM Experience|YEARS_LLM_EXPERIENCE", "years_llm_experience|YEARS_LLM_EXPERIENCE",
        "Key Skills|SKILLS", "Tools|SKILLS", "Tech Stack|SKILLS", "Technologies|SKILLS",
        "Summary|HIGHLIGHTS", "Experience|HIGHLIGHTS", "Resume|HIGHLIGHTS", "Resume Text|HIGHLIGHTS",
        "Profile|HIGHLIGHTS", "Achievements|HIGHLIGHTS", "Projects|HIGHLIGHTS",
        "Degree|EDUCATION", "Education Level|EDUCATION",
        "Papers|PUBLICATIONS",
        "GitHub|PORTFOLIO", "Links|PORTFOLIO", "Website|PORTFOLIO", "Blog|PORTFOLIO",
        "Industries|DOMAINS", "Domain|DOMAINS",
        "Languages|LANGUAGES",
        "Salary Expectation|EXPECTED_SALARY", "Expected Pay|EXPECTED_SALARY", "Desired Salary|EXPECTED_SALARY",
        "Salary|EXPECTED_SALARY", "expected_salary|EXPECTED_SALARY",
        "Region|MARKET", "Location Market|MARKET", "MARKET|MARKET",
    })
    void mapsAliasesToCanonicalColumns(String header, Column field) {
        assertThat(Columns.canonical(header)).contains(field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Notice Period", "Years at Company", "Current Salary", "Candidate Source"})
    void leavesUnknownHeadersUnmapped(String header) {
        assertThat(Columns.canonical(header)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Age", "Candidate Age", "age_range", "Date of Birth", "DOB", "dateOfBirth", "DATEOFBIRTH", "Birth Date",
        "Birthday", "Year of Birth", "Gender", "EEO Gender (self-identified)", "Sex", "Pronouns", "Race",
        "Ethnicity", "Ethnic Origin", "Religion", "Faith", "Disability", "Disabled?", "Veteran Status",
        "Marital Status", "maritalStatus", "Married", "Family Status", "Children", "Nationality", "Citizenship",
        "National Origin", "Photo", "Photograph", "Picture", "Headshot", "Image", "Profile Photo", "Photo URL",
        "profile_picture", "Avatar", "Sexual Orientation", "Pregnant",
    })
    void recognisesProtectedHeaders(String header) {
        assertThat(ProtectedAttributes.isProtected(header)).as(header).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Usage", "Usage Notes", "Page Views", "Stage", "Image Processing Skills", "Computer Vision (Image Models)",
        "Photography Portfolio", "Profile", "Manager", "Agency", "Language", "Family Name", "Trace ID",
        "Candidate ID", "Skills", "Years Experience", "Sextant",
    })
    void doesNotDropHeadersThatOnlyLookProtected(String header) {
        assertThat(ProtectedAttributes.isProtected(header)).as(header).isFalse();
    }

    @Test
    void slotsKeepTheFirstColumnOfAFieldExceptHighlights() {
        List<Columns.Slot> slots = Columns.slots(
                List.of("ID", "Email", "Summary", "E-mail", "Achievements", "Gender", "", "Notes", "Notes"),
                index -> "Column " + (index + 1));

        assertThat(slots).containsExactly(
                new Columns.Mapped(Column.CANDIDATE_ID),
                new Columns.Mapped(Column.EMAIL),
                new Columns.Mapped(Column.HIGHLIGHTS),
                new Columns.Extra("E-mail"),
                new Columns.Mapped(Column.HIGHLIGHTS),
                new Columns.Dropped("Gender", new ProtectedAttributes.Verdict("sex or gender", true)),
                new Columns.Unnamed("Column 7"),
                new Columns.Extra("Notes"),
                new Columns.Extra("Notes (2)"));
    }
}
