package com.hirefit.screening;

import com.hirefit.web.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same queries on PostgreSQL (see {@link TestPostgres}). */
@SpringBootTest(properties = "hirefit.rules.watch=false")
class ResultsStoreOnPostgresTest extends ResultsStoreTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.datasource(registry);
    }
}
