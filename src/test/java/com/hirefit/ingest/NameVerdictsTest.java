package com.hirefit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameVerdictsTest {
    private final List<String> asked = new ArrayList<>();
    private final NameVerdicts startsWithA = new NameVerdicts(name -> {
        asked.add(name);
        return name.startsWith("a");
    });

    @Test
    void aNameIsDecidedOnceAndAnsweredTheSameAfterwards() {
        assertThat(startsWithA.test("age")).isTrue();
        assertThat(startsWithA.test("age")).isTrue();
        assertThat(startsWithA.test("skills")).isFalse();
        assertThat(startsWithA.test("skills")).isFalse();
        assertThat(asked).containsExactly("age", "skills");
    }

    @Test
    void aVeryLongNameIsDecidedEveryTimeNotKept() {
        String long201 = "a".repeat(201);
        assertThat(startsWithA.test(long201)).isTrue();
        assertThat(startsWithA.test(long201)).isTrue();
        assertThat(asked).hasSize(2);
    }

    @Test
    void pastTenThousandNamesTheRestAreDecidedEveryTime() {
        for (int i = 0; i < 10_000; i++) {
            startsWithA.test("b" + i);
        }
        asked.clear();
        assertThat(startsWithA.test("b1")).isFalse();
        assertThat(startsWithA.test("another")).isTrue();
        assertThat(startsWithA.test("another")).isTrue();
        assertThat(asked).containsExactly("another", "another");
    }
}
