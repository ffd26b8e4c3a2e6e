package com.hirefit.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario runner: reading, validating and comparing, on small scenario files written here. */
class ScenarioSuiteTest {

    private static final String JOB = """
              job:
                jobTitle: LLM Engineer
                aiPhase: 2
                workShape: [UNSTRUCTURED_TEXT]
                trainingData: NONE
                dataMaturity: ADEQUATE
            """;

    private static final String RAG_ENGINEER = """
                - candidate:
                    Current Title: LLM Engineer
                    Years Experience: 4
                    Years LLM Experience: 3
                    Highlights: Built a RAG pipeline with LangChain and an LLM-as-judge eval suite.
            """;

    private static ScenarioSuite.Report run(String... nameAndYaml) {
        List<ScenarioFile> files = new ArrayList<>();
        for (int i = 0; i < nameAndYaml.length; i += 2) {
            files.add(ScenarioFile.read(nameAndYaml[i], nameAndYaml[i + 1].getBytes(StandardCharsets.UTF_8)));
        }
        return ScenarioSuite.run(CompiledRules.RULES, files, List.of());
    }

    @Test
    void aScenarioThatHoldsPassesAndRecordsTheRulesItFired() {
        var report = run("fit.yaml", "- name: A RAG engineer fits LLM work\n" + JOB + """
              expect:
                neededRoles: [LLM_ENGINEER]
                hireNeitherYet: false
              candidates:
            """ + RAG_ENGINEER + """
                  expect:
                    verdict: FIT
                    recommendedRole: LLM_ENGINEER
                    seniority: MID
                    greenFlags: [RAG_DESIGN, EVAL_FRAMEWORK]
                    yellowFlags: {include: [], exclude: [NO_EVAL_FOCUS]}
                    compensation: PAY_NOT_GIVEN
            """);
        assertThat(report.errors()).isEmpty();
        assertThat(report.results()).singleElement().satisfies(result -> {
            assertThat(result.passed()).as("%s", result.failures()).isTrue();
            assertThat(result.file()).isEqualTo("fit.yaml");
            assertThat(result.line()).isEqualTo(1);
            assertThat(result.firedRules()).contains("Work on unstructured text needs an LLM engineer",
                    "Designing retrieval-augmented generation is a green flag",
                    "A candidate who fits the needed role with nothing to weigh is a fit");
        });
        assertThat(report.coverage().lines()).filteredOn(line -> line.rule().name().equals("Designing retrieval-augmented generation is a green flag"))
                .singleElement().satisfies(line -> assertThat(line.scenarios()).isEqualTo(1));
        assertThat(report.coverage().uncovered()).extracting(rule -> rule.name())
                .contains("A junior NLP engineer in the US is paid $100k-$145k base per [000]");
        assertThat(report.ok()).isTrue();
    }

    @Test
    void aFailingExpectationIsReportedAsADiffOfExpectedAndActualCodes() {
        var report = run("wrong.yaml", "- name: Wrong guesses about a RAG engineer\n" + JOB + """
              expect:
                neededRoles: [ML_ENGINEER]
                notes: {include: [AGENT_PREMIUM]}
              candidates:
            """ + RAG_ENGINEER + """
                  expect:
                    verdict: STRONG_FIT
                    recommendedRole: none
                    greenFlags: {include: [RAG_DESIGN, FINE_TUNING], exclude: [EVAL_FRAMEWORK]}
                    yellowFlags: [NO_EVAL_FOCUS]
            """);
        assertThat(report.errors()).isEmpty();
        ScenarioResult result = report.results().get(0);
        assertThat(result.passed()).isFalse();
        assertThat(result.failures()).containsExactly(
                "job: neededRoles: missing ML_ENGINEER; unexpected LLM_ENGINEER (actual: [LLM_ENGINEER])",
                "job: notes: missing AGENT_PREMIUM (actual: [TIME_TO_HIRE])",
                "candidate 1 (C1): verdict: expected STRONG_FIT, was FIT (A candidate who fits the needed role with nothing to weigh is a fit)",
                "candidate 1 (C1): recommendedRole: expected none, was LLM_ENGINEER (role scores {LLM_ENGINEER=9, ML_ENGINEER=0,"
                        + " NLP_ENGINEER=0, AI_AGENT_ENGINEER=0, DATA_ENGINEER=0, PLATFORM_ENGINEER=0, PROMPT_ENGINEER=0})",
                "candidate 1 (C1): greenFlags: missing FINE_TUNING; unexpected EVAL_FRAMEWORK (actual: [RAG_DESIGN, EVAL_FRAMEWORK])",
                "candidate 1 (C1): yellowFlags: missing NO_EVAL_FOCUS (actual: [])");
        assertThat(report.ok()).isFalse();
    }

