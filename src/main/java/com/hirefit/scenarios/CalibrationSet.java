package com.hirefit.scenarios;

import com.hirefit.candidate.Candidate;
import com.hirefit.ingest.CandidateFiles;
import com.hirefit.ingest.IngestException;
import com.hirefit.ingest.RowError;
import com.hirefit.ingest.RowSink;
import com.hirefit.job.Job;
import com.hirefit.job.JobFileException;
import com.hirefit.job.JobFiles;
import com.hirefit.rules.RuleBase;
import com.hirefit.screening.Assessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The calibration set ({@code samples/calibration/}): resumes written from the seeds ({@code resumes.csv}), what
 * every job must say about each ({@code resumes.yaml}), and per sample job the expected verdict of every pair
 * with its reason ({@code jobs/JOB.yaml}, the job itself being {@code ../jobs/JOB.yaml}). Replayed against one
 * rule base: a pair agrees when every expectation on it holds. A file that cannot be read, a resume without
 * expectations, a pair missing or a reason not defined is an error, so the set stays complete.
 */
public final class CalibrationSet {
    public static final String RESUMES = "resumes.csv";
    public static final String RESUME_EXPECTATIONS = "resumes.yaml";
    public static final String PAIRS = "jobs";
    /** Where {@code rules test} and the service look for the set unless told otherwise. */
    public static final String DEFAULT_FOLDER = "samples/calibration";

    private static final YAMLMapper YAML = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<String> RESUME_KEYS = Set.of("story", "expect", "because");
    private static final Set<String> FILE_KEYS = Set.of("job", "needs", "reasons", "pairs");
    private static final Set<String> PAIR_ONLY_KEYS = Set.of("because", "note");
    private static final Pattern JOB_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private CalibrationSet() {
    }

    /** A pair whose assessment differs from what the set expects: the expected verdict and its reason, and what differed. */
    public record Disagreement(String candidateId, String verdict, String because, List<String> failures) {
        public Disagreement {
            failures = List.copyOf(failures);
        }
    }

    /** One job against every resume: how many pairs, and those that disagree. */
    public record JobResult(String job, int pairs, List<Disagreement> disagreements) {
        public JobResult {
            disagreements = List.copyOf(disagreements);
        }

        public int agreed() {
            return pairs - disagreements.size();
        }

        /** The share of pairs that agree, "97.8%" ("-" for none). */
        public String agreement() {
            return percent(agreed(), pairs);
        }
    }

    /** The replay: one result per job file, in name order, and the problems that kept pairs from being checked. */
    public record Report(List<JobResult> jobs, List<String> errors) {
        public Report {
            jobs = List.copyOf(jobs);
            errors = List.copyOf(errors);
        }

        public int pairs() {
            return jobs.stream().mapToInt(JobResult::pairs).sum();
        }

        public int agreed() {
            return jobs.stream().mapToInt(JobResult::agreed).sum();
        }

        public String agreement() {
            return percent(agreed(), pairs());
        }

        /** Every pair agrees and nothing kept a pair from being checked. */
        public boolean ok() {
            return errors.isEmpty() && agreed() == pairs();
        }
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    /** Replays the set in {@code folder}; job {@code NAME} is read from {@code folder/../jobs/NAME.yaml}. */
    public static Report run(RuleBase rules, Path folder) {
        List<String> errors = new ArrayList<>();
        Map<String, Candidate> resumes = resumes(folder.resolve(RESUMES), errors);
        ExpectationReader reader = new ExpectationReader(rules);
        Map<String, ObjectNode> expected = resumeExpectations(folder.resolve(RESUME_EXPECTATIONS), resumes.keySet(), errors);
        List<JobResult> jobs = new ArrayList<>();
        Path pairsFolder = folder.resolve(PAIRS);
        List<Path> files = pairFiles(pairsFolder, errors);
        Assessor assessor = new Assessor(rules);
        for (Path file : files) {
            JobResult result = replay(file, folder.toAbsolutePath().normalize().getParent().resolve("jobs"), resumes, expected,
                    reader, assessor, errors);
            if (result != null) {
                jobs.add(result);
            }
        }
        return new Report(jobs, errors);
    }

