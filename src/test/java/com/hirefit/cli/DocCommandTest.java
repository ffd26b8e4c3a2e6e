package com.hirefit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** rules doc as a user runs it: Markdown on standard output, or an HTML page written to a file. */
class DocCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(Commands.root());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void writesMarkdownToStandardOutputAndHtmlToAFile() throws Exception {
        assertThat(run("rules", "doc")).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("# HireFit rule catalogue\n").contains("\n## verdict.drl\n");

        Path page = dir.resolve("rules.html");
        assertThat(run("rules", "doc", "--format", "html", "--out", page.toString())).as(err.toString()).isZero();
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h2>green-flags.drl</h2>", "£130k");
        assertThat(err.toString()).contains("written to " + page);
    }

    @Test
    void rulesThatDoNotCompileExitTwo() {
        assertThat(run("rules", "doc", "--rules", dir.resolve("none").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("rules folder not found");
        assertThat(out.toString()).isEmpty();
    }
}
