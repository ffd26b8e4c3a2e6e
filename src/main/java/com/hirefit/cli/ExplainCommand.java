package com.hirefit.cli;

import com.hirefit.candidate.Candidate;
import com.hirefit.ingest.CandidateFiles;
import com.hirefit.ingest.IngestException;
import com.hirefit.ingest.RowError;
import com.hirefit.ingest.RowSink;
import com.hirefit.job.Job;
import com.hirefit.job.JobFileException;
import com.hirefit.job.JobFiles;
import com.hirefit.rules.RuleBase;
import com.hirefit.rules.drl.DrlRule;
import com.hirefit.rules.drl.RuleModel;
import com.hirefit.screening.Assessor;
import com.hirefit.screening.CandidateAssessment;
import com.hirefit.screening.FactText;
import com.hirefit.screening.Finding;
import com.hirefit.screening.Trace;
import com.hirefit.screening.TraceStep;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The trace of one candidate: every rule that fired for the job and then for the candidate, in firing order,
 * with where it is written, the facts it matched and the facts it produced. Rules never see a name or an
 * email, and neither does this output: it shows rule inputs only.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Trace one candidate through the rules: every rule that fired (job side, then candidate side), in"
                + " firing order, with its file:line, the facts it matched and the facts it produced.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:explained", "1:no candidate with that ID in the file",
                "2:bad usage, or unreadable job, rules or candidates file"})
class ExplainCommand implements Callable<Integer> {
    private static final String NAME = "hirefit rules explain: ";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--job", required = true, paramLabel = "JOB_FILE", description = "The job context (.yaml, .yml or .json).")
    Path job;

    @Option(names = "--candidate-id", required = true, paramLabel = "ID", description = "The Candidate ID to explain.")
    String candidateId;

    @Mixin
    RulesFolder rules;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format;

