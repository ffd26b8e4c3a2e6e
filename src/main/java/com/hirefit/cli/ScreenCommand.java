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
import com.hirefit.screening.Screening;
import com.hirefit.screening.ScreeningSink;
import com.hirefit.screening.ScreeningSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "screen", mixinStandardHelpOptions = true,
        description = "Screen a candidates file (.xlsx, .csv, .json) against a job file (.yaml, .json).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:screened (even when some rows were errors)", "2:bad usage, or unreadable job, rules or candidates file"})
class ScreenCommand implements Callable<Integer> {

    enum Format { table, json, xlsx, csv }

    @Spec
    CommandSpec spec;

    @Option(names = "--job", required = true, paramLabel = "JOB_FILE", description = "The job context (.yaml, .yml or .json).")
    Path job;

    @Mixin
    RulesFolder rules;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table (default), json, xlsx or csv (candidates only; with --out, row errors go to FILE.errors.csv).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write results here instead of standard output (required for xlsx).")
    Path out;

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
        if (format == Format.xlsx && out == null) {
            err.println("hirefit screen: --format xlsx needs --out FILE");
            return 2;
        }
        RuleBase ruleBase = rules.loadOrReport(err, "hirefit screen: ");
        if (ruleBase == null) {
            return 2;
        }
        Job jobContext;
        try {
            jobContext = JobFiles.read(job);
        } catch (JobFileException e) {
            err.println("hirefit screen: " + e.getMessage());
            return 2;
        }
        if (!Files.isReadable(candidates)) {
            err.println("hirefit screen: " + candidates + ": file not found or not readable");
            return 2;
        }
        if (maxRows < 1) {
            err.println("hirefit screen: --max-rows must be 1 or more");
            return 2;
        }
        CandidateFiles files = new CandidateFiles(Clock.systemDefaultZone(), CandidateFiles.DEFAULT_MAX_CELL_LENGTH, maxRows);
        try (ScreeningSink sink = sink()) {
            ScreeningSummary summary = Screening.run(new Assessor(ruleBase), jobContext,
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
            if (out != null) {
                err.println("Results written to " + out);
                if (format == Format.csv) {
                    err.println("Row errors written to " + errorsFile());
                }
            }
            return 0;
        } catch (IngestException e) {
            err.println("hirefit screen: " + e.getMessage());
            if (out != null) {
                Files.deleteIfExists(out);
                if (format == Format.csv) {
                    Files.deleteIfExists(errorsFile());
                }
            }
            return 2;
        }
    }

    private ScreeningSink sink() throws IOException {
        OutputStream stream = out == null ? new KeepOpen(System.out) : Files.newOutputStream(out);
        return switch (format) {
            case table -> new TableReport(stream);
            case json -> new JsonReport(stream);
            case xlsx -> new XlsxReport(stream);
            case csv -> new CsvReport(stream, out == null ? null : Files.newOutputStream(errorsFile()));
        };
    }

    /** Where --format csv --out FILE puts the row errors: FILE.errors.csv (results.csv gives results.errors.csv). */
    private Path errorsFile() {
        String name = out.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return out.resolveSibling(base + ".errors.csv");
    }
}
