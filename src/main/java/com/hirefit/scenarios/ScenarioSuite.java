package com.hirefit.scenarios;

import com.hirefit.rules.RuleBase;
import com.hirefit.screening.Assessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every scenario file of a folder ({@code rules/tests/*.yaml}), run against one compiled rule base. A file or
 * scenario that cannot be read is an error in the report and the others still run.
 */
public final class ScenarioSuite {
    /** The scenario folder inside a rules folder. */
    public static final String FOLDER = "tests";

    private ScenarioSuite() {
    }

    /** What a run found: each scenario's result in file order, the files and scenarios that could not run, and the coverage. */
    public record Report(List<ScenarioResult> results, List<String> errors, Coverage coverage) {
        public Report {
            results = List.copyOf(results);
            errors = List.copyOf(errors);
        }

        public long failed() {
            return results.stream().filter(result -> !result.passed()).count();
        }

        public long passed() {
            return results.size() - failed();
        }

        /** No failure and no error (uncovered rules are reported by the coverage, not here). */
        public boolean ok() {
            return failed() == 0 && errors.isEmpty();
        }
    }

    /** Runs every {@code *.yaml} / {@code *.yml} file in {@code folder}, in name order. */
    public static Report run(RuleBase rules, Path folder) {
        List<String> errors = new ArrayList<>();
        List<ScenarioFile> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            errors.add(folder + ": no scenario folder (write scenarios in " + folder + "/*.yaml)");
        } else {
            try (Stream<Path> listing = Files.list(folder)) {
                for (Path file : listing.filter(ScenarioSuite::isScenarioFile).sorted().toList()) {
                    files.add(ScenarioFile.read(file.getFileName().toString(), Files.readAllBytes(file)));
                }
            } catch (IOException e) {
                errors.add(folder + ": cannot read: " + e.getMessage());
            }
            if (files.isEmpty() && errors.isEmpty()) {
                errors.add(folder + ": no scenario files (*.yaml)");
            }
        }
        return run(rules, files, errors);
    }

    static Report run(RuleBase rules, List<ScenarioFile> files, List<String> errors) {
        ScenarioParser parser = new ScenarioParser(rules);
        ScenarioRunner runner = new ScenarioRunner(new Assessor(rules));
        List<ScenarioResult> results = new ArrayList<>();
        List<String> problems = new ArrayList<>(errors);
        Set<String> names = new HashSet<>();
        for (ScenarioFile file : files) {
            if (file.error() != null) {
                problems.add(file.error());
                continue;
            }
            int position = 0;
            for (ScenarioFile.Entry entry : file.entries()) {
                position++;
                try {
                    Scenario scenario = parser.parse(file.name(), entry.line(), position, entry.node());
                    if (!names.add(scenario.name())) {
                        problems.add(scenario.where() + ": another scenario has this name; give each a name of its own");
                        continue;
                    }
                    results.add(runner.run(scenario));
                } catch (ScenarioException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        return new Report(results, problems, Coverage.of(rules, results));
    }

    private static boolean isScenarioFile(Path path) {
        String name = path.getFileName().toString();
        return Files.isRegularFile(path) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }
}
