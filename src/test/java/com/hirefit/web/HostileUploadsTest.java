package com.hirefit.web;

import static com.hirefit.web.ApiHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The hostile files over real HTTP: each gets a clear 4xx problem detail (or 201 with row errors when the rest
 * of the file is fine), and the service keeps answering. Small limits keep the files small.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:hirefit-hostile;DB_CLOSE_DELAY=-1", "hirefit.api.keys=" + ApiHttp.KEY,
        "hirefit.limits.max-rows=50", "spring.servlet.multipart.max-file-size=2MB",
        "spring.servlet.multipart.max-request-size=3MB"})
class HostileUploadsTest {

    private static final String JOB = "J-HOSTILE";

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    ApiHttp api;

    @BeforeEach
    void setUp() {
        api = new ApiHttp(port);
        api.json("PUT", "/api/jobs/" + JOB, """
                {"jobTitle": "LLM Engineer", "aiPhase": 2, "workShape": ["UNSTRUCTURED_TEXT"], "trainingData": "NONE", "dataMaturity": "ADEQUATE"}""");
    }

    @AfterEach
    void stillUp() {
        assertThat(body(api.withoutKey().get("/actuator/health")).get("status").asString()).isEqualTo("UP");
    }

    private HttpResponse<byte[]> upload(String name, byte[] file) {
        return api.upload("/api/screenings", name, file, Map.of("jobId", JOB));
    }

    /** A 422 problem detail naming the file, whose detail contains the given words. */
    private void refused(HttpResponse<byte[]> response, String name, String... words) {
        assertThat(response.statusCode()).as(ApiHttp.text(response)).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        JsonNode problem = body(response);
        assertThat(problem.get("detail").asString()).startsWith("Cannot read " + name + ": ").contains(words);
        assertThat(problem.get("errors").get(0).asString()).startsWith("file: ");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anUploadOverTheSizeLimitIs413ProblemDetail() {
        byte[] big = new byte[(2 << 20) + 1024];
        java.util.Arrays.fill(big, (byte) 'x');
        var response = upload("big.csv", big);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(body(response).get("status").asInt()).isEqualTo(413);
    }

    @Test
    void spreadsheetsThatAreNotWorkbooksAreRefused() throws Exception {
        refused(upload("random.xlsx", new java.util.Random(7).ints(4096).collect(ByteArrayOutputStream::new,
                (o, i) -> o.write(i), (a, b) -> a.writeBytes(b.toByteArray())).toByteArray()), "random.xlsx", "not an .xlsx workbook");
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("C").createRow(0).createCell(0).setCellValue("Candidate ID");
            wb.write(xls);
        }
        refused(upload("legacy.xlsx", xls.toByteArray()), "legacy.xlsx", "legacy Excel 97-2003");
        refused(upload("legacy.xls", xls.toByteArray()), "legacy.xls", "save a legacy .xls workbook as .xlsx");
        refused(upload("encrypted.xlsx", encrypted()), "encrypted.xlsx", "password-protected");
    }

