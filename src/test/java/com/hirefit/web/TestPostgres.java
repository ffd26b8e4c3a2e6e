package com.hirefit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL server for the tests that run on it. .ci/run installs PostgreSQL from Debian's packages, starts it on
 * loopback and sets HIREFIT_TEST_POSTGRES_URL (with _USER and _PASSWORD); without them such a test fails, it does not skip.
 */
public final class TestPostgres {
    private TestPostgres() {
    }

    public static void datasource(DynamicPropertyRegistry registry) {
        String url = System.getenv("HIREFIT_TEST_POSTGRES_URL");
        assertThat(url).as("HIREFIT_TEST_POSTGRES_URL is not set: run the tests with bash .ci/run, which starts PostgreSQL").isNotBlank();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> System.getenv().getOrDefault("HIREFIT_TEST_POSTGRES_USER", "hirefit"));
        registry.add("spring.datasource.password", () -> System.getenv().getOrDefault("HIREFIT_TEST_POSTGRES_PASSWORD", "hirefit"));
        // Spring keeps each test class's context (and its pool) for reuse; idle connections are given back so that a
        // dozen cached contexts do not hold the server's connection slots.
        registry.add("spring.datasource.hikari.minimum-idle", () -> "0");
        registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
    }
}
