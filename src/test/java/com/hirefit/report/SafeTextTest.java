package com.hirefit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SafeTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+44 20 7946 0000", "-2", "@SUM(A1:A2)", "\t=cmd", "\r=cmd", "\n=cmd",
        "=HYPERLINK(\"http://evil\")"})
    void textThatCouldBeReadAsAFormulaGetsALeadingQuote(String value) {
        assertThat(SafeText.startsLikeFormula(value)).isTrue();
        assertThat(SafeText.cell(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada Lovelace", "C-001", "1+1=2", " =1+1", "'quoted", "LLM_ENGINEER", "a=b", "Zoë"})
    void ordinaryTextIsLeftAlone(String value) {
        assertThat(SafeText.startsLikeFormula(value)).isFalse();
        assertThat(SafeText.cell(value)).isEqualTo(value);
    }

    @Test
    void nullAndEmptyBecomeEmptyText() {
        assertThat(SafeText.cell(null)).isEmpty();
        assertThat(SafeText.cell("")).isEmpty();
    }

    @Test
    void shortTextIsNotTruncated() {
        assertThat(SafeText.truncate("hello", 100)).isEqualTo("hello");
        assertThat(SafeText.truncate(null, 100)).isNull();
        String exact = "x".repeat(SafeText.EXCEL_MAX_CELL_CHARS);
        assertThat(SafeText.excelCell(exact)).isSameAs(exact);
    }

    @Test
    void longTextIsCutToTheLimitWithAMarker() {
        String cut = SafeText.truncate("abcdefghij".repeat(10), 40);

        assertThat(cut).hasSize(40).startsWith("abcdefghij").endsWith(SafeText.TRUNCATION_MARKER);
    }

    @Test
    void truncationNeverSplitsASurrogatePair() {
        int keep = 40 - SafeText.TRUNCATION_MARKER.length();
        String text = "x".repeat(keep - 1) + "😀".repeat(20);

        String cut = SafeText.truncate(text, 40);

        assertThat(cut).hasSize(39).isEqualTo("x".repeat(keep - 1) + SafeText.TRUNCATION_MARKER);
        assertThat(Character.isHighSurrogate(cut.charAt(keep - 2))).isFalse();
    }

    @Test
    void excelCellNeutralisesThenCapsAtExcelsLimit() {
        String value = "=" + "x".repeat(50_000);

        String cell = SafeText.excelCell(value);

        assertThat(cell).hasSize(SafeText.EXCEL_MAX_CELL_CHARS).startsWith("'=x").endsWith(SafeText.TRUNCATION_MARKER);
    }

    @Test
    void aLimitTooSmallForTheMarkerIsRejected() {
        assertThatThrownBy(() -> SafeText.truncate("anything", 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
