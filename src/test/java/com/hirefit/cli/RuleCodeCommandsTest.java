package com.hirefit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.rules.LeakingRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that compiles a rules folder refuses one whose rule runs code (the rule from issue 10, an
 * {@code eval} that writes the webhook secret to a file): it exits with an error naming the file and line, and
 * the file is never written, not even by a command that screens candidates.
 */
class RuleCodeCommandsTest {
    private final CommandRun cli = new CommandRun();

    @TempDir
    Path dir;
    Path rules;
    Path leak;

    @BeforeEach
    void rulesWithTheLeak() throws Exception {
        rules = Files.createDirectory(dir.resolve("rules"));
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        leak = dir.resolve("leak.txt");
        Files.writeString(rules.resolve("leak.drl"), LeakingRule.file(leak));
    }

    static Stream<List<String>> commands() {
        return Stream.of(
                List.of("screen", "--job", "samples/jobs/contract-review.yaml", "--rules", "RULES", "samples/candidates.csv"),
                List.of("rules", "explain", "--job", "samples/jobs/contract-review.yaml", "--candidate-id", "HF-1001", "--rules", "RULES",
                        "samples/candidates.csv"),
                List.of("rules", "test", "--rules", "RULES"),
                List.of("rules", "doc", "--rules", "RULES"),
                List.of("rules", "validate", "--rules", "RULES"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void aCommandRefusesTheFolderNamingTheRuleAndNothingRuns(List<String> command) {
        int code = cli.run(command.stream().map(arg -> arg.equals("RULES") ? rules.toString() : arg).toArray(String[]::new));
        assertThat(code).as(cli.out() + cli.err()).isNotZero();
        assertThat(cli.out() + cli.err()).contains("leak.drl:" + LeakingRule.EVAL_LINE + ":").contains("\"System\" is not allowed");
        assertThat(leak).doesNotExist();
    }
}
