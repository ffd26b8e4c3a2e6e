package com.hirefit.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On H2 in files (the default setup), so its data and trace files can be searched for the values. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {LongFieldsTest.PROPERTIES,
        "hirefit.webhooks.greenhouse.secret=" + LongFieldsTest.SECRET})
class LongFieldsOnH2Test extends LongFieldsTest {
    static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("hirefit-long-fields");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void h2InFiles(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DIR.resolve("hirefit").toAbsolutePath());
    }

    @Override
    List<Path> databaseFiles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> all = files.toList();
            org.assertj.core.api.Assertions.assertThat(all).as("H2's files").isNotEmpty();
            return all;
        }
    }
}
