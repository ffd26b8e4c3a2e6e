package com.hirefit.screening;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The default deployment: an H2 file, whose personal data lives in a database of its own, so names cross stores. */
@SpringBootTest(properties = "hirefit.rules.watch=false")
class ResultsStoreOnH2FileTest extends ResultsStoreTest {

    @DynamicPropertySource
    static void h2File(DynamicPropertyRegistry registry) throws Exception {
        Path folder = Files.createTempDirectory("hirefit-results-store");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("hirefit"));
    }
}
