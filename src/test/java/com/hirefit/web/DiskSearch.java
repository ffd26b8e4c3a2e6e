package com.hirefit.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Searches files byte by byte for a text in every encoding a database may write it in: UTF-8 (also H2's string
 * encoding and PostgreSQL's server encoding here; they agree for these characters) and UTF-16 either way round.
 */
public final class DiskSearch {
    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE,
            StandardCharsets.UTF_16LE);

    private DiskSearch() {
    }

    /** Where the text is found: "file (encoding)" for each hit, none when nowhere. */
    public static List<String> find(List<Path> files, String text) {
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes = read(file);
            for (Charset encoding : ENCODINGS) {
                if (indexOf(bytes, text.getBytes(encoding)) >= 0) {
                    found.add(file.getFileName() + " (" + encoding + ")");
                }
            }
        }
        return found;
    }

    /** Every regular file under a folder. */
    public static List<Path> filesUnder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
