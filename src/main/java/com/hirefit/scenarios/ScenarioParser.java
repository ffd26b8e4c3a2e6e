package com.hirefit.scenarios;

import com.hirefit.candidate.Candidate;
import com.hirefit.ingest.CandidateFiles;
import com.hirefit.ingest.IngestException;
import com.hirefit.ingest.RowError;
import com.hirefit.job.Job;
import com.hirefit.job.JobFileException;
import com.hirefit.job.JobFiles;
import com.hirefit.rules.RuleBase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one scenario (a YAML map already parsed) into a {@link Scenario}: the job through {@link JobFiles}, each
 * candidate through {@link CandidateFiles} (so both are validated exactly as the product validates them), and the
 * expectations through {@link ExpectationReader}. Every problem is collected and reported together.
 */
final class ScenarioParser {
    private static final Set<String> SCENARIO_KEYS = Set.of("name", "job", "expect", "candidates");
    private static final String SCENARIO_KEY_LIST = "name, job, expect, candidates";
    private static final Set<String> CANDIDATE_KEYS = Set.of("candidate", "expect");
    /** JSON Resume jobs without an end date run to this day, so scenarios do not age. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ExpectationReader expectations;
    private final CandidateFiles candidates = new CandidateFiles(TODAY);

    ScenarioParser(RuleBase rules) {
        this.expectations = new ExpectationReader(rules);
    }

    /** The scenario at {@code position} (1-based) of {@code file}, starting at {@code line}. */
    Scenario parse(String file, int line, int position, JsonNode node) throws ScenarioException {
        String name = name(node, position);
        List<String> problems = new ArrayList<>();
        if (!node.isObject()) {
            throw new ScenarioException(List.of(Scenario.where(file, line, name)
                    + ": a scenario is a map with the keys " + SCENARIO_KEY_LIST));
        }
        for (String key : node.propertyNames()) {
            if (!SCENARIO_KEYS.contains(key)) {
                problems.add("unknown key \"" + key + "\" (allowed: " + SCENARIO_KEY_LIST + ")");
            }
        }
        if (!node.hasNonNull("name") || !node.get("name").isString() || node.get("name").asString().isBlank()) {
            problems.add("name: every scenario needs a name (a sentence saying what it shows)");
        }
        Job job = job(node.get("job"), name, problems);
        Expectations expect = expectations.job(node.get("expect"), "expect", problems);
        List<Scenario.CandidateCase> cases = candidates(node.get("candidates"), problems);
        if (!node.has("expect") && !node.has("candidates")) {
            problems.add("nothing to check: give the scenario an expect block, candidates, or both");
        }
        if (!problems.isEmpty()) {
            String where = Scenario.where(file, line, name);
            throw new ScenarioException(problems.stream().map(problem -> where + ": " + problem).toList());
        }
        return new Scenario(file, line, name, job, expect, cases);
    }

    private static String name(JsonNode node, int position) {
        JsonNode name = node.isObject() ? node.get("name") : null;
        return name != null && name.isString() && !name.asString().isBlank() ? name.asString().strip() : "#" + position;
    }

    private static Job job(JsonNode node, String name, List<String> problems) {
        if (node == null || node.isNull()) {
            problems.add("job: every scenario needs a job (the job file's fields)");
            return null;
        }
        if (!node.isObject()) {
            problems.add("job: must be a map of the job file's fields");
            return null;
        }
        ObjectNode job = (ObjectNode) node.deepCopy();
        if (!job.has("jobId")) {
            job.put("jobId", slug(name));
        }
        try {
            return JobFiles.parse("job", job);
        } catch (JobFileException e) {
            e.getMessage().lines().forEach(problems::add);
            return null;
        }
    }

    private List<Scenario.CandidateCase> candidates(JsonNode node, List<String> problems) {
        List<Scenario.CandidateCase> cases = new ArrayList<>();
        if (node == null || node.isNull()) {
            return cases;
        }
        if (!node.isArray()) {
            problems.add("candidates: must be a list of {candidate: ..., expect: ...}");
            return cases;
        }
        int index = 0;
        for (JsonNode entry : node) {
            index++;
            String at = "candidate " + index;
            if (!entry.isObject()) {
                problems.add(at + ": must be a map with the keys candidate and expect");
                continue;
            }
            for (String key : entry.propertyNames()) {
                if (!CANDIDATE_KEYS.contains(key)) {
                    problems.add(at + ": unknown key \"" + key + "\" (allowed: candidate, expect)");
                }
            }
            Candidate candidate = candidate(entry.get("candidate"), index, at, problems);
            Expectations expect = expectations.candidate(entry.get("expect"), at + ": expect", problems);
            if (candidate != null) {
                cases.add(new Scenario.CandidateCase(index, candidate, expect));
            }
        }
        return cases;
    }

    /** Reads a candidate as the product does; a missing Candidate ID defaults to {@code C1}, {@code C2}... */
    private Candidate candidate(JsonNode node, int index, String at, List<String> problems) {
        if (node == null || !node.isObject()) {
            problems.add(at + ": candidate: must be a candidate object (the canonical column names) or a JSON Resume");
            return null;
        }
        try {
            CandidateFiles.One one = candidates.readOne(JSON.writeValueAsBytes(node), "candidate.json");
            if (one.candidate() == null && one.errors().stream().anyMatch(e -> e.message().startsWith("missing Candidate ID"))) {
                ObjectNode withId = (ObjectNode) node.deepCopy();
                withId.put(node.has("basics") ? "id" : "Candidate ID", "C" + index);
                one = candidates.readOne(JSON.writeValueAsBytes(withId), "candidate.json");
            }
            if (one.candidate() == null) {
                one.errors().forEach(error -> problems.add(at + ": " + describe(error)));
                if (one.errors().isEmpty()) {
                    problems.add(at + ": could not be read as a candidate");
                }
            }
            return one.candidate();
        } catch (IngestException e) {
            problems.add(at + ": " + e.getMessage());
            return null;
        }
    }

    private static String describe(RowError error) {
        return error.column() == null || error.message().startsWith(error.column())
                ? error.message() : error.column() + ": " + error.message();
    }

    /** The default job id: the scenario name in lower case, words joined by hyphens. */
    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
        return slug.isEmpty() ? "scenario" : slug;
    }
}
