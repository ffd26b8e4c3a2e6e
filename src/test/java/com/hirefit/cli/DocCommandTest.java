package com.hirefit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules doc as a user runs it: Markdown on standard output, or an HTML page written to a file. */
class DocCommandTest {
    private final CommandRun cli = new CommandRun();

    @TempDir
    Path dir;



    @Test
    void writesMarkdownToStandardOutputAndHtmlToAFile() throws Exception {
        assertThat(cli.run("rules", "doc")).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("# HireFit rule catalogue\n").contains("\n## verdict.drl\n");

        Path page = dir.resolve("rules.html");
        assertThat(cli.run("rules", "doc", "--format", "html", "--out", page.toString())).as(cli.err()).isZero();
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h2>green-flags.drl</h2>", "£130k");
        assertThat(cli.err()).contains("written to " + page);
    }

    @Test
    void rulesThatDoNotCompileExitTwo() {
        assertThat(cli.run("rules", "doc", "--rules", dir.resolve("none").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("rules folder not found");
        assertThat(cli.out()).isEmpty();
    }
}
