package com.hirefit.cli;

import com.hirefit.rules.RuleBase;
import com.hirefit.rules.authoring.RuleCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "doc", mixinStandardHelpOptions = true,
        description = "Write the catalogue of every rule, generated from the rules: grouped by concern (rule file) in stage"
                + " order, with each rule's name, file:line, code, reason and source.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:bad usage, rules that do not pass validation, or an output file that cannot be written"})
class DocCommand implements Callable<Integer> {
    private static final String NAME = "hirefit rules doc: ";

    enum Format { markdown, html }

    @Spec
    CommandSpec spec;

    @Mixin
    RulesFolder rules;

    @Option(names = "--format", defaultValue = "markdown", paramLabel = "FORMAT",
            description = "markdown (default) or html (one self-contained page).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the catalogue here (UTF-8) instead of standard output.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        RuleBase ruleBase;
        ruleBase = rules.loadOrReport(err, NAME);
        if (ruleBase == null) {
            return 2;
        }
        String catalogue = format == Format.html ? RuleCatalog.html(ruleBase) : RuleCatalog.markdown(ruleBase);
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(catalogue);
            stdout.flush();
            return 0;
        }
        try {
            Files.writeString(out, catalogue, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(NAME + "cannot write " + out + ": " + e.getMessage());
            return 2;
        }
        err.printf("Catalogue of %d rules written to %s%n", ruleBase.rules().size(), out);
        return 0;
    }
}
