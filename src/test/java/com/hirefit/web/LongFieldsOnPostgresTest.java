package com.hirefit.web;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same on a real PostgreSQL server (see {@link TestPostgres}); its files are the server's, not searched here. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {LongFieldsTest.PROPERTIES,
        "hirefit.webhooks.greenhouse.secret=" + LongFieldsTest.SECRET})
class LongFieldsOnPostgresTest extends LongFieldsTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.datasource(registry);
    }

    @Override
    List<Path> databaseFiles() {
        return List.of();
    }
}
