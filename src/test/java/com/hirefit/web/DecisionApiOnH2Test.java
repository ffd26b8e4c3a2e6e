package com.hirefit.web;

import org.springframework.boot.test.context.SpringBootTest;

/** On H2 in memory, sharing the service of {@link ServiceFlowOnH2Test}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:hirefit-flow;DB_CLOSE_DELAY=-1", "hirefit.api.keys=" + ApiHttp.KEY})
class DecisionApiOnH2Test extends DecisionApiTest {
}
