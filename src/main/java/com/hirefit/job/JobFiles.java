package com.hirefit.job;

import com.hirefit.vocabulary.Market;
import com.hirefit.vocabulary.Seniority;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a job context from JSON or YAML. The file has exactly the fields of {@link Job}; an unknown field,
 * a missing required field, a wrong type or a value outside a field's allowed set is an error naming the
 * field (and listing the allowed values).
 */
public final class JobFiles {
    static final Set<String> REQUIRED = Set.of("jobId", "jobTitle", "aiPhase", "workShape", "trainingData", "dataMaturity");
    static final List<String> FIELDS = Arrays.stream(Job.class.getRecordComponents()).map(c -> c.getName()).toList();
    private static final Map<String, Integer> MAX_LENGTHS = Map.of("jobId", Job.MAX_ID_LENGTH, "jobTitle", Job.MAX_TITLE_LENGTH);
    /** Values longer than this are described by their length in an error, not quoted. */
    private static final int QUOTED = 60;

    private JobFiles() {
    }

    public static Job read(Path file) throws JobFileException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        ObjectMapper mapper = name.endsWith(".json") ? JsonMapper.builder().build() : YAMLMapper.builder().build();
        if (!name.endsWith(".json") && !name.endsWith(".yaml") && !name.endsWith(".yml")) {
            throw new JobFileException(file + ": a job file must be .json, .yaml or .yml");
        }
        try {
            return parse(file.toString(), mapper.readTree(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new JobFileException(file + ": cannot read: " + e.getMessage());
        } catch (JacksonException e) {
            throw new JobFileException(file + ": not valid " + (name.endsWith(".json") ? "JSON" : "YAML") + ": "
                    + e.getOriginalMessage() + location(e));
        }
    }

    /** Validates an already parsed job document (also used for job bodies sent over HTTP). */
    public static Job parse(String source, JsonNode root) throws JobFileException {
        if (root == null || !root.isObject()) {
            throw new JobFileException(source + ": a job must be an object with the fields " + FIELDS);
        }
        Fields f = new Fields(source, root);
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            if (!FIELDS.contains(entry.getKey())) {
                f.problem(entry.getKey(), "unknown field (allowed: " + String.join(", ", FIELDS) + ")");
            }
        }
        REQUIRED.stream().sorted().filter(field -> !root.hasNonNull(field)).forEach(field -> f.problem(field, "is required"));
        Job job = new Job(f.text("jobId"), f.text("jobTitle"), f.phase(), f.shapes(),
                f.one("trainingData", TrainingData.class, null), f.one("dataMaturity", DataMaturity.class, null),
                f.bool("mlInProduction"), f.one("fundingStage", FundingStage.class, null),
                f.bool("expectsModelTraining"), f.bool("expectsBothMlAndLlm"), f.bool("requiresPhd"), f.tools(),
                f.one("domain", Domain.class, Domain.GENERAL), f.one("market", Market.class, Market.US),
                f.money("salaryBudgetMax"), f.one("targetSeniority", Seniority.class, null));
        if (!f.problems.isEmpty()) {
            throw new JobFileException(String.join("\n", f.problems));
        }
        return job;
    }

    /** A wrong value as written, or only its length when it is long: an error never carries a long input value. */
    private static String was(JsonNode node) {
        String written = node.toString();
        return written.length() <= QUOTED ? written : "a value of " + written.length() + " characters";
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /** Reads fields one by one, collecting every problem instead of stopping at the first. */
    private static final class Fields {
        private final String source;
        private final JsonNode root;
        private final List<String> problems = new ArrayList<>();

        Fields(String source, JsonNode root) {
            this.source = source;
            this.root = root;
        }

        void problem(String field, String message) {
            problems.add(source + ": " + field + ": " + message);
        }

        String text(String field) {
            JsonNode node = root.get(field);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isString() || node.asString().isBlank()) {
                problem(field, "must be a non-empty string");
                return null;
            }
            String text = node.asString().strip();
            int max = MAX_LENGTHS.getOrDefault(field, Integer.MAX_VALUE);
            if (text.length() > max) {
                problem(field, "longer than " + max + " characters");
                return null;
            }
            return text;
        }

        int phase() {
            JsonNode node = root.get("aiPhase");
            if (node == null || node.isNull()) {
                return 0;
            }
            if (!node.isIntegralNumber() || node.asInt() < 1 || node.asInt() > 3) {
                problem("aiPhase", "must be 1, 2 or 3 (was " + was(node) + ")");
                return 0;
            }
            return node.asInt();
        }

        boolean bool(String field) {
            JsonNode node = root.get(field);
            if (node == null || node.isNull()) {
                return false;
            }
            if (!node.isBoolean()) {
                problem(field, "must be true or false (was " + was(node) + ")");
                return false;
            }
            return node.asBoolean();
        }

        Long money(String field) {
            JsonNode node = root.get(field);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isNumber() || node.asDouble() < 0) {
                problem(field, "must be a non-negative number (was " + was(node) + ")");
                return null;
            }
            return node.asLong();
        }

        <E extends Enum<E>> E one(String field, Class<E> type, E fallback) {
            JsonNode node = root.get(field);
            if (node == null || node.isNull()) {
                return fallback;
            }
            return value(field, node, type);
        }

        private <E extends Enum<E>> E value(String field, JsonNode node, Class<E> type) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            if (node.isString()) {
                for (E constant : type.getEnumConstants()) {
                    if (constant.name().equals(node.asString().strip())) {
                        return constant;
                    }
                }
            }
            problem(field, "unknown value " + was(node) + " (allowed: " + allowed + ")");
            return null;
        }

        Set<WorkShape> shapes() {
            JsonNode node = root.get("workShape");
            if (node == null || node.isNull()) {
                return Set.of();
            }
            if (!node.isArray() || node.isEmpty()) {
                problem("workShape", "must be a non-empty list (allowed: " + Arrays.toString(WorkShape.values()) + ")");
                return Set.of();
            }
            Set<WorkShape> shapes = EnumSet.noneOf(WorkShape.class);
            node.valueStream().map(v -> value("workShape", v, WorkShape.class)).filter(v -> v != null).forEach(shapes::add);
            return shapes;
        }

        List<String> tools() {
            JsonNode node = root.get("requiredTools");
            if (node == null || node.isNull()) {
                return List.of();
            }
            if (!node.isArray() || node.valueStream().anyMatch(v -> !v.isString())) {
                problem("requiredTools", "must be a list of strings");
                return List.of();
            }
            if (node.size() > Job.MAX_TOOLS || node.valueStream().anyMatch(v -> v.asString().strip().length() > Job.MAX_TOOL_LENGTH)) {
                problem("requiredTools", "at most " + Job.MAX_TOOLS + " tools of at most " + Job.MAX_TOOL_LENGTH + " characters each");
                return List.of();
            }
            return List.copyOf(node.valueStream().map(JsonNode::asString).map(String::strip)
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
        }
    }
}
