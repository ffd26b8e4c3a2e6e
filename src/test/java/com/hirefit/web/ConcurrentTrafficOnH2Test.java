package com.hirefit.web;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:hirefit-concurrent;DB_CLOSE_DELAY=-1", "hirefit.api.keys=" + ApiHttp.KEY,
        "hirefit.webhooks.greenhouse.secret=" + ConcurrentTrafficTest.SECRET, "hirefit.rules.debounce=100ms"})
class ConcurrentTrafficOnH2Test extends ConcurrentTrafficTest {
}
