package com.hirefit.cli;

import picocli.CommandLine.Command;

/** The command tree. */
@Command(name = "hirefit", mixinStandardHelpOptions = true, version = "HireFit 0.1.0",
        description = "Screens candidates for AI roles with declarative hiring rules.",
        subcommands = {ScreenCommand.class, ServeCommand.class, RulesCommand.class, UsersCommand.class, AuditCommand.class})
public final class Commands {
    private Commands() {
    }

    public static Object root() {
        return new Commands();
    }
}