    private static Map<String, Candidate> resumes(Path file, List<String> errors) {
        Map<String, Candidate> resumes = new LinkedHashMap<>();
        try {
            new CandidateFiles(ScenarioParser.TODAY).read(file, new RowSink() {
                @Override
                public void accept(Candidate candidate) {
                    resumes.put(candidate.id(), candidate);
                }

                @Override
                public void reject(RowError error) {
                    errors.add(file + ": row " + error.row() + (error.column() == null ? "" : ", " + error.column())
                            + ": " + error.message());
                }
            });
        } catch (IngestException | IOException e) {
            errors.add(file + ": " + e.getMessage());
        }
        return resumes;
    }

    /** Each resume's expectations as written (validated when a pair is checked, merged with the pair's). */
    private static Map<String, ObjectNode> resumeExpectations(Path file, Set<String> ids, List<String> errors) {
        Map<String, ObjectNode> expected = new LinkedHashMap<>();
        JsonNode root = yamlMap(file, "a map of resume IDs to {story, expect, because}", errors);
        if (root == null) {
            return expected;
        }
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            String id = entry.getKey();
            String at = file.getFileName() + ": " + id;
            JsonNode resume = entry.getValue();
            if (!ids.contains(id)) {
                errors.add(at + ": no resume with this ID in " + RESUMES);
            }
            if (!resume.isObject()) {
                errors.add(at + ": must be a map with the keys story, expect, because");
                continue;
            }
            resume.propertyNames().stream().filter(key -> !RESUME_KEYS.contains(key))
                    .forEach(key -> errors.add(at + ": unknown key \"" + key + "\" (allowed: story, expect, because)"));
            if (!resume.path("story").isString()) {
                errors.add(at + ": story: say what the resume is, in a sentence");
            }
            if (!resume.path("because").isArray() || resume.path("because").isEmpty()) {
                errors.add(at + ": because: list the seed passages behind the expectations");
            }
            JsonNode expect = resume.get("expect");
            if (expect == null || !expect.isObject() || !expect.has("recommendedRole")) {
                errors.add(at + ": expect: must give at least the recommendedRole");
                continue;
            }
            expected.put(id, (ObjectNode) expect);
        }
        ids.stream().filter(id -> !expected.containsKey(id) && !root.has(id))
                .forEach(id -> errors.add(file.getFileName() + ": no expectations for resume " + id));
        return expected;
    }

    private static List<Path> pairFiles(Path folder, List<String> errors) {
        if (!Files.isDirectory(folder)) {
            errors.add(folder + ": no folder of job files");
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            List<Path> files = listing.filter(path -> Files.isRegularFile(path) && path.toString().endsWith(".yaml")).sorted().toList();
            if (files.isEmpty()) {
                errors.add(folder + ": no job files (*.yaml)");
            }
            return files;
        } catch (IOException e) {
            errors.add(folder + ": cannot read: " + e.getMessage());
            return List.of();
        }
    }

