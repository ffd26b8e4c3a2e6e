package com.hirefit.cli;

import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleBaseException;
import com.hirefit.rules.RuleSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --rules DIR} option shared by the commands that run the rules, and where the rules come from:
 * --rules DIR, else ./rules, else the copy bundled in the jar.
 */
class RulesFolder {
    static final Path DEFAULT_FOLDER = Path.of("rules");

    @Option(names = "--rules", paramLabel = "DIR",
            description = "The rules folder (default: ./rules if present, else the rules bundled in the jar).")
    Path folder;

    /** The compiled rules, or null after telling the user, under the command's name, every problem in them. */
    RuleBase loadOrReport(PrintWriter err, String command) {
        try {
            RuleSource source = folder != null ? RuleSource.fromDirectory(folder) : RuleSource.folderOrBundled(DEFAULT_FOLDER);
            return RuleBase.compile(source);
        } catch (RuleBaseException e) {
            err.println(command + "the rules do not pass validation:");
            e.problems().forEach(problem -> err.println("  " + problem));
            return null;
        }
    }
}