    @Test
    void unknownKeysAndCodesAreErrorsNamingTheFileTheScenarioAndTheKey() {
        var report = run("typos.yaml", "- name: Typos everywhere\n" + JOB + """
              expct:
                neededRoles: [LLM_ENGINEER]
              expect:
                neededRole: [LLM_ENGINEER]
                risks: {include: [TITLE_NOT_WORK_SHAPE], exlude: []}
              candidates:
            """ + RAG_ENGINEER + """
                  expect:
                    verdikt: FIT
                    greenFlags: {include: [RAG_DESING]}
                    seniority: 5
                    firedRules: [No such rule]
                    firedRules2: []
            """ + """
            - name: The next scenario still runs
            """ + JOB + """
              expect:
                neededRoles: [LLM_ENGINEER]
            """);
        assertThat(report.errors()).containsExactly(
                "typos.yaml:1: scenario \"Typos everywhere\": unknown key \"expct\" (allowed: name, job, expect, candidates)",
                "typos.yaml:1: scenario \"Typos everywhere\": expect: unknown key \"neededRole\" (allowed: neededRoles, hireNeitherYet, risks, notes, firedRules)",
                "typos.yaml:1: scenario \"Typos everywhere\": expect.risks: unknown key \"exlude\" (allowed: include, exclude)",
                "typos.yaml:1: scenario \"Typos everywhere\": candidate 1: expect: unknown key \"verdikt\" (allowed: verdict, recommendedRole,"
                        + " seniority, compensation, greenFlags, yellowFlags, failureRisks, interviewFocus, firedRules)",
                "typos.yaml:1: scenario \"Typos everywhere\": candidate 1: expect.greenFlags.include: unknown code RAG_DESING (allowed: "
                        + String.join(", ", CompiledRules.RULES.vocabulary().codes("greenFlags")) + ")",
                "typos.yaml:1: scenario \"Typos everywhere\": candidate 1: expect.seniority: must be one code or none (allowed: JUNIOR, MID, SENIOR, STAFF)",
                "typos.yaml:1: scenario \"Typos everywhere\": candidate 1: expect.firedRules: no rule is named \"No such rule\"",
                "typos.yaml:1: scenario \"Typos everywhere\": candidate 1: expect: unknown key \"firedRules2\" (allowed: verdict, recommendedRole,"
                        + " seniority, compensation, greenFlags, yellowFlags, failureRisks, interviewFocus, firedRules)");
        assertThat(report.results()).extracting(ScenarioResult::name).containsExactly("The next scenario still runs");
        assertThat(report.results().get(0).passed()).isTrue();
    }

    @Test
    void aRuleNameCutAtItsCommaByAFlowListGetsAHint() {
        var report = run("comma.yaml", "- name: Comma in a rule name\n" + JOB + """
              expect:
                firedRules: [Other openings take about the IT average of seventeen days, AI roles a little longer]
            """);
        assertThat(report.errors()).first().asString().contains(
                "expect.firedRules: no rule is named \"Other openings take about the IT average of seventeen days\" (a rule name"
                        + " with a comma must be quoted inside [...], or written as a \"- \" list item)");
    }

    @Test
    void anInvalidJobOrCandidateIsReportedWithTheProductsOwnMessages() {
        var report = run("bad.yaml", """
            - name: A job and a candidate that do not validate
              job:
                jobTitle: LLM Engineer
                aiPhase: 4
                workShape: [CHATBOTS]
                trainingData: NONE
              candidates:
                - candidate:
                    Years Experience: ten
                - expect: {verdict: FIT}
            """);
        assertThat(report.results()).isEmpty();
        assertThat(report.errors()).allSatisfy(error -> assertThat(error).startsWith("bad.yaml:1: scenario \"A job and a candidate that do not validate\": "))
                .anySatisfy(error -> assertThat(error).contains("job: aiPhase: must be 1, 2 or 3 (was 4)"))
                .anySatisfy(error -> assertThat(error).contains("job: workShape: unknown value \"CHATBOTS\""))
                .anySatisfy(error -> assertThat(error).contains("job: dataMaturity: is required"))
                .anySatisfy(error -> assertThat(error).contains("candidate 1: Years Experience:"))
                .anySatisfy(error -> assertThat(error).contains("candidate 2: candidate: must be a candidate object"));
    }

