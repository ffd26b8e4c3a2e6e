package com.hirefit.cli;

import com.hirefit.candidate.SelfIdentification;
import com.hirefit.fairness.Audit;
import com.hirefit.fairness.AuditOptions;
import com.hirefit.fairness.AuditRecord;
import com.hirefit.fairness.AuditReport;
import com.hirefit.fairness.AuditSummary;
import com.hirefit.fairness.AuditWorkbook;
import com.hirefit.fairness.Doc;
import com.hirefit.fairness.Selection;
import com.hirefit.ingest.CandidateFiles;
import com.hirefit.ingest.IngestException;
import com.hirefit.ingest.RowError;
import com.hirefit.ingest.SelfIdSink;
import com.hirefit.screening.CandidateAssessment;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The adverse-impact report (NYC LL144 rates and impact ratios by sex, race/ethnicity and their"
                + " intersection, with significance and the rules ranked by the gap they drive) of a results file written by"
                + " 'screen --format json', joined with a self-identification table (.xlsx or .csv, Candidate ID plus sex and"
                + " race/ethnicity columns). Research notes, not legal advice.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:bad usage, or a file that cannot be read or written"})
class AuditCommand implements Callable<Integer> {
    private static final String NAME = "hirefit audit: ";

    enum Format { markdown, html, json, xlsx }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULTS_JSON", description = "Results written by 'screen --format json'.")
    Path results;

    @Parameters(index = "1", paramLabel = "SELF_ID_FILE", description = "Self-identification table (.xlsx or .csv).")
    Path selfIds;

    @Option(names = "--selection", defaultValue = "FIT", paramLabel = "VIEW",
            description = "FIT (STRONG_FIT or FIT, default), REVIEW_OR_BETTER, or SCORE (highest role score above the median).")
    Selection selection;

    @Option(names = "--exclude-under-two-percent", description = "Leave categories under 2%% of the data out of the impact ratios.")
    boolean exclude;

    @Option(names = "--format", defaultValue = "markdown", paramLabel = "FORMAT",
            description = "markdown (the published summary, default), html (the same), json (the whole report) or xlsx (needs --out).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Option(names = "--data-source", defaultValue = "historical", paramLabel = "KIND",
            description = "historical (the employer's own use, default) or test (data from elsewhere: say why in --about).")
    String dataSource;

    @Option(names = "--about", paramLabel = "TEXT", description = "What the data is and where it came from, for the summary.")
    String about;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of the period the results cover (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of the period (YYYY-MM-DD; default today).")
    LocalDate to;

    @Option(names = "--distribution-date", paramLabel = "DATE", description = "The date the tool was first used.")
    LocalDate distributionDate;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (selection == Selection.DECISION) {
            err.println(NAME + "--selection DECISION needs recruiters' decisions, which a results file does not hold: use the"
                    + " service's audit (GET /api/audit?selection=DECISION), or FIT, REVIEW_OR_BETTER or SCORE here");
            return 2;
        }
        if (format == Format.xlsx && out == null) {
            err.println(NAME + "--format xlsx needs --out FILE");
            return 2;
        }
        JsonMapper json = JsonMapper.builder().build();
        Map<String, SelfIdentification> answers = new HashMap<>();
        List<AuditRecord> records = new ArrayList<>();
        String rulesVersion;
        try {
            JsonNode tree = json.readTree(results.toFile());
            rulesVersion = tree.path("rulesVersion").asString("");
            String jobId = tree.path("job").path("jobId").asString("");
            int[] refused = new int[1];
            new CandidateFiles(Clock.systemUTC()).readSelfIdentification(selfIds, selfIds.getFileName().toString(), new SelfIdSink() {
                @Override
                public void accept(SelfIdentification answer) {
                    answers.put(answer.candidateId(), answer);
                }

                @Override
                public void reject(RowError error) {
                    refused[0]++;
                    err.println(NAME + selfIds + " row " + error.row() + ": " + error.message());
                }
            });
            for (JsonNode node : tree.path("candidates")) {
                CandidateAssessment a = json.treeToValue(node, CandidateAssessment.class);
                SelfIdentification answer = answers.get(a.candidateId());
                records.add(new AuditRecord(jobId, answer == null ? null : answer.sex(), answer == null ? null : answer.raceEthnicity(),
                        a.verdict(), a.roleScores().values().stream().mapToInt(Integer::intValue).max().orElse(0),
                        AuditRecord.hitsOf(a), null, false, null));
            }
            if (records.isEmpty()) {
                err.println(NAME + results + " holds no candidates (write it with 'screen --format json')");
                return 2;
            }
            LocalDate last = to == null ? LocalDate.now() : to;
            AuditReport.Scope scope = new AuditReport.Scope(LocalDate.now(), distributionDate, dataSource,
                    about != null ? about : "The results file " + results.getFileName() + " (HireFit's recommendations) with the"
                            + " self-identification in " + selfIds.getFileName() + "; candidates without an answer are unknown.",
                    from == null ? last.minusYears(1).plusDays(1) : from, last, jobId.isEmpty() ? null : jobId,
                    rulesVersion.isEmpty() ? List.of() : List.of(rulesVersion));
            AuditReport report = Audit.report(records, scope, selection, new AuditOptions(exclude, AuditOptions.DEFAULT.alpha()));
            write(report, json);
            return 0;
        } catch (IngestException e) {
            err.println(NAME + e.getMessage());
            return 2;
        } catch (JacksonException e) {
            err.println(NAME + results + " is not a results file written by 'screen --format json' (" + e.getOriginalMessage() + ")");
            return 2;
        } catch (IOException e) {
            err.println(NAME + "cannot read or write a file: " + e.getMessage());
            return 2;
        }
    }

    private void write(AuditReport report, JsonMapper json) throws IOException {
        if (format == Format.xlsx) {
            try (OutputStream stream = Files.newOutputStream(out)) {
                AuditWorkbook.write(report, stream);
            }
            return;
        }
        String text = switch (format) {
            case json -> json.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n";
            case html -> AuditSummary.write(report, Doc.html("Summary of the bias audit"));
            default -> AuditSummary.write(report, Doc.markdown());
        };
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
        } else {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        }
    }
}
