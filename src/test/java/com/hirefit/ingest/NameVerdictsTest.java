package com.hirefit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameVerdictsTest {
    private final List<String> asked = new ArrayList<>();
    private final NameVerdicts<Boolean> startsWithA = new NameVerdicts<>(name -> {
        asked.add(name);
        return name.startsWith("a");
    });

    @Test
    void aNameIsDecidedOnceAndAnsweredTheSameAfterwards() {
        assertThat(startsWithA.answer("age")).isTrue();
        assertThat(startsWithA.answer("age")).isTrue();
        assertThat(startsWithA.answer("skills")).isFalse();
        assertThat(startsWithA.answer("skills")).isFalse();
        assertThat(asked).containsExactly("age", "skills");
    }

    @Test
    void aVeryLongNameIsDecidedEveryTimeNotKept() {
        String long201 = "a".repeat(201);
        assertThat(startsWithA.answer(long201)).isTrue();
        assertThat(startsWithA.answer(long201)).isTrue();
        assertThat(asked).hasSize(2);
    }

    @Test
    void pastTenThousandNamesTheRestAreDecidedEveryTime() {
        for (int i = 0; i < 10_000; i++) {
            startsWithA.answer("b" + i);
        }
        asked.clear();
        assertThat(startsWithA.answer("b1")).isFalse();
        assertThat(startsWithA.answer("another")).isTrue();
        assertThat(startsWithA.answer("another")).isTrue();
        assertThat(asked).containsExactly("another", "another");
    }
}
