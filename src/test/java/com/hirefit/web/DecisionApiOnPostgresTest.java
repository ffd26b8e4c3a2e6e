package com.hirefit.web;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same on a real PostgreSQL server (see {@link TestPostgres}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hirefit.api.keys=" + ApiHttp.KEY)
class DecisionApiOnPostgresTest extends DecisionApiTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.datasource(registry);
    }
}
