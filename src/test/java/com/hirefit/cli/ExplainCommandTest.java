package com.hirefit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** rules explain as a user runs it: the trace of one candidate, in text or JSON, and the exit codes. */
class ExplainCommandTest {
    private final CommandRun cli = new CommandRun();
    private static final String RAG_RULE = "Designing retrieval-augmented generation is a green flag";
    /** HF-1001's personal data in samples/candidates.csv: never in a trace. */
    private static final List<String> PERSONAL = List.of("Nadia", "Okafor", "nadia.okafor@example.com", "example.com");

    @TempDir
    Path dir;



    private static int ragLine() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("rules/green-flags.drl"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("rule \"" + RAG_RULE + "\"")) {
                return i + 1;
            }
        }
        throw new AssertionError("no RAG rule");
    }

    @Test
    void explainsACandidateStepByStepWithoutPersonalData() throws Exception {
        int code = cli.run("rules", "explain", "--job", "samples/jobs/contract-review.yaml", "--candidate-id", "HF-1001",
                "samples/candidates.csv");
        assertThat(code).as(cli.err()).isZero();
        String text = cli.out();
        assertThat(text).startsWith("Candidate HF-1001 (row 2 of samples/candidates.csv): ");
        assertThat(text).contains("Job steps (the company side, run once for the job): ", "Candidate steps: ");
        assertThat(text.indexOf("Job steps")).isLessThan(text.indexOf("Candidate steps"));
        assertThat(text).contains("[company] Work on unstructured text needs an LLM engineer   (company.drl:",
                "     produced: NeededRole[role=LLM_ENGINEER]");
        String step = text.substring(text.indexOf("[flags] " + RAG_RULE));
        step = step.substring(0, step.indexOf("\n  ", step.indexOf("produced:")));
        assertThat(step).startsWith("[flags] " + RAG_RULE + "   (green-flags.drl:" + ragLine() + ")\n")
                .contains("     matched: Evidence[tag=RAG, ")
                .contains("     produced: Conclusion[kind=GREEN_FLAG, code=RAG_DESIGN]");
        // Steps are numbered in firing order: the evidence stage comes before the flags, the verdict last.
        assertThat(text.indexOf("[evidence] ")).isLessThan(text.indexOf("[roles] "));
        assertThat(text.indexOf("[roles] ")).isLessThan(text.indexOf("[flags] "));
        assertThat(text.lastIndexOf("[flags] ")).isLessThan(text.indexOf("[verdict] "));
        assertThat(text).containsPattern("(?m)^  1\\. \\[evidence\\] ");
        assertThat(text).doesNotContain(PERSONAL);
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void theJsonFormatHasTheStepsWithTheirFacts() throws Exception {
        int code = cli.run("rules", "explain", "--job", "samples/jobs/contract-review.yaml", "--candidate-id", "HF-1001",
                "--format", "json", "samples/candidates.csv");
        assertThat(code).as(cli.err()).isZero();
        JsonNode trace = JsonMapper.builder().build().readTree(cli.out());
        assertThat(trace.get("candidateId").asString()).isEqualTo("HF-1001");
        assertThat(trace.get("verdict").asString()).isNotBlank();
        assertThat(trace.get("jobSteps").size()).isPositive();
        JsonNode steps = trace.get("candidateSteps");
        assertThat(steps.size()).isGreaterThan(10);
        assertThat(steps.get(0).get("step").asInt()).isEqualTo(1);
        JsonNode rag = StreamSupport.stream(steps.spliterator(), false)
                .filter(s -> s.get("rule").asString().equals(RAG_RULE)).findFirst().orElseThrow();
        assertThat(rag.get("file").asString()).isEqualTo("green-flags.drl");
        assertThat(rag.get("line").asInt()).isEqualTo(ragLine());
        assertThat(rag.get("group").asString()).isEqualTo("flags");
        assertThat(rag.get("conditions").asString()).isEqualTo("exists Evidence(tag == \"RAG\")");
        assertThat(rag.get("matched").get(0).get("type").asString()).isEqualTo("Evidence");
        assertThat(rag.get("matched").get(0).get("fields").get("tag").asString()).isEqualTo("RAG");
        JsonNode produced = rag.get("produced").get(0);
        assertThat(produced.get("type").asString()).isEqualTo("Conclusion");
        assertThat(produced.get("fields").get("kind").asString()).isEqualTo("GREEN_FLAG");
        assertThat(produced.get("fields").get("code").asString()).isEqualTo("RAG_DESIGN");
        assertThat(cli.out()).doesNotContain(PERSONAL);
    }

    @Test
    void anUnknownIdExitsOneNamingTheIdAndTheFile() {
        assertThat(cli.run("rules", "explain", "--job", "samples/jobs/contract-review.yaml", "--candidate-id", "HF-9999",
                "samples/candidates.csv")).isEqualTo(1);
        assertThat(cli.err()).contains("no candidate with ID HF-9999 in samples/candidates.csv");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void unreadableInputsExitTwoLikeScreen() throws Exception {
        assertThat(cli.run("rules", "explain", "--job", "samples/jobs/contract-review.yaml", "--candidate-id", "HF-1001",
                dir.resolve("none.csv").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("file not found");
        Path job = Files.writeString(dir.resolve("job.yaml"), "jobId: J\njobTitle: X\naiPhase: 9\n");
        assertThat(cli.run("rules", "explain", "--job", job.toString(), "--candidate-id", "HF-1001", "samples/candidates.csv"))
                .isEqualTo(2);
        Path legacy = Files.write(dir.resolve("old.xls"), new byte[] {1, 2, 3});
        assertThat(cli.run("rules", "explain", "--job", "samples/jobs/contract-review.yaml", "--candidate-id", "HF-1001",
                legacy.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("old.xls");
        assertThat(cli.run("rules", "explain", "--job", "samples/jobs/contract-review.yaml", "--candidate-id", "HF-1001",
                "--rules", dir.resolve("no-rules").toString(), "samples/candidates.csv")).isEqualTo(2);
        assertThat(cli.err()).contains("rules folder not found");
        assertThat(cli.out()).isEmpty();
    }
}
