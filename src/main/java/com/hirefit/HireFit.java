package com.hirefit;

import com.hirefit.cli.Commands;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The single entry point of the jar: {@code hirefit screen ...} and the other commands. */
public final class HireFit {
    private HireFit() {
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(Commands.root());
        // Results on standard output are UTF-8 whatever the platform's default (rule texts carry £ and dashes).
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        int code = cli.execute(args);
        // The service keeps running on its own threads; every other command ends here.
        if (args.length == 0 || !args[0].equals("serve") || code != 0) {
            System.exit(code);
        }
    }
}
