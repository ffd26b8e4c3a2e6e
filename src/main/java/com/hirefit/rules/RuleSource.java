package com.hirefit.rules;

import com.hirefit.rules.drl.RuleProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The rule files as bytes, by path relative to the rules folder: the DRL files, taxonomy.yaml, vocabulary.yaml and
 * stages.yaml at the top of the folder. Read from a folder (so authors edit and rerun) or, as a
 * fallback, from the copy bundled in the jar.
 */
public record RuleSource(String origin, SortedMap<String, byte[]> files) {

    static final String BUNDLED_ROOT = "hirefit-rules/";
    public static final String TAXONOMY = "taxonomy.yaml";
    public static final String VOCABULARY = "vocabulary.yaml";
    public static final String STAGES = "stages.yaml";

    public RuleSource {
        files = new TreeMap<>(files);
    }

    public static RuleSource fromDirectory(Path dir) throws RuleBaseException {
        if (!Files.isDirectory(dir)) {
            throw new RuleBaseException(new RuleProblem(dir.toString(), 0, 0, "rules folder not found"));
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path file : entries.filter(RuleSource::isRuleFile).toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new RuleBaseException(new RuleProblem(dir.toString(), 0, 0, "cannot read: " + e.getMessage()));
        }
        return new RuleSource(dir.toString(), files);
    }

    /** The rule files packaged inside the jar at build time. */
    public static RuleSource bundled() throws RuleBaseException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:" + BUNDLED_ROOT + "*");
            for (Resource resource : resources) {
                String name = resource.getFilename();
                if (name != null && isRuleFile(Path.of(name))) {
                    try (InputStream in = resource.getInputStream()) {
                        files.put(name, in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new RuleBaseException(new RuleProblem("(bundled rules)", 0, 0, "cannot read: " + e.getMessage()));
        }
        return new RuleSource("(bundled rules)", files);
    }

    /** The rules folder if it exists, otherwise the bundled rules. */
    public static RuleSource folderOrBundled(Path dir) throws RuleBaseException {
        return Files.isDirectory(dir) ? fromDirectory(dir) : bundled();
    }

    private static boolean isRuleFile(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".drl") || name.equals(TAXONOMY) || name.equals(VOCABULARY) || name.equals(STAGES);
    }

    /** A hash of every file's name and content: two rule bases with the same version decide the same way. */
    public String version() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                sha.update(file.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.getValue());
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
