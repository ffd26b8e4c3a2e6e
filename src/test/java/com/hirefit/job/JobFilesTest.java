package com.hirefit.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hirefit.vocabulary.Market;
import com.hirefit.vocabulary.Seniority;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobFilesTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void readsAYamlJobWithEveryField() throws Exception {
        Job job = JobFiles.read(Path.of("samples/jobs/ai-everything.yaml"));
        assertThat(job.jobId()).isNotBlank();
        assertThat(job.expectsBothMlAndLlm()).isTrue();
        assertThat(job.requiredTools()).isNotEmpty();
    }

    @Test
    void everySampleJobIsValid() throws Exception {
        try (Stream<Path> jobs = Files.list(Path.of("samples/jobs"))) {
            for (Path file : jobs.toList()) {
                assertThat(JobFiles.read(file).jobId()).as(file.toString()).isNotBlank();
            }
        }
    }

    @Test
    void readsJsonAndDefaultsTheOptionalFields() throws Exception {
        Job job = JobFiles.read(write("job.json", """
                {"jobId": "J1", "jobTitle": "LLM Engineer", "aiPhase": 2, "workShape": ["UNSTRUCTURED_TEXT"],
                 "trainingData": "NONE", "dataMaturity": "ADEQUATE"}
                """));
        assertThat(job.domain()).isEqualTo(Domain.GENERAL);
        assertThat(job.market()).isEqualTo(Market.US);
        assertThat(job.requiredTools()).isEmpty();
        assertThat(job.salaryBudgetMax()).isNull();
        assertThat(job.targetSeniority()).isNull();
        assertThat(job.expectsModelTraining()).isFalse();
    }

    @Test
    void anUnknownValueNamesTheFieldAndListsTheAllowedValues() throws Exception {
        Path file = write("job.yaml", """
                jobId: J1
                jobTitle: LLM Engineer
                aiPhase: 2
                workShape: [UNSTRUCTURED_TEXT, CHATBOTS]
                trainingData: SOME
                dataMaturity: ADEQUATE
                targetSeniority: PRINCIPAL
                """);
        assertThatThrownBy(() -> JobFiles.read(file))
                .isInstanceOf(JobFileException.class)
                .hasMessageContaining("workShape: unknown value \"CHATBOTS\" (allowed: PREDICTION_RANKING, UNSTRUCTURED_TEXT")
                .hasMessageContaining("trainingData: unknown value \"SOME\" (allowed: NONE, PLANNED, PROPRIETARY)")
                .hasMessageContaining("targetSeniority: unknown value \"PRINCIPAL\" (allowed: JUNIOR, MID, SENIOR, STAFF)");
    }

    @Test
    void unknownMissingAndMistypedFieldsAreAllNamed() throws Exception {
        Path file = write("job.yaml", """
                jobId: J1
                aiPhase: 4
                workShape: []
                dataMaturity: ADEQUATE
                mlInProduction: "yes"
                salary: 100000
                """);
        assertThatThrownBy(() -> JobFiles.read(file))
                .hasMessageContaining("salary: unknown field")
                .hasMessageContaining("jobTitle: is required")
                .hasMessageContaining("trainingData: is required")
                .hasMessageContaining("aiPhase: must be 1, 2 or 3 (was 4)")
                .hasMessageContaining("workShape: must be a non-empty list")
                .hasMessageContaining("mlInProduction: must be true or false");
    }

    @Test
    void aSyntaxErrorNamesTheFileAndLine() throws Exception {
        Path file = write("job.json", "{\"jobId\": \"J1\",\n \"aiPhase\": }");
        assertThatThrownBy(() -> JobFiles.read(file)).hasMessageContaining("job.json: not valid JSON").hasMessageContaining("line 2");
    }

    @Test
    void otherExtensionsAreRefused() throws Exception {
        Path file = write("job.txt", "jobId: J1");
        assertThatThrownBy(() -> JobFiles.read(file)).hasMessageContaining("must be .json, .yaml or .yml");
    }

    @Test
    void targetSeniorityAndBudgetAreRead() throws Exception {
        Job job = JobFiles.read(write("job.yml", """
                jobId: J1
                jobTitle: ML Engineer
                aiPhase: 2
                workShape: [PREDICTION_RANKING]
                trainingData: PROPRIETARY
                dataMaturity: MATURE
                salaryBudgetMax: 230000
                targetSeniority: SENIOR
                market: UK
                """));
        assertThat(job.salaryBudgetMax()).isEqualTo(230_000L);
        assertThat(job.targetSeniority()).isEqualTo(Seniority.SENIOR);
        assertThat(job.market()).isEqualTo(Market.UK);
    }
}
