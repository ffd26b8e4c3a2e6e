package com.hirefit.rules;

import com.hirefit.rules.drl.RuleProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads stages.yaml with a streaming parser, so that every problem names its line:
 * <pre>
 * job:
 *   - company: [company.drl]
 * candidate:
 *   - flags: [green-flags.drl, yellow-flags.drl]
 *   - pay-bands            # a stage listed with its files elsewhere in the file
 * </pre>
 */
final class StagesReader {
    private static final YAMLFactory YAML = new YAMLFactory();

    private final String file;
    private final List<RuleProblem> problems = new ArrayList<>();
    /** Each stage's files, from the entry that lists them, and where that is. */
    private final Map<String, List<String>> filesOf = new HashMap<>();

    private StagesReader(String file) {
        this.file = file;
    }

    static Stages read(String file, byte[] yaml) throws RuleBaseException {
        return new StagesReader(file).parse(yaml);
    }

    private record Named(String name, List<String> files, int line) {
    }

    private Stages parse(byte[] yaml) throws RuleBaseException {
        List<Named> job = null;
        List<Named> candidate = null;
        try (JsonParser p = YAML.createParser(ObjectReadContext.empty(), yaml)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                fail(p, "expected the sections 'job:' and 'candidate:', each a list of stages");
            } else {
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String section = p.currentName();
                    TokenStreamLocation at = p.currentTokenLocation();
                    p.nextToken();
                    switch (section) {
                        case "job" -> job = side(p, section);
                        case "candidate" -> candidate = side(p, section);
                        default -> {
                            problems.add(YamlProblems.at(file, at, "unknown section '" + section + "' (expected 'job' or 'candidate')"));
                            p.skipChildren();
                        }
                    }
                }
            }
        } catch (JacksonException e) {
            problems.add(YamlProblems.syntax(file, e));
        }
        if (problems.isEmpty() && (job == null || candidate == null)) {
            problems.add(new RuleProblem(file, 1, 1, "needs both sections, 'job:' and 'candidate:'"));
        }
        if (!problems.isEmpty()) {
            throw new RuleBaseException(problems);
        }
        Stages stages = new Stages(resolve(job), resolve(candidate));
        if (!problems.isEmpty()) {
            throw new RuleBaseException(problems);
        }
        return stages;
    }

    /** One side's stages: a list whose items are {@code name: [files]} or a bare {@code name}. */
    private List<Named> side(JsonParser p, String section) {
        List<Named> stages = new ArrayList<>();
        if (p.currentToken() != JsonToken.START_ARRAY) {
            fail(p, "'" + section + "' needs a list of stages, like '- company: [company.drl]'");
            p.skipChildren();
            return stages;
        }
        Set<String> seen = new HashSet<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int line = p.currentTokenLocation().getLineNr();
            Named stage = null;
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                stage = new Named(p.getString().strip(), null, line);
            } else if (p.currentToken() == JsonToken.START_OBJECT && p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName().strip();
                p.nextToken();
                stage = new Named(name, files(p, name), line);
                if (p.nextToken() != JsonToken.END_OBJECT) {
                    fail(p, "one stage per list item: write '- " + name + ": [...]' and the next stage on its own line");
                    while (p.currentToken() != JsonToken.END_OBJECT) {
                        p.skipChildren();
                        p.nextToken();
                    }
                }
            } else {
                fail(p, "a stage is '- name: [file.drl, ...]', or '- name' for a stage whose files are listed elsewhere");
                p.skipChildren();
                continue;
            }
            if (stage.name().isEmpty()) {
                fail(p, "a stage needs a name (the ruleflow-group its rules name)");
            } else if (!seen.add(stage.name())) {
                fail(p, "stage \"" + stage.name() + "\" is listed twice under '" + section + "'");
            } else {
                stages.add(stage);
                remember(stage, p);
            }
        }
        return stages;
    }

    private List<String> files(JsonParser p, String stage) {
        List<String> files = new ArrayList<>();
        if (p.currentToken() != JsonToken.START_ARRAY) {
            fail(p, "stage \"" + stage + "\" needs a list of rule files, like [" + stage + ".drl]");
            p.skipChildren();
            return files;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String name = p.currentToken() == JsonToken.VALUE_STRING ? p.getString().strip() : null;
            if (name == null || !name.endsWith(".drl") || name.contains("/") || name.contains("\\")) {
                fail(p, "stage \"" + stage + "\" lists files by name, each a .drl file in the rules folder");
                p.skipChildren();
            } else if (!files.contains(name)) {
                files.add(name);
            }
        }
        return files;
    }

    private void remember(Named stage, JsonParser p) {
        if (stage.files() == null) {
            return;
        }
        List<String> earlier = filesOf.putIfAbsent(stage.name(), stage.files());
        if (earlier != null && !earlier.equals(stage.files())) {
            fail(p, "stage \"" + stage.name() + "\" lists other files than where it is listed before " + earlier
                    + ": a stage runs the same files on both sides");
        }
    }

    private List<Stages.Stage> resolve(List<Named> side) {
        List<Stages.Stage> stages = new ArrayList<>();
        for (Named stage : side) {
            List<String> files = stage.files() != null ? stage.files() : filesOf.get(stage.name());
            if (files == null) {
                problems.add(new RuleProblem(file, stage.line(), 1, "stage \"" + stage.name() + "\" lists no files: write '- "
                        + stage.name() + ": [file.drl]' where it first runs"));
                files = List.of();
            }
            stages.add(new Stages.Stage(stage.name(), files, stage.line()));
        }
        return stages;
    }

    private void fail(JsonParser p, String message) {
        problems.add(YamlProblems.at(file, p.currentTokenLocation(), message));
    }
}
