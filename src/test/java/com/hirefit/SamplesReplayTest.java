package com.hirefit;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.cli.Commands;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replays every sample job against the sample candidates (csv, the same rows as xlsx, and the JSON Resume
 * file) through the command line, and compares the decisions with samples/expected/JOB.json. After a
 * deliberate rule change, review target/samples-actual/JOB.json and copy it over the expected file.
 */
class SamplesReplayTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path ACTUAL = Path.of("target/samples-actual");

    @TempDir
    Path dir;

    static Stream<String> jobs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples/jobs"))) {
            return files.map(f -> f.getFileName().toString().replaceFirst("\\.ya?ml$", "")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jobs")
    void everySampleScreensToItsExpectedDecisions(String job) throws Exception {
        ObjectNode actual = JSON.createObjectNode();
        JsonNode csv = screen(job, "samples/candidates.csv");
        actual.set("job", jobDigest(csv.get("job")));
        actual.set("candidates", candidatesDigest(csv));
        actual.set("jsonResumes", candidatesDigest(screen(job, "samples/candidates.json")));
        Files.createDirectories(ACTUAL);
        Files.writeString(ACTUAL.resolve(job + ".json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual));

        assertThat(candidatesDigest(screen(job, "samples/candidates.xlsx")))
                .as("the xlsx holds the same rows as the csv, so it must screen the same").isEqualTo(actual.get("candidates"));
        Path expected = Path.of("samples/expected/" + job + ".json");
        assertThat(expected).as("expected results; review and copy " + ACTUAL.resolve(job + ".json")).exists();
        assertThat(actual).as("decisions differ from %s; compare with %s", expected, ACTUAL.resolve(job + ".json"))
                .isEqualTo(JSON.readTree(expected.toFile()));
    }

    private JsonNode screen(String job, String candidates) throws IOException {
        Path out = dir.resolve(job + "-" + Path.of(candidates).getFileName() + ".json");
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(Commands.root());
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("screen", "--job", "samples/jobs/" + job + ".yaml", "--format", "json", "--out", out.toString(), candidates);
        assertThat(code).as(err.toString()).isZero();
        return JSON.readTree(out.toFile());
    }

    private static ObjectNode jobDigest(JsonNode job) {
        ObjectNode digest = JSON.createObjectNode();
        digest.set("neededRoles", job.get("neededRoles"));
        digest.set("hireNeitherYet", job.get("hireNeitherYet"));
        digest.set("risks", codes(job.get("risks")));
        digest.set("notes", codes(job.get("notes")));
        return digest;
    }

    /** The decisions of a screening, without reasons and traces (those are tested elsewhere). */
    private static ObjectNode candidatesDigest(JsonNode results) {
        ObjectNode digest = JSON.createObjectNode();
        ArrayNode candidates = digest.putArray("screened");
        for (JsonNode c : results.get("candidates")) {
            ObjectNode one = candidates.addObject();
            one.set("row", c.get("row"));
            one.set("candidateId", c.get("candidateId"));
            one.set("verdict", c.get("verdict"));
            one.set("recommendedRole", c.get("recommendedRole"));
            one.set("seniority", c.get("seniority"));
            one.set("greenFlags", codes(c.get("greenFlags")));
            one.set("yellowFlags", codes(c.get("yellowFlags")));
            one.set("failureRisks", codes(c.get("failureRisks")));
            one.put("compensation", c.get("compensation").isNull() ? null : c.get("compensation").get("code").asString());
            one.set("interviewFocus", codes(c.get("interviewFocus")));
        }
        ArrayNode errors = digest.putArray("errors");
        for (JsonNode e : results.get("errors")) {
            errors.addObject().put("row", e.get("row").asInt()).put("column", e.get("column").asString());
        }
        digest.set("droppedColumns", results.get("droppedColumns"));
        return digest;
    }

    private static ArrayNode codes(JsonNode findings) {
        ArrayNode codes = JSON.createArrayNode();
        findings.forEach(f -> codes.add(f.get("code").asString()));
        return codes;
    }
}
