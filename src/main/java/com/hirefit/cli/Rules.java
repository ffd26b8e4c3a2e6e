package com.hirefit.cli;

import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleBaseException;
import com.hirefit.rules.RuleSource;
import java.nio.file.Path;

/** Where the command line takes its rules from: --rules DIR, else ./rules, else the bundled copy. */
final class Rules {
    static final Path DEFAULT_FOLDER = Path.of("rules");

    private Rules() {
    }

    static RuleBase load(Path folder) throws RuleBaseException {
        RuleSource source = folder != null ? RuleSource.fromDirectory(folder) : RuleSource.folderOrBundled(DEFAULT_FOLDER);
        return RuleBase.compile(source);
    }

    /** Tells the user, under the command's name, every problem that kept the rules from compiling. */
    static void report(java.io.PrintWriter err, String command, RuleBaseException e) {
        err.println(command + "the rules do not compile:");
        e.problems().forEach(problem -> err.println("  " + problem));
    }
}
