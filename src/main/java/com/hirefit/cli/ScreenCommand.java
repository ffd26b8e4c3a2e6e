package com.hirefit.cli;

import com.hirefit.ingest.CandidateFiles;
import com.hirefit.ingest.IngestException;
import com.hirefit.ingest.UncertainColumn;
import com.hirefit.job.Job;
import com.hirefit.job.JobFileException;
import com.hirefit.job.JobFiles;
import com.hirefit.report.CsvReport;
import com.hirefit.report.JsonReport;
import com.hirefit.report.KeepOpen;
import com.hirefit.report.TableReport;
import com.hirefit.report.XlsxReport;
import com.hirefit.rules.RuleBase;
import com.hirefit.screening.Assessor;
import com.hirefit.screening.ScreeningPipeline;
import com.hirefit.screening.ScreeningSink;
import com.hirefit.screening.ScreeningSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "screen", mixinStandardHelpOptions = true,
        description = "Screen a candidates file (.xlsx, .csv, .json) against one or more job files (.yaml, .json).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:screened (even when some rows were errors)", "2:bad usage, or unreadable job, rules or candidates file"})
class ScreenCommand implements Callable<Integer> {

    enum Format { table, json, xlsx, csv }

    /** What an xlsx workbook's Explanations sheet holds. */
    enum TraceDetail {
        conclusions(XlsxReport.Detail.CONCLUSIONS), full(XlsxReport.Detail.FULL);

        final XlsxReport.Detail detail;

        TraceDetail(XlsxReport.Detail detail) {
            this.detail = detail;
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--job", required = true, paramLabel = "JOB", description = "The job context (.yaml, .yml or .json), or a folder"
            + " of them; repeat the option to screen against several jobs, one report each.")
    List<Path> jobArguments;

    @Mixin
    RulesFolder rules;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table (default), json, xlsx or csv (candidates only; with --out, row errors go to FILE.errors.csv).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write results here instead of standard output (required for xlsx);"
            + " with several jobs, a folder that gets one file per job (JOB_FILE_NAME.txt, .json, .csv or .xlsx).")
    Path out;

    @Option(names = "--trace", defaultValue = "conclusions", paramLabel = "DETAIL",
            description = "xlsx only: the Explanations sheet lists each candidate's conclusions with code, reason and rule"
                    + " (conclusions, default), or every rule that fired (full: the audit trace, about 30 rows per candidate)."
                    + " json always carries the full trace.")
    TraceDetail trace;

    @Option(names = "--threads", paramLabel = "N", description = "Threads that assess candidates (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();
    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "" + CandidateFiles.DEFAULT_MAX_ROWS,
            description = "Read at most N data rows (default ${DEFAULT-VALUE}); the rest are reported as one row error.")
    int maxRows;

