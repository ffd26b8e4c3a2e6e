package com.hirefit.cli;

import com.hirefit.rules.RuleBaseException;
import com.hirefit.rules.RuleSource;
import com.hirefit.rules.authoring.RuleValidator;
import com.hirefit.rules.drl.RuleProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Compile every rule file and lint the rules; print each problem as file:line:column: message.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:no errors (warnings may be printed)", "1:errors found"})
class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules", description = "The rules folder (default: ./rules).")
    Path rules;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<RuleProblem> problems;
        try {
            problems = RuleValidator.validate(RuleSource.fromDirectory(rules));
        } catch (RuleBaseException e) {
            e.problems().forEach(out::println);
            return 1;
        }
        problems.forEach(out::println);
        long errors = problems.stream().filter(RuleProblem::isError).count();
        out.printf("%s: %d error(s), %d warning(s)%n", rules, errors, problems.size() - errors);
        return errors > 0 ? 1 : 0;
    }
}
