package com.hirefit.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.candidate.Candidate;
import com.hirefit.job.Job;
import com.hirefit.job.JobDocument;
import com.hirefit.job.JobStore;
import com.hirefit.screening.ScreeningRecord;
import com.hirefit.screening.ScreeningService;
import com.hirefit.user.Role;
import com.hirefit.user.UserAccounts;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A job's results across its uploads and webhook deliveries, downloaded over real HTTP as results.xlsx and results.csv:
 * every candidate of the job, newest first, whatever screening or delivery they came from.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:job-downloads;DB_CLOSE_DELAY=-1", "hirefit.rules.watch=false"})
class JobResultsDownloadTest {
    private static final String JOB = "DL-JOB";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JobStore jobs;

    @Autowired
    ScreeningService screening;

    /** The candidates the upload screened (its other rows are errors). */
    private static int uploaded;
    private WorkspaceClient client;

    @BeforeEach
    void aJobWithAnUploadAndAWebhookCandidate() throws Exception {
        Job job = JobFilesForTests.contractReview(JOB);
        if (jobs.get(JOB).isEmpty()) {
            jobs.put(new JobDocument(job, Map.of()));
            try (InputStream in = Files.newInputStream(Path.of("samples/candidates.csv"))) {
                ScreeningRecord record = screening.screen(job, in, "candidates.csv");
                uploaded = record.screened();
                assertThat(uploaded).isGreaterThan(10);
            }
            screening.assessOne(job, new Candidate(1, "WH-1", "Wanda Webhook", null, "LLM Engineer", 6.0, 3.0,
                    List.of("LangChain", "pgvector"), "Built a RAG assistant for contract review.", null, null, List.of(), List.of(),
                    List.of(), null, null, Map.of()), "webhook:greenhouse");
        }
        client = WorkspaceClient.as(Role.RECRUITER, port, accounts);
    }

    @Test
    void theJobsResultsPageOffersBothDownloads() throws Exception {
        String page = client.get("/jobs/results?id=" + JOB).body();
        assertThat(page).contains("href=\"/jobs/results.xlsx?id=DL-JOB\"", "href=\"/jobs/results.csv?id=DL-JOB\"");
    }

    @Test
    void resultsXlsxHoldsEveryCandidateOfTheJobNewestFirst() throws Exception {
        HttpResponse<byte[]> download = client.bytes("/jobs/results.xlsx?id=" + JOB);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment", "hirefit-job-DL-JOB.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet results = workbook.getSheet("Results");
            List<String> ids = new ArrayList<>();
            for (Row row : results) {
                if (row.getRowNum() > 0) {
                    ids.add(row.getCell(2).getStringCellValue());
                }
            }
            assertThat(ids).hasSize(uploaded + 1).doesNotHaveDuplicates().contains("HF-1001");
            assertThat(ids.get(0)).as("the webhook's candidate, assessed last, comes first").isEqualTo("WH-1");
            assertThat(results.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Wanda Webhook");
            assertThat(workbook.getSheet("Job").getRow(1).getCell(1).getStringCellValue()).isEqualTo(JOB);
        }
    }

    @Test
    void resultsCsvHoldsTheSameRows() throws Exception {
        HttpResponse<byte[]> download = client.bytes("/jobs/results.csv?id=" + JOB);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        List<String[]> records;
        try (MappingIterator<String[]> rows = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build().readerFor(String[].class)
                .with(CsvSchema.emptySchema()).readValues(new String(download.body(), StandardCharsets.UTF_8))) {
            records = rows.readAll();
        }
        assertThat(records.get(0)).startsWith("Verdict", "Row", "Candidate ID", "Name");
        assertThat(records).hasSize(uploaded + 2);
        assertThat(records.get(1)[2]).isEqualTo("WH-1");
        assertThat(records.get(1)[3]).isEqualTo("Wanda Webhook");
    }

    @Test
    void aJobThatIsNotThereHasNoDownloadButAPageSayingSo() throws Exception {
        for (String format : List.of("xlsx", "csv")) {
            HttpResponse<String> page = client.get("/jobs/results." + format + "?id=NO-SUCH-JOB");
            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(page.body()).contains("<h1>Not found</h1>", "There is no such job", "Back to your start page")
                    .doesNotContain("NO-SUCH-JOB");
        }
        assertThat(client.get("/screenings/00000000-0000-0000-0000-000000000000/results.csv").body()).contains("There is no such screening");
    }
}
