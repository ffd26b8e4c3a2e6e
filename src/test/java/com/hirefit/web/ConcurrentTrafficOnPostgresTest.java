package com.hirefit.web;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"hirefit.api.keys=" + ApiHttp.KEY,
        "hirefit.webhooks.greenhouse.secret=" + ConcurrentTrafficTest.SECRET, "hirefit.rules.debounce=100ms"})
class ConcurrentTrafficOnPostgresTest extends ConcurrentTrafficTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.datasource(registry);
    }
}
