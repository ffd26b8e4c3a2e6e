package com.hirefit.cli;

import picocli.CommandLine.Command;

/** Tools for rule authors. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Check, test, explain and document the rules in rules/.",
        subcommands = {ValidateCommand.class, TestCommand.class, ExplainCommand.class, DocCommand.class})
class RulesCommand {
}
