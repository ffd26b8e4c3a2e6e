package com.hirefit.screening;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:results-store;DB_CLOSE_DELAY=-1", "hirefit.rules.watch=false"})
class ResultsStoreOnH2Test extends ResultsStoreTest {
}
