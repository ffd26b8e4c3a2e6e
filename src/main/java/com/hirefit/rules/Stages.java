package com.hirefit.rules;

import com.hirefit.rules.drl.DrlRule;
import com.hirefit.rules.drl.RuleModel;
import com.hirefit.rules.drl.RuleProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The run order, read from {@code stages.yaml} in the rules folder: the stages of a job evaluation (once per job) and
 * of a candidate evaluation (once per candidate), each stage a ruleflow-group fired after the ones listed before it,
 * with the rule files that belong to it. The run, the catalogue and validation all read this one list, so a rule
 * author adds a stage by adding a line here and a file beside it.
 */
public final class Stages {

    /** The two evaluations: once per job (the company side), once per candidate. */
    public enum Side { JOB, CANDIDATE }

    /** One stage: its name (the ruleflow-group its rules name), its files, and the line of stages.yaml that names it. */
    public record Stage(String name, List<String> files, int line) {
        public Stage {
            files = List.copyOf(files);
        }
    }

    private final List<Stage> job;
    private final List<Stage> candidate;
    private final List<String> jobOrder;
    private final List<String> candidateOrder;

    Stages(List<Stage> job, List<Stage> candidate) {
        this.job = List.copyOf(job);
        this.candidate = List.copyOf(candidate);
        this.jobOrder = job.stream().map(Stage::name).toList();
        this.candidateOrder = candidate.stream().map(Stage::name).toList();
    }

    public List<Stage> job() {
        return job;
    }

    public List<Stage> candidate() {
        return candidate;
    }

    /** The ruleflow-groups of a job evaluation, in firing order. */
    public List<String> jobOrder() {
        return jobOrder;
    }

    /** The ruleflow-groups of a candidate evaluation, in firing order. */
    public List<String> candidateOrder() {
        return candidateOrder;
    }

    /** The ruleflow-groups of one side's evaluation, in firing order. */
    public List<String> order(Side side) {
        return side == Side.JOB ? jobOrder : candidateOrder;
    }

    /** Every stage once, in the order it first runs (job stages, then candidate stages). */
    public List<Stage> all() {
        Map<String, Stage> byName = new LinkedHashMap<>();
        job.forEach(stage -> byName.putIfAbsent(stage.name(), stage));
        candidate.forEach(stage -> byName.putIfAbsent(stage.name(), stage));
        return List.copyOf(byName.values());
    }

    /** Every rule file a stage lists, each once, in the order its stage first runs. */
    public List<String> files() {
        Set<String> files = new LinkedHashSet<>();
        all().forEach(stage -> files.addAll(stage.files()));
        return List.copyOf(files);
    }

    /**
     * Whether the rules and the stages agree: every rule runs in a stage (its ruleflow-group is a stage's name), a
     * file a stage lists exists and its rules run in that stage, and every stage has a rule. Errors where validation
     * asks ({@code strict}: {@code rules validate}, the folder watch, reloads), warnings in any other compile. A file
     * with rules in no stage is a warning either way: its rules run, but the catalogue cannot place it.
     */
    List<RuleProblem> check(RuleModel model, boolean strict) {
        RuleProblem.Severity severity = strict ? RuleProblem.Severity.ERROR : RuleProblem.Severity.WARNING;
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, Set<String>> stagesOfFile = new LinkedHashMap<>();
        for (Stage stage : all()) {
            for (String file : stage.files()) {
                stagesOfFile.computeIfAbsent(file, f -> new LinkedHashSet<>()).add(stage.name());
                if (!model.files().containsKey(file)) {
                    problems.add(new RuleProblem(RuleSource.STAGES, stage.line(), 1,
                            "stage \"" + stage.name() + "\" lists " + file + ", which is not in the rules folder", severity));
                }
            }
        }
        Set<String> names = new HashSet<>(jobOrder);
        names.addAll(candidateOrder);
        Set<String> used = new HashSet<>();
        Set<String> unplaced = new LinkedHashSet<>();
        for (DrlRule rule : model.rules()) {
            if (rule.query()) {
                continue;
            }
            String where = "rule \"" + rule.name() + "\" ";
            Set<String> listedUnder = stagesOfFile.get(rule.file());
            if (rule.group() == null) {
                problems.add(at(rule, where + "names no ruleflow-group: every rule runs in a stage of " + RuleSource.STAGES, severity));
            } else if (!names.contains(rule.group())) {
                problems.add(at(rule, where + "runs in ruleflow-group \"" + rule.group() + "\", which no stage of "
                        + RuleSource.STAGES + " names: it would never fire", severity));
            } else if (listedUnder != null && !listedUnder.contains(rule.group())) {
                problems.add(at(rule, where + "runs in stage \"" + rule.group() + "\", but " + RuleSource.STAGES + " lists "
                        + rule.file() + " under " + String.join(", ", listedUnder), severity));
            }
            used.add(rule.group());
            if (listedUnder == null) {
                unplaced.add(rule.file());
            }
        }
        unplaced.forEach(file -> problems.add(new RuleProblem(file, 1, 1, file + " is in no stage of " + RuleSource.STAGES
                + ": list it under the stage its rules run in", RuleProblem.Severity.WARNING)));
        // A file that does not parse hides its rules: a stage cannot be said to be empty until every file reads.
        if (model.problems().isEmpty()) {
            for (Stage stage : all()) {
                if (!used.contains(stage.name())) {
                    problems.add(new RuleProblem(RuleSource.STAGES, stage.line(), 1, "stage \"" + stage.name()
                            + "\" has no rules: no rule names ruleflow-group \"" + stage.name() + "\"", severity));
                }
            }
        }
        return problems;
    }

    private static RuleProblem at(DrlRule rule, String message, RuleProblem.Severity severity) {
        return new RuleProblem(rule.file(), rule.line(), rule.column(), message, severity);
    }
}