    @Parameters(paramLabel = "CANDIDATES_FILE", description = "Resumes: .xlsx, .csv or .json (candidates or JSON Resume).")
    Path candidates;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> jobFiles = jobFiles(err);
        if (jobFiles == null) {
            return 2;
        }
        boolean several = jobFiles.size() > 1;
        if (format == Format.xlsx && out == null) {
            err.println("hirefit screen: --format xlsx needs --out " + (several ? "DIR" : "FILE"));
            return 2;
        }
        if (several && out == null && format != Format.table) {
            err.println("hirefit screen: --format " + format + " with several jobs needs --out DIR (one file per job)");
            return 2;
        }
        RuleBase ruleBase = rules.loadOrReport(err, "hirefit screen: ");
        if (ruleBase == null) {
            return 2;
        }
        List<Job> jobs = new ArrayList<>();
        for (Path file : jobFiles) {
            try {
                jobs.add(JobFiles.read(file));
            } catch (JobFileException e) {
                err.println("hirefit screen: " + e.getMessage());
                return 2;
            }
        }
        if (!Files.isReadable(candidates)) {
            err.println("hirefit screen: " + candidates + ": file not found or not readable");
            return 2;
        }
        if (maxRows < 1) {
            err.println("hirefit screen: --max-rows must be 1 or more");
            return 2;
        }
        if (several && out != null) {
            Files.createDirectories(out);
        }
        List<String> tallies = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            Path target = out == null ? null : several ? out.resolve(baseName(jobFiles.get(i)) + "." + extension()) : out;
            String tally = screen(ruleBase, jobs.get(i), target, err);
            if (tally == null) {
                return 2;
            }
            tallies.add(tally);
        }
        if (several) {
            err.println("Verdicts per job (" + jobs.size() + " jobs):");
            tallies.forEach(line -> err.println("  " + line));
        }
        return 0;
    }

    /** Screens the candidates against one job into {@code target} (standard output when null); the verdict line, or null on a read error. */
    private String screen(RuleBase ruleBase, Job jobContext, Path target, PrintWriter err) throws IOException {
        CandidateFiles files = new CandidateFiles(Clock.systemDefaultZone(), CandidateFiles.DEFAULT_MAX_CELL_LENGTH, maxRows);
        try (VerdictTally sink = new VerdictTally(sink(target))) {
            ScreeningSummary summary = ScreeningPipeline.run(new Assessor(ruleBase), jobContext,
                    rowSink -> files.read(candidates, rowSink), sink, threads);
            err.printf("Screened %d candidate(s) from %s against %s with rules %s; %d row error(s).%n",
                    summary.screened(), candidates, jobContext.jobId(), ruleBase.version(), summary.errors());
            if (!summary.droppedColumns().isEmpty()) {
                err.println("Dropped protected columns (never read): " + String.join(", ", summary.droppedColumns()));
            }
            if (!summary.uncertainColumns().isEmpty()) {
                err.println("Possibly protected, among them: " + summary.uncertainColumns().stream().map(UncertainColumn::describe)
                        .collect(Collectors.joining(", ")) + "; " + UncertainColumn.ADVICE + ".");
            }
            if (target != null) {
                err.println("Results written to " + target);
                if (format == Format.csv) {
                    err.println("Row errors written to " + errorsFile(target));
                }
            }
            return sink.line();
        } catch (IngestException e) {
            err.println("hirefit screen: " + e.getMessage());
            if (target != null) {
                Files.deleteIfExists(target);
                if (format == Format.csv) {
                    Files.deleteIfExists(errorsFile(target));
                }
            }
            return null;
        }
    }

    /** The job files named by --job: each file as given, each folder's .yaml, .yml and .json files in name order. */
    private List<Path> jobFiles(PrintWriter err) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path argument : jobArguments) {
            if (!Files.isDirectory(argument)) {
                files.add(argument);
                continue;
            }
            try (Stream<Path> listing = Files.list(argument)) {
                List<Path> inFolder = listing.filter(ScreenCommand::isJobFile).sorted().toList();
                if (inFolder.isEmpty()) {
                    err.println("hirefit screen: " + argument + ": no job files (.yaml, .yml, .json) in this folder");
                    return null;
                }
                files.addAll(inFolder);
            }
        }
        return files;
    }

    private static boolean isJobFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(path) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }

    private static String baseName(Path jobFile) {
        return jobFile.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
    }

    private String extension() {
        return format == Format.table ? "txt" : format.name();
    }

    private ScreeningSink sink(Path target) throws IOException {
        OutputStream stream = target == null ? new KeepOpen(System.out) : Files.newOutputStream(target);
        return switch (format) {
            case table -> new TableReport(stream);
            case json -> new JsonReport(stream);
            case xlsx -> new XlsxReport(stream, trace.detail);
            case csv -> new CsvReport(stream, target == null ? null : Files.newOutputStream(errorsFile(target)));
        };
    }

    /** Where --format csv puts the row errors of FILE: FILE.errors.csv (results.csv gives results.errors.csv). */
    private static Path errorsFile(Path target) {
        String name = target.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return target.resolveSibling(base + ".errors.csv");
    }
}
