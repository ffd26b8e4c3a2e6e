package com.hirefit.cli;

import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleBaseException;
import com.hirefit.rules.RuleInfo;
import com.hirefit.rules.RuleSource;
import com.hirefit.scenarios.CalibrationSet;
import com.hirefit.scenarios.Coverage;
import com.hirefit.scenarios.ScenarioResult;
import com.hirefit.scenarios.ScenarioSuite;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run the rule scenarios in DIR/tests/*.yaml against the rules in DIR; print PASS or FAIL for each"
                + " scenario, how many scenarios fire each rule, and the rules no scenario fires. Then replay the"
                + " calibration set and print how many pairs agree, per job, and each pair that does not.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every scenario passed and every calibration pair agreed (uncovered rules are listed, not failed)",
                "1:a scenario failed, a calibration pair disagreed, a scenario or calibration file could not be read,"
                        + " or the rules do not pass validation"})
class TestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "The rules folder (default: ./rules); scenarios are read from DIR/tests.")
    Path rules;

    @Option(names = "--calibration", paramLabel = "DIR",
            description = "The calibration set to replay (default: " + DEFAULT_CALIBRATION + " when it exists);"
                    + " see samples/calibration/README.md.")
    Path calibration;

    static final String DEFAULT_CALIBRATION = CalibrationSet.DEFAULT_FOLDER;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleBase ruleBase;
        try {
            ruleBase = RuleBase.compile(RuleSource.fromDirectory(rules));
        } catch (RuleBaseException e) {
            e.problems().forEach(out::println);
            out.println(rules + ": the rules do not pass validation; no scenario was run");
            return 1;
        }
        ScenarioSuite.Report report = ScenarioSuite.run(ruleBase, rules.resolve(ScenarioSuite.FOLDER));
        print(report, out);
        boolean calibrated = calibrate(ruleBase, out);
        return report.ok() && calibrated ? 0 : 1;
    }

    /** Replays the calibration set, if there is one; false when a pair disagrees or the set cannot be read. */
    private boolean calibrate(RuleBase ruleBase, PrintWriter out) {
        Path folder = calibration != null ? calibration : Path.of(DEFAULT_CALIBRATION);
        out.println();
        if (!Files.isDirectory(folder)) {
            out.println(calibration != null ? "ERROR " + folder + ": no calibration set in this folder"
                    : "No calibration set at " + folder + " (--calibration DIR names one); none replayed.");
            return calibration == null;
        }
        CalibrationSet.Report report = CalibrationSet.run(ruleBase, folder);
        out.println("Calibration set " + folder + ": agreement per job");
        int width = report.jobs().stream().mapToInt(job -> job.job().length()).max().orElse(0);
        for (CalibrationSet.JobResult job : report.jobs()) {
            out.printf("  %-" + width + "s %3d/%d agree (%s)%n", job.job(), job.agreed(), job.pairs(), job.agreement());
            for (CalibrationSet.Disagreement pair : job.disagreements()) {
                out.println("    DISAGREE " + pair.candidateId() + ": expected " + pair.verdict() + " (" + pair.because() + ")");
                pair.failures().forEach(failure -> out.println("        " + failure));
            }
        }
        report.errors().forEach(error -> out.println("ERROR " + error));
        out.printf("%d pairs: %d agree (%s), %d disagree; %d error(s)%n", report.pairs(), report.agreed(),
                report.agreement(), report.pairs() - report.agreed(), report.errors().size());
        return report.ok();
    }

    static void print(ScenarioSuite.Report report, PrintWriter out) {
        for (ScenarioResult result : report.results()) {
            out.println((result.passed() ? "PASS  " : "FAIL  ") + result.file() + ":" + result.line() + ": " + result.name());
            result.failures().forEach(failure -> out.println("        " + failure));
        }
        report.errors().forEach(error -> out.println("ERROR " + error));
        Coverage coverage = report.coverage();
        out.println();
        out.println("Coverage: scenarios firing each rule, by file and line");
        int width = coverage.lines().stream().mapToInt(line -> where(line.rule()).length()).max().orElse(0);
        for (Coverage.Line line : coverage.lines()) {
            out.printf("  %-" + width + "s %4d  %s%n", where(line.rule()), line.scenarios(), line.rule().name());
        }
        out.println();
        out.println(coverage.uncovered().size() + " rules fired by no scenario" + (coverage.uncovered().isEmpty() ? "." : ":"));
        coverage.uncovered().forEach(rule -> out.println("  " + where(rule) + "  " + rule.name()));
        out.println();
        out.printf("%d scenarios: %d passed, %d failed; %d error(s); %d of %d rules fired by a scenario%n",
                report.results().size(), report.passed(), report.failed(), report.errors().size(),
                coverage.covered(), coverage.lines().size());
    }

    private static String where(RuleInfo rule) {
        return rule.file() + ":" + rule.line();
    }
}
