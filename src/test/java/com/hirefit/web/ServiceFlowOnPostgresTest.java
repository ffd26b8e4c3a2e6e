package com.hirefit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same flows on a real PostgreSQL server. .ci/run installs PostgreSQL from Debian's packages, starts it
 * on loopback and sets HIREFIT_TEST_POSTGRES_URL (with _USER and _PASSWORD); without them this test fails,
 * it does not skip.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirefit.api.keys=" + ApiHttp.KEY)
class ServiceFlowOnPostgresTest extends ServiceFlowTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = System.getenv("HIREFIT_TEST_POSTGRES_URL");
        assertThat(url).as("HIREFIT_TEST_POSTGRES_URL is not set: run the tests with bash .ci/run, which starts PostgreSQL").isNotBlank();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> System.getenv().getOrDefault("HIREFIT_TEST_POSTGRES_USER", "hirefit"));
        registry.add("spring.datasource.password", () -> System.getenv().getOrDefault("HIREFIT_TEST_POSTGRES_PASSWORD", "hirefit"));
    }
}