    private static byte[] encrypted() throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (var out = encryptor.getDataStream(fs); XSSFWorkbook wb = new XSSFWorkbook()) {
                wb.createSheet("C").createRow(0).createCell(0).setCellValue("Candidate ID");
                wb.write(out);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        }
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(bytes("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 100; i++) {
                zip.write(spaces);
            }
        }
        assertThat(bytes.size()).isLessThan(1 << 20);
        var response = upload("bomb.xlsx", bytes.toByteArray());
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(body(response).get("detail").asString()).startsWith("Cannot read bomb.xlsx: ");
    }

    @Test
    void anExternalEntityIsRefusedAndNeverResolved() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "MARKER-HTTP-SECRET");
        refusedAsDamaged("xxe.xlsx", "<!DOCTYPE w [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>", "&x;", "MARKER-HTTP-SECRET");
    }

    @Test
    void aDoctypeWithAnExternalParameterEntityIsRefusedAsDamagedLikeAGeneralEntity() throws Exception {
        Path secret = dir.resolve("secret.dtd");
        Files.writeString(secret, "<!ENTITY leak \"MARKER-PARAM-SECRET\">");
        refusedAsDamaged("param.xlsx", "<!DOCTYPE w [<!ENTITY % ext SYSTEM \"" + secret.toUri() + "\"> %ext;]>", "A",
                "MARKER-PARAM-SECRET");
    }

    /** A sheet with this DOCTYPE and this text in its one data cell: refused as damaged, the secret nowhere. */
    private void refusedAsDamaged(String name, String doctype, String cell, String secret) throws Exception {
        String sheet = "<?xml version=\"1.0\"?>" + doctype
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Candidate ID</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + cell + "</t></is></c></row></sheetData></worksheet>";
        var response = upload(name, HostileWorkbooks.xlsx(sheet));
        assertThat(ApiHttp.text(response)).doesNotContain(secret);
        refused(response, name, "the workbook is damaged (an XML part declares a DOCTYPE");
    }

    @Test
    void brokenCsvRowsAreRowErrorsAndTheRestIsScreened() {
        String csv = "Candidate ID,Name,Years Experience,Highlights\r\nA,Ada,5,ok\nB,B\0b,x,nul\rC,Cy,3,\"" + "y".repeat(30_000)
                + "\"\nD,Dee,2,\"never closed\n";
        var response = upload("broken.csv", bytes(csv));
        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode results = body(response).get("results");
        assertThat(results.get("candidates").size()).isEqualTo(1);
        assertThat(results.get("errors").toString()).contains("Years Experience", "cell longer than 20000", "unbalanced quote");
    }

    @Test
    void rowsOverTheLimitAreOneRowError() {
        StringBuilder csv = new StringBuilder("Candidate ID\n");
        for (int i = 0; i < 80; i++) {
            csv.append("C").append(i).append('\n');
        }
        var response = upload("many.csv", bytes(csv.toString()));
        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode results = body(response).get("results");
        assertThat(results.get("candidates").size()).isEqualTo(50);
        assertThat(results.get("errors").size()).isEqualTo(1);
        assertThat(results.get("errors").get(0).get("message").asString()).contains("more than 50 data rows", "30 row(s) in all");
    }

    @Test
    void hostileJsonIsAProblemOrRowErrors() {
        refused(upload("deep.json", bytes("[".repeat(100_000) + "]".repeat(100_000))), "deep.json", "nesting depth");
        var numbers = upload("numbers.json", bytes("[{\"id\": \"A\", \"expectedSalary\": " + "9".repeat(5000)
                + "}, {\"id\": \"B\", \"yearsExperience\": 1e400}, {\"id\": \"C\", \"yearsExperience\": {\"v\": 1}},"
                + " {\"basics\": {\"name\": \"Ada\", \"email\": \"ada@example.com\", \"x-extra\": 1}, \"x-more\": [1]}]"));
        assertThat(numbers.statusCode()).isEqualTo(201);
        JsonNode results = body(numbers).get("results");
        assertThat(results.get("candidates").size()).isEqualTo(1);
        assertThat(results.get("errors").size()).isEqualTo(3);
    }

    @Test
    void theCsvExportNeutralisesFormulaTextAndKeepsNumbersBare() {
        var created = upload("evil.csv", bytes("Candidate ID,Name,Expected Salary\n=cmd|' /C calc'!A0,@SUM(1+1),185000\n"));
        assertThat(created.statusCode()).isEqualTo(201);
        String id = body(created).get("screening").get("screeningId").asString();
        var csv = api.get("/api/screenings/" + id + "/results.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String text = ApiHttp.text(csv);
        assertThat(text).contains("'=cmd|", "'@SUM(1+1)", ",185000,").doesNotContain(",=cmd", ",@SUM");
        assertThat(api.get("/api/screenings/NOPE/results.csv").statusCode()).isEqualTo(404);
    }
}