    private static JobResult replay(Path file, Path sampleJobs, Map<String, Candidate> resumes, Map<String, ObjectNode> expected,
                                    ExpectationReader reader, Assessor assessor, List<String> errors) {
        String name = file.getFileName().toString();
        JsonNode root = yamlMap(file, "a map with the keys job, needs, reasons, pairs", errors);
        if (root == null) {
            return null;
        }
        root.propertyNames().stream().filter(key -> !FILE_KEYS.contains(key))
                .forEach(key -> errors.add(name + ": unknown key \"" + key + "\" (allowed: job, needs, reasons, pairs)"));
        Job job = job(name, root.path("job"), sampleJobs, errors);
        JsonNode reasons = root.path("reasons");
        JsonNode pairs = root.path("pairs");
        if (job == null || !pairs.isObject()) {
            if (!pairs.isObject()) {
                errors.add(name + ": pairs: must map every resume ID to {verdict, because}");
            }
            return null;
        }
        Assessor.JobRun run = assessor.assessJob(job);
        List<Disagreement> disagreements = new ArrayList<>();
        int checked = 0;
        Set<String> unpaired = new LinkedHashSet<>(resumes.keySet());
        for (Map.Entry<String, JsonNode> pair : pairs.properties()) {
            String id = pair.getKey();
            String at = name + ": " + id;
            unpaired.remove(id);
            Candidate candidate = resumes.get(id);
            Expectations expect = expectations(at, pair.getValue(), reasons, expected.get(id), reader, errors);
            if (candidate == null) {
                errors.add(at + ": no resume with this ID in " + RESUMES);
                continue;
            }
            if (expect == null) {
                continue;
            }
            checked++;
            List<String> failures;
            try {
                failures = expect.check(ScenarioRunner.actual(assessor.assess(candidate, run)));
            } catch (RuntimeException e) {
                failures = List.of("the rules failed: " + e.getMessage());
            }
            if (!failures.isEmpty()) {
                disagreements.add(new Disagreement(id, expect.values().get("verdict"), pair.getValue().path("because").asString(), failures));
            }
        }
        unpaired.forEach(id -> errors.add(name + ": no pair for resume " + id + " (every resume needs a verdict for every job)"));
        return new JobResult(name.replaceFirst("\\.yaml$", ""), checked, disagreements);
    }

    private static Job job(String name, JsonNode node, Path sampleJobs, List<String> errors) {
        if (!node.isString() || !JOB_NAME.matcher(node.asString()).matches()) {
            errors.add(name + ": job: the name of a sample job (NAME for ../jobs/NAME.yaml)");
            return null;
        }
        try {
            return JobFiles.read(sampleJobs.resolve(node.asString() + ".yaml"));
        } catch (JobFileException e) {
            errors.add(name + ": job: " + e.getMessage());
            return null;
        }
    }

    /** The pair's expectations merged with its resume's; null (with the problems in errors) when they cannot be read. */
    private static Expectations expectations(String at, JsonNode pair, JsonNode reasons, ObjectNode resume, ExpectationReader reader,
                                             List<String> errors) {
        if (!pair.isObject() || !pair.has("verdict") || !pair.path("because").isString()) {
            errors.add(at + ": must be {verdict: CODE, because: REASON} (and optionally note, failureRisks...)");
            return null;
        }
        if (!reasons.has(pair.get("because").asString())) {
            errors.add(at + ": because: no reason named \"" + pair.get("because").asString() + "\" under reasons");
            return null;
        }
        ObjectNode merged = resume == null ? YAML.createObjectNode() : resume.deepCopy();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : pair.properties()) {
            if (PAIR_ONLY_KEYS.contains(entry.getKey())) {
                continue;
            }
            if (merged.has(entry.getKey())) {
                problems.add(at + ": " + entry.getKey() + " is already expected of the resume in " + RESUME_EXPECTATIONS);
            }
            merged.set(entry.getKey(), entry.getValue());
        }
        Expectations expectations = reader.candidate(merged, at, problems);
        errors.addAll(problems);
        return problems.isEmpty() ? expectations : null;
    }

    /** The file's YAML when it is a map; null, with the problem in {@code errors}, otherwise. */
    private static JsonNode yamlMap(Path file, String shape, List<String> errors) {
        try {
            JsonNode root = YAML.readTree(Files.readAllBytes(file));
            if (root == null || !root.isObject()) {
                errors.add(file.getFileName() + ": must be " + shape);
                return null;
            }
            return root;
        } catch (IOException e) {
            errors.add(file + ": cannot read: " + e.getMessage());
        } catch (JacksonException e) {
            var where = e.getLocation();
            errors.add(file + (where == null ? "" : ":" + where.getLineNr()) + ": not valid YAML: " + e.getOriginalMessage());
        }
        return null;
    }
}