    @Parameters(paramLabel = "CANDIDATES_FILE", description = "Resumes: .xlsx, .csv or .json (candidates or JSON Resume).")
    Path candidates;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Job jobContext;
        try {
            jobContext = JobFiles.read(job);
        } catch (JobFileException e) {
            err.println(NAME + e.getMessage());
            return 2;
        }
        if (!Files.isReadable(candidates)) {
            err.println(NAME + candidates + ": file not found or not readable");
            return 2;
        }
        String id = candidateId.strip();
        Search search = new Search(id);
        try {
            new CandidateFiles(Clock.systemDefaultZone()).read(candidates, search);
        } catch (Search.Found found) {
            // read no further
        } catch (IngestException | IOException e) {
            err.println(NAME + e.getMessage());
            return 2;
        }
        if (search.found == null) {
            err.println(NAME + "no candidate with ID " + id + " in " + candidates
                    + (search.errors > 0 ? " (" + search.errors + " row(s) could not be read; `hirefit screen` lists them)" : ""));
            return 1;
        }
        RuleBase ruleBase;
        ruleBase = rules.loadOrReport(err, NAME);
        if (ruleBase == null) {
            return 2;
        }
        Assessor assessor = new Assessor(ruleBase);
        Trace<Assessor.JobRun> jobTrace = assessor.explainJob(jobContext);
        Trace<CandidateAssessment> trace;
        try {
            trace = assessor.explain(search.found, jobTrace.assessment());
        } catch (RuntimeException e) {
            err.println(NAME + "the rules could not assess candidate " + id + ": " + e.getMessage());
            return 2;
        }
        RuleModel model = ruleBase.model();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(JSON.writeValueAsString(json(ruleBase, jobContext, jobTrace, trace, search.found.row(), model)));
        } else {
            text(out, ruleBase, jobContext, jobTrace, trace, search.found.row(), model);
        }
        out.flush();
        return 0;
    }

    /** Streams the file until the candidate with the ID arrives. */
    private static final class Search implements RowSink {
        private final String id;
        Candidate found;
        int errors;

        Search(String id) {
            this.id = id;
        }

        @Override
        public void accept(Candidate candidate) {
            if (id.equals(candidate.id())) {
                found = candidate;
                throw new Found();
            }
        }

        @Override
        public void reject(RowError error) {
            errors++;
        }

        /** Stops the reader once the candidate is found. */
        static final class Found extends RuntimeException {
            Found() {
                super(null, null, false, false);
            }
        }
    }

    private void text(PrintWriter out, RuleBase ruleBase, Job jobContext, Trace<Assessor.JobRun> jobTrace,
                      Trace<CandidateAssessment> trace, int row, RuleModel model) {
        CandidateAssessment a = trace.assessment();
        out.printf("Candidate %s (row %d of %s): %s%n", a.candidateId(), row, candidates, a.verdict());
        for (Finding reason : a.verdictReasons()) {
            out.println("  " + reason.reason());
        }
        out.printf("Best-fit role %s, seniority %s.%n", a.recommendedRole() == null ? "none" : a.recommendedRole(),
                a.seniority() == null ? "unknown" : a.seniority());
        out.printf("Job %s \"%s\", rules version %s (%s).%n", jobContext.jobId(), jobContext.jobTitle(), ruleBase.version(),
                ruleBase.origin());
        out.println();
        out.printf("Job steps (the company side, run once for the job): %d rule(s) fired%n", jobTrace.steps().size());
        steps(out, jobTrace.steps(), model);
        out.println();
        out.printf("Candidate steps: %d rule(s) fired%n", trace.steps().size());
        steps(out, trace.steps(), model);
    }

    private static void steps(PrintWriter out, List<TraceStep> steps, RuleModel model) {
        int width = Math.max(3, Integer.toString(steps.size()).length() + 1);
        String indent = " ".repeat(width + 2);
        for (int i = 0; i < steps.size(); i++) {
            TraceStep step = steps.get(i);
            out.printf("%" + width + "d. [%s] %s   (%s)%n", i + 1, step.group(), step.rule(), step.where());
            if (step.matched().isEmpty()) {
                String conditions = conditions(model.rule(step.rule()));
                out.println(indent + "when: " + (conditions.isEmpty() ? "(always)" : conditions));
            } else {
                facts(out, indent + "matched: ", indent, step.matched(), step.rule());
            }
            if (step.produced().isEmpty()) {
                out.println(indent + "produced: (nothing new)");
            } else {
                facts(out, indent + "produced: ", indent, step.produced(), step.rule());
            }
        }
    }

    private static void facts(PrintWriter out, String first, String indent, List<Object> facts, String rule) {
        String more = indent + " ".repeat(first.length() - indent.length());
        for (int i = 0; i < facts.size(); i++) {
            out.println((i == 0 ? first : more) + FactText.compact(facts.get(i), rule));
        }
    }

    private Map<String, Object> json(RuleBase ruleBase, Job jobContext, Trace<Assessor.JobRun> jobTrace,
                                     Trace<CandidateAssessment> trace, int row, RuleModel model) {
        CandidateAssessment a = trace.assessment();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("candidateId", a.candidateId());
        root.put("row", row);
        root.put("verdict", a.verdict());
        root.put("verdictReasons", a.verdictReasons().stream().map(ExplainCommand::jsonFinding).toList());
        root.put("recommendedRole", a.recommendedRole());
        root.put("seniority", a.seniority());
        root.put("jobId", jobContext.jobId());
        root.put("rulesVersion", ruleBase.version());
        root.put("jobSteps", jsonSteps(jobTrace.steps(), model));
        root.put("candidateSteps", jsonSteps(trace.steps(), model));
        return root;
    }

    private static List<Map<String, Object>> jsonSteps(List<TraceStep> steps, RuleModel model) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            TraceStep step = steps.get(i);
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("step", i + 1);
            one.put("rule", step.rule());
            one.put("file", step.file());
            one.put("line", step.line());
            one.put("group", step.group());
            one.put("conditions", conditions(model.rule(step.rule())));
            one.put("matched", step.matched().stream().map(ExplainCommand::jsonFact).toList());
            one.put("produced", step.produced().stream().map(ExplainCommand::jsonFact).toList());
            list.add(one);
        }
        return list;
    }

    private static Map<String, Object> jsonFinding(Finding finding) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("code", finding.code());
        one.put("reason", finding.reason());
        one.put("rule", finding.rule());
        return one;
    }

    private static Map<String, Object> jsonFact(Object fact) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("type", FactText.type(fact));
        Map<String, Object> fields = FactText.fields(fact);
        if (fields != null) {
            one.put("fields", fields);
        } else {
            one.put("value", String.valueOf(fact));
        }
        return one;
    }

    /** A rule's conditions on one line, without comments. */
    private static String conditions(DrlRule rule) {
        return rule == null ? "" : rule.conditions();
    }
}