    @Test
    void aBrokenFileIsReportedByNameWithItsLineAndTheOtherFilesStillRun(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a-broken.yaml"), "- name: Broken\n  job: {jobTitle: [unclosed\n");
        Files.writeString(dir.resolve("b-not-a-list.yaml"), "name: A scenario outside a list\n");
        Files.writeString(dir.resolve("c-good.yaml"), "- name: Good\n" + JOB + "  expect:\n    neededRoles: [LLM_ENGINEER]\n");
        Files.writeString(dir.resolve("notes.txt"), "not a scenario file");
        var report = ScenarioSuite.run(CompiledRules.RULES, dir);
        assertThat(report.errors()).hasSize(2);
        assertThat(report.errors().get(0)).startsWith("a-broken.yaml:").contains("not valid YAML");
        assertThat(report.errors().get(1)).isEqualTo("b-not-a-list.yaml: a scenario file is a list of scenarios, each starting with \"- name: ...\"");
        assertThat(report.results()).extracting(ScenarioResult::name).containsExactly("Good");
        assertThat(report.passed()).isEqualTo(1);
        assertThat(report.ok()).isFalse();
    }

    @Test
    void aMissingOrEmptyScenarioFolderIsAnError(@TempDir Path dir) {
        assertThat(ScenarioSuite.run(CompiledRules.RULES, dir.resolve("tests")).errors()).singleElement().asString()
                .contains("no scenario folder");
        assertThat(ScenarioSuite.run(CompiledRules.RULES, dir).errors()).singleElement().asString()
                .contains("no scenario files");
    }

    @Test
    void scenarioNamesAreUniqueAndEveryScenarioChecksSomething() {
        var report = run("one.yaml", "- name: Same name\n" + JOB + "  expect: {hireNeitherYet: false}\n",
                "two.yaml", "- name: Same name\n" + JOB + "  expect: {hireNeitherYet: false}\n- name: Nothing to check\n" + JOB);
        assertThat(report.results()).hasSize(1);
        assertThat(report.errors()).containsExactly(
                "two.yaml:1: scenario \"Same name\": another scenario has this name; give each a name of its own",
                "two.yaml:9: scenario \"Nothing to check\": nothing to check: give the scenario an expect block, candidates, or both");
    }

    @Test
    void theJobIdAndCandidateIdsDefaultAndJsonResumesAreRead() {
        var report = run("defaults.yaml", "- name: Defaults and a JSON Resume\n" + JOB + """
              candidates:
                - candidate:
                    basics: {name: Ada Quill, label: LLM Engineer}
                    work:
                      - {name: Acme, position: LLM Engineer, startDate: "2021-01", endDate: "2025-01",
                         highlights: ["Shipped a RAG assistant to 5,000 users with an LLM-as-judge eval suite."]}
                  expect: {seniority: MID, recommendedRole: LLM_ENGINEER}
                - candidate:
                    Highlights: Built a RAG pipeline.
            """);
        assertThat(report.errors()).isEmpty();
        assertThat(report.results().get(0).failures()).isEmpty();
        assertThat(ScenarioParser.slug("Defaults and a JSON Resume!")).isEqualTo("defaults-and-a-json-resume");
    }

    @Test
    void anchorsAliasesAndMergeKeysLetAFileReuseAJobOrAResume() {
        var report = run("reuse.yaml", """
            - name: First
              job: &llm-job
                jobTitle: LLM Engineer
                aiPhase: 2
                workShape: [UNSTRUCTURED_TEXT]
                trainingData: NONE
                dataMaturity: ADEQUATE
              candidates:
                - candidate: &rag
                    Candidate ID: rag
                    Years Experience: 4
                    Years LLM Experience: 3
                    Highlights: Built a RAG pipeline with LangChain and an LLM-as-judge eval suite.
                  expect: {seniority: MID}
            - name: Second
              job:
                <<: *llm-job
                targetSeniority: SENIOR
              candidates:
                - candidate:
                    <<: *rag
                    Years Experience: 7
                    Years LLM Experience: 5
                  expect: {seniority: SENIOR, verdict: FIT}
            - name: Third
              job: *nowhere
            """);
        assertThat(report.results()).isEmpty();
        assertThat(report.errors()).singleElement().asString()
                .isEqualTo("reuse.yaml:26: *nowhere refers to no anchor &nowhere written before it (anchors work on maps and lists,"
                        + " such as a whole job: or candidate:)");
        var fixed = run("reuse.yaml", """
            - name: First
              job: &llm-job {jobTitle: LLM Engineer, aiPhase: 2, workShape: [UNSTRUCTURED_TEXT], trainingData: NONE, dataMaturity: ADEQUATE}
              expect: {neededRoles: [LLM_ENGINEER]}
            - name: Second
              job: {<<: *llm-job, targetSeniority: SENIOR}
              expect: {notes: [TIME_TO_HIRE]}
              candidates:
                - candidate: {Years Experience: 7, Years LLM Experience: 5, Highlights: Built a RAG pipeline with an LLM-as-judge eval suite.}
                  expect: {seniority: SENIOR, verdict: FIT}
            """);
        assertThat(fixed.errors()).isEmpty();
        assertThat(fixed.results()).allSatisfy(result -> assertThat(result.failures()).isEmpty());
        assertThat(fixed.results().get(1).firedRules()).contains("A senior LLM engineer takes three to five weeks to hire");
    }

    @Test
    void aKeyWrittenTwiceIsAYamlErrorNotASilentOverride() {
        var report = run("twice.yaml", "- name: Twice\n" + JOB + "  expect: {hireNeitherYet: true}\n  expect: {hireNeitherYet: false}\n");
        assertThat(report.results()).isEmpty();
        assertThat(report.errors()).singleElement().asString().startsWith("twice.yaml:").contains("Duplicate").contains("expect");
    }
}
