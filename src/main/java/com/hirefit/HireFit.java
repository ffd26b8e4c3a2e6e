package com.hirefit;

import com.hirefit.cli.Commands;
import picocli.CommandLine;

/** The single entry point of the jar: {@code hirefit screen ...} and the other commands. */
public final class HireFit {
    private HireFit() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(Commands.root()).execute(args));
    }
}
