package com.hirefit;

import com.hirefit.cli.Commands;
import picocli.CommandLine;

/** The single entry point of the jar: {@code hirefit screen ...} and the other commands. */
public final class HireFit {
    private HireFit() {
    }

    public static void main(String[] args) {
        int code = new CommandLine(Commands.root()).execute(args);
        // The service keeps running on its own threads; every other command ends here.
        if (args.length == 0 || !args[0].equals("serve") || code != 0) {
            System.exit(code);
        }
    }
}
