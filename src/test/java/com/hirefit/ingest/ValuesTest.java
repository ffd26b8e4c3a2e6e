package com.hirefit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hirefit.vocabulary.Market;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "7|7.0", "7.5|7.5", " 7 years |7.0", "7 yrs|7.0", "7+|7.0", "7+ years|7.0", "1 year|1.0", "0|0.0",
        "60|60.0", ".5|0.5", "10Y|10.0",
    })
    void readsYearsOfExperience(String text, double expected) throws Values.BadValue {
        assertThat(Values.years(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "None", "n/a", "N/A", "na", "-", "--", "nil", "None.", " n/a "})
    void readsAWordForNoneAsNoYears(String text) throws Values.BadValue {
        assertThat(Values.years(text)).isZero();
    }

    @Test
    void dropsListItemsThatMeanNone() {
        assertThat(Values.list("n/a")).isEmpty();
        assertThat(Values.list("none; -")).isEmpty();
        assertThat(Values.list("Python; n/a; SQL")).containsExactly("Python", "SQL");
        assertThat(Values.list("0")).isEmpty();
        assertThat(Values.list("Nonesuch; NA Analytics; 10")).containsExactly("Nonesuch", "NA Analytics", "10");
    }

    @Test
    void refusesCommaDecimalYearsAsAmbiguous() {
        assertThatThrownBy(() -> Values.years("7,5"))
                .hasMessage("'7,5' has a comma where a decimal point belongs, which is ambiguous"
                        + " (write 7.5 for seven and a half years)");
    }

    @Test
    void refusesNegativeNonNumericAndAbsurdYears() {
        assertThatThrownBy(() -> Values.years("-2")).hasMessage("'-2' is negative");
        assertThatThrownBy(() -> Values.years("ten")).hasMessage("'ten' is not a number of years");
        assertThatThrownBy(() -> Values.years("61"))
                .hasMessage("'61' is not a plausible number of years (more than 60)");
        assertThatThrownBy(() -> Values.years(1984, "1984"))
                .hasMessage("'1984' is not a plausible number of years (more than 60)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "185000|185000", "185,000|185000", "$185,000|185000", "£120,000|120000", "€90,000|90000", "185k|185000",
        "185K|185000", "USD 185000|185000", "185000 USD|185000", "185000.00|185000", "185.5k|185500",
        "$185,000/yr|185000", "170k-190k|180000", "170,000 - 190,000|180000", "170-190k|180000",
        "$170k to $190k|180000", "0|0", "99999.50|100000",
    })
    void readsSalaries(String text, long expected) throws Values.BadValue {
        assertThat(Values.salary(text)).isEqualTo(expected);
    }

    @Test
    void refusesBadSalaries() {
        assertThatThrownBy(() -> Values.salary("negotiable")).hasMessage("'negotiable' is not an amount");
        assertThatThrownBy(() -> Values.salary("-5000")).hasMessage("'-5000' is negative");
        assertThatThrownBy(() -> Values.salary("185.000")).hasMessage("'185.000' is ambiguous (write 185000 or 185,000)");
        assertThatThrownBy(() -> Values.salary("1e9")).hasMessage("'1e9' is not an amount");
        assertThatThrownBy(() -> Values.salary(-1, "-1")).hasMessage("'-1' is negative");
        assertThatThrownBy(() -> Values.salary(1e300, "1e300")).hasMessage("'1e300' is not a plausible salary");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "US|US", "usa|US", "United States|US", "U.S.|US", "uk|UK", "GB|UK", "United Kingdom|UK",
        "great  britain|UK",
    })
    void readsMarkets(String text, Market expected) throws Values.BadValue {
        assertThat(Values.market(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Germany", "EU", "1"})
    void refusesUnknownMarketsListingTheAllowedOnes(String text) {
        assertThatThrownBy(() -> Values.market(text)).hasMessage("'" + text + "' is not a known market"
                + " (allowed: US, USA, United States, UK, GB, United Kingdom, Great Britain)");
    }

    @Test
    void splitsListsOnSemicolonsFirstThenCommasAndLineBreaks() {
        assertThat(Values.list("Python, SQL ,, Go")).containsExactly("Python", "SQL", "Go");
        assertThat(Values.list("C++, CUDA; Python")).containsExactly("C++, CUDA", "Python");
        assertThat(Values.list("Python\nSQL, Go\r\n\nRust")).containsExactly("Python", "SQL", "Go", "Rust");
        assertThat(Values.list("  ")).isEmpty();
    }
}
