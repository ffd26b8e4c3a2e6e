package com.hirefit.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleFixture;
import com.hirefit.rules.RuleInfo;
import com.hirefit.rules.RuleSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule catalogue: every rule once, with where it is and what it says, by concern in stage order, safely escaped. */
class RuleCatalogTest {
    private static final String ODD_RULE = "An audit rule with markup in its reason";

    @TempDir
    static Path dir;

    /** The real rules plus one file with a rule whose reason and source carry markup and a pipe. */
    private static RuleBase withOddRule;

    @BeforeAll
    static void compileRulesWithAnOddRule() throws Exception {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        for (Path file : Files.list(Path.of("rules")).filter(Files::isRegularFile).toList()) {
            Files.copy(file, rules.resolve(file.getFileName()));
        }
        Files.writeString(rules.resolve("audit-extra.drl"), """
                // Extra: a concern outside the stages,
                //   described over two comment lines.
                package hirefit;

                import com.hirefit.rules.facts.*;

                rule "%s"
                    @code("RAG_DESIGN")
                    @reason("A <b>bold</b> claim | with a pipe & an ampersand")
                    @source("[999] 'a <script>alert(1)</script> source'")
                    ruleflow-group "audit"
                when
                    exists Evidence(tag == "RAG")
                then
                end
                """.formatted(ODD_RULE));
        withOddRule = RuleBase.compile(RuleSource.fromDirectory(rules));
    }

    @Test
    void everyRuleAppearsOnceWithItsFileLineCodeReasonAndSource() {
        RuleBase rules = RuleFixture.RULES;
        String md = RuleCatalog.markdown(rules);
        for (RuleInfo rule : rules.rules().values()) {
            String row = "| " + RuleCatalog.md(rule.name()) + " | " + rule.file() + ":" + rule.line() + " | "
                    + (rule.code() == null ? "" : "`" + rule.code() + "`") + " | " + RuleCatalog.md(rule.reason()) + " | "
                    + RuleCatalog.md(rule.source()) + " |\n";
            assertThat(occurrences(md, row)).as(rule.name()).isEqualTo(1);
            assertThat(occurrences(md, "| " + RuleCatalog.md(rule.name()) + " |")).as(rule.name()).isEqualTo(1);
        }
        assertThat(occurrences(md, "\n| ") - occurrences(md, "\n| Rule | Where |")).isEqualTo(rules.rules().size());
        assertThat(md).startsWith("# HireFit rule catalogue\n\n" + rules.rules().size() + " rules in 15 files, rules version "
                + rules.version());

        String html = RuleCatalog.html(rules);
        for (RuleInfo rule : rules.rules().values()) {
            assertThat(occurrences(html, "<tr><td>" + RuleCatalog.h(rule.name()) + "</td>")).as(rule.name()).isEqualTo(1);
            assertThat(html).contains("<code>" + rule.file() + ":" + rule.line() + "</code>");
        }
    }

    @Test
    void concernsComeInStageOrderEachDescribedByItsLeadingComment() {
        String md = RuleCatalog.markdown(RuleFixture.RULES);
        List<Integer> positions = new ArrayList<>();
        for (String file : RuleFixture.RULES.stages().files()) {
            positions.add(md.indexOf("\n## " + file + "\n"));
        }
        assertThat(positions).doesNotContain(-1).isSorted();
        assertThat(md).contains("## company.drl\n\nCompany side: which role the work really needs (DOMAIN.md section 3)."
                + " Decision rules, run once per job. Each rule inserts a NeededRole;");
        assertThat(md).contains("## green-flags.drl\n\nDecision: resume green flags (DOMAIN.md section 4), read from the evidence."
                + "\n\nStage: `flags`, 16 rules\n");
        assertThat(RuleCatalog.concerns(RuleFixture.RULES)).extracting(RuleCatalog.Concern::file)
                .containsExactlyElementsOf(RuleFixture.RULES.stages().files());
    }

    @Test
    void otherFilesComeAfterTheStagesAndTheirTextIsEscapedInMarkdown() {
        List<RuleCatalog.Concern> concerns = RuleCatalog.concerns(withOddRule);
        assertThat(concerns.get(concerns.size() - 1).file()).isEqualTo("audit-extra.drl");
        assertThat(concerns.get(concerns.size() - 1).description())
                .isEqualTo("Extra: a concern outside the stages, described over two comment lines.");

        String md = RuleCatalog.markdown(withOddRule);
        assertThat(md.indexOf("\n## audit-extra.drl\n")).isGreaterThan(md.indexOf("\n## verdict.drl\n"));
        assertThat(md).contains("| " + ODD_RULE + " | audit-extra.drl:7 | `RAG_DESIGN` | A \\<b\\>bold\\</b\\> claim \\| with a pipe"
                + " & an ampersand | [999] 'a \\<script\\>alert(1)\\</script\\> source' |\n");
        assertThat(md).doesNotContain("<b>", "<script>", "claim | with");
    }

    @Test
    void theHtmlPageIsSelfContainedEscapedAndLinksEachConcernFromItsContents() {
        String html = RuleCatalog.html(withOddRule);
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains("<style>").endsWith("</html>\n");
        assertThat(html).doesNotContain("<script", "<link", "src=\"", "<b>");
        assertThat(html).contains("<td>A &lt;b&gt;bold&lt;/b&gt; claim | with a pipe &amp; an ampersand</td>");
        assertThat(html).contains("&#39;a &lt;script&gt;alert(1)&lt;/script&gt; source&#39;");

        Matcher links = Pattern.compile("<li><a href=\"#([^\"]+)\">([^<]+)</a>").matcher(html);
        List<String> files = new ArrayList<>();
        while (links.find()) {
            assertThat(occurrences(html, "<section id=\"" + links.group(1) + "\">\n<h2>" + links.group(2) + "</h2>")).isEqualTo(1);
            files.add(links.group(2));
        }
        List<String> expected = new ArrayList<>(RuleFixture.RULES.stages().files());
        expected.add("audit-extra.drl");
        assertThat(files).containsExactlyElementsOf(expected);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
