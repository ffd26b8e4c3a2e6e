package com.hirefit.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the rules folder that a test may change and the service under test may watch. */
final class RulesCopy {
    private RulesCopy() {
    }

    static Path inTempFolder() {
        try {
            Path dir = Files.createTempDirectory("hirefit-rules");
            try (Stream<Path> files = Files.list(Path.of("rules"))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, dir.resolve(file.getFileName()));
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
