package com.hirefit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.candidate.Candidate;
import com.hirefit.decision.Decision;
import com.hirefit.decision.DecisionEvent;
import com.hirefit.decision.DecisionService;
import com.hirefit.fairness.AuditRecord;
import com.hirefit.ingest.ReadCandidates;
import com.hirefit.screening.AssessmentStore;
import com.hirefit.screening.StoredAssessment;
import com.hirefit.user.Role;
import com.hirefit.user.UserAccounts;
import com.hirefit.vocabulary.Verdict;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Self-identification and the adverse-impact audit over real HTTP: answers kept apart from screening (the same file
 * screened with and without them gives the same bytes), the audit open to compliance keys only, erasure taking the
 * answers with the person, bad answers refused by row and column without being quoted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:audit-${random.uuid};DB_CLOSE_DELAY=-1", "hirefit.api.keys=" + ApiHttp.KEY,
        "hirefit.api.compliance-keys=" + AuditApiTest.COMPLIANCE_KEY, "hirefit.rules.watch=false"})
class AuditApiTest {
    static final String COMPLIANCE_KEY = "compliance-test-key";
    private static final byte[] SAMPLE = read("samples/candidates.csv");

    @LocalServerPort
    int port;

    @Autowired
    AssessmentStore assessments;

    @Autowired
    DecisionService decisions;

    @Autowired
    UserAccounts users;

    private ApiHttp api() {
        return new ApiHttp(port);
    }

    private ApiHttp compliance() {
        return new ApiHttp(port, COMPLIANCE_KEY);
    }

    private void job(String jobId) {
        HttpResponse<byte[]> put = api().json("PUT", "/api/jobs/" + jobId, "{\"jobTitle\": \"Senior LLM Engineer\", \"aiPhase\": 2,"
                + " \"workShape\": [\"UNSTRUCTURED_TEXT\"], \"trainingData\": \"NONE\", \"dataMaturity\": \"ADEQUATE\","
                + " \"targetSeniority\": \"SENIOR\", \"salaryBudgetMax\": 260000}");
        assertThat(put.statusCode()).isBetween(200, 201);
    }

    private String screen(String jobId, boolean selfIdentification) {
        HttpResponse<byte[]> response = api().upload("/api/screenings", "candidates.csv", SAMPLE,
                selfIdentification ? Map.of("jobId", jobId, "selfIdentification", "true") : Map.of("jobId", jobId));
        assertThat(response.statusCode()).as(ApiHttp.text(response)).isEqualTo(201);
        return ApiHttp.body(response).path("screening").path("screeningId").asString();
    }

    /** The results of a stored screening as bytes: what follows the screening's own record in its JSON. */
    private byte[] results(String screeningId) {
        String json = ApiHttp.text(api().get("/api/screenings/" + screeningId));
        return json.substring(json.indexOf("\"results\": ")).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void screeningTheSameFileWithAndWithoutSelfIdentificationGivesByteIdenticalResults() {
        job("SEPARATE");
        String without = screen("SEPARATE", false);
        HttpResponse<byte[]> answers = compliance().json("POST", "/api/self-identification", "{\"answers\": ["
                + "{\"candidateId\": \"HF-1001\", \"sex\": \"Female\", \"raceEthnicity\": \"Native Hawaiian or Pacific Islander\"},"
                + "{\"candidateId\": \"HF-1009\", \"sex\": \"M\", \"raceEthnicity\": \"Black or African American (Not Hispanic or Latino)\"}]}");
        assertThat(answers.statusCode()).isEqualTo(201);
        assertThat(ApiHttp.body(answers).path("saved").asInt()).isEqualTo(2);

        HttpResponse<byte[]> with = api().upload("/api/screenings", "candidates.csv", SAMPLE,
                Map.of("jobId", "SEPARATE", "selfIdentification", "true"));
        assertThat(with.statusCode()).isEqualTo(201);
        JsonNode kept = ApiHttp.body(with).path("selfIdentification").path("outcome");
        // every row with a Candidate ID, the one screening refuses for its years included; the row without an ID is refused
        assertThat(kept.path("saved").asInt()).isEqualTo(26);
        assertThat(kept.path("refused").asInt()).isEqualTo(1);
        String withId = ApiHttp.body(with).path("screening").path("screeningId").asString();

        assertThat(results(withId)).isEqualTo(results(without));
        assertThat(api().get("/api/screenings/" + withId + "/results.csv").body())
                .isEqualTo(api().get("/api/screenings/" + without + "/results.csv").body());
        String text = ApiHttp.text(api().get("/api/screenings/" + withId));
        assertThat(text).doesNotContain("Native Hawaiian", "Black or African", "Decline to state");
        assertThat(ApiHttp.text(api().get("/api/screenings/" + withId + "/results.csv"))).doesNotContain("Female", "Male,");
    }

    @Test
    void theAuditOpensToComplianceKeysOnlyAndCountsTheFilesAnswers() throws Exception {
        job("COUNTED");
        screen("COUNTED", true);
        assertThat(api().get("/api/audit?jobId=COUNTED").statusCode()).isEqualTo(403);
        assertThat(api().withoutKey().get("/api/audit?jobId=COUNTED").statusCode()).isEqualTo(401);
        assertThat(api().json("POST", "/api/self-identification", "{\"answers\": []}").statusCode()).isEqualTo(403);

        HttpResponse<byte[]> response = compliance().get("/api/audit?jobId=COUNTED&selection=REVIEW_OR_BETTER");
        assertThat(response.statusCode()).as(ApiHttp.text(response)).isEqualTo(200);
        JsonNode report = ApiHttp.body(response);
        assertThat(report.path("header").path("assessed").asInt()).isEqualTo(25);
        assertThat(report.path("header").path("selection").asString()).isEqualTo("REVIEW_OR_BETTER");
        JsonNode sex = report.path("tables").get(0);
        assertThat(sex.path("dimension").asString()).isEqualTo("SEX");
        int female = 0;
        int male = 0;
        for (JsonNode row : sex.path("rows")) {
            if (row.path("key").asString().equals("FEMALE")) {
                female = row.path("applicants").asInt();
            } else {
                male = row.path("applicants").asInt();
            }
        }
        // samples/candidates.csv: of its 25 screened rows, 11 say Female, 12 Male and 2 decline
        assertThat(female).isEqualTo(11);
        assertThat(male).isEqualTo(12);
        assertThat(sex.path("unknown").asInt()).isEqualTo(2);
        assertThat(ApiHttp.text(response)).doesNotContain("HF-10", "Nadia");

        String summary = ApiHttp.text(compliance().get("/api/audit/summary?jobId=COUNTED"));
        assertThat(summary).contains("Audit date", "Distribution date", "Data source: historical", "Number of applicants assessed: 25",
                "unknown category", "Impact ratio");
        assertThat(ApiHttp.text(compliance().get("/api/audit/summary?jobId=COUNTED&format=html"))).startsWith("<!DOCTYPE html>");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(compliance().get("/api/audit/report.xlsx?jobId=COUNTED").body()))) {
            assertThat(book.getSheet("Sex")).isNotNull();
            assertThat(book.getSheet("Rules").getPhysicalNumberOfRows()).isGreaterThan(1);
        }
        assertThat(ApiHttp.body(compliance().get("/api/audit?jobId=COUNTED&excludeUnderTwoPercent=true")).path("header")
                .path("excludeUnderTwoPercent").asBoolean()).isTrue();
        assertThat(report.path("header").path("excludeUnderTwoPercent").asBoolean()).isFalse();
        assertThat(compliance().get("/api/audit?excludeUnderTwoPercent=perhaps").statusCode()).isEqualTo(400);
        HttpResponse<byte[]> bad = compliance().get("/api/audit?from=yesterday&selection=EVERYONE&alpha=2");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(ApiHttp.text(bad)).contains("from: a date", "selection: one of", "alpha: a number");
    }

    @Test
    void erasingACandidateErasesTheirAnswers() {
        job("ERASED");
        screen("ERASED", true);
        int before = compliance().json("GET", "/api/audit?jobId=ERASED", "").statusCode() == 200
                ? ApiHttp.body(compliance().get("/api/audit?jobId=ERASED")).path("header").path("unknownSex").asInt() : -1;
        assertThat(api().delete("/api/candidates/HF-1014").statusCode()).isEqualTo(200);
        int after = ApiHttp.body(compliance().get("/api/audit?jobId=ERASED")).path("header").path("unknownSex").asInt();
        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    void anAnswerThatNamesNoCategoryIsRefusedByRowAndColumnWithoutQuotingIt() {
        String table = "Candidate ID,Gender,Race\nQ-1,Perhaps,Asian\nQ-2,Female,Martian\nQ-3,,\nQ-4,F,White\n";
        HttpResponse<byte[]> response = compliance().upload("/api/self-identification", "answers.csv",
                table.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode outcome = ApiHttp.body(response);
        assertThat(outcome.path("saved").asInt()).isEqualTo(2);
        assertThat(outcome.path("refused").asInt()).isEqualTo(2);
        assertThat(outcome.path("errors").get(0).path("row").asInt()).isEqualTo(2);
        assertThat(outcome.path("errors").get(0).path("column").asString()).isEqualTo("Gender");
        assertThat(outcome.path("errors").get(1).path("column").asString()).isEqualTo("Race");
        assertThat(ApiHttp.text(response)).doesNotContain("Perhaps", "Martian");

        HttpResponse<byte[]> none = compliance().upload("/api/self-identification", "answers.csv",
                "Candidate ID,Skills\nQ-9,Python\n".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(ApiHttp.text(none)).contains("no sex or race/ethnicity column");
        assertThat(compliance().upload("/api/self-identification", "answers.json", "[]".getBytes(StandardCharsets.UTF_8), Map.of())
                .statusCode()).isEqualTo(422);
    }

    @Test
    void anExplanationSaysWhatWasAssessedWhyWhatWouldChangeItAndHowToAskForReview() {
        job("EXPLAINED");
        HttpResponse<byte[]> assessed = api().json("POST", "/api/assessments", "{\"jobId\": \"EXPLAINED\", \"candidate\":"
                + " {\"candidateId\": \"X-1\", \"name\": \"Ada Example\", \"email\": \"ada@example.com\", \"yearsExperience\": 7,"
                + " \"yearsLlmExperience\": 3, \"highlights\": \"Built a hackathon chatbot demo with the OpenAI API.\"}}");
        assertThat(assessed.statusCode()).isEqualTo(201);
        JsonNode view = ApiHttp.body(assessed);
        String id = view.path("assessmentId").asString();
        assertThat(view.path("assessment").path("verdict").asString()).isIn("REVIEW", "NOT_FIT");
        String markdown = ApiHttp.text(api().get("/api/assessments/" + id + "/explanation"));
        assertThat(markdown).contains("# How your application was assessed", "What was assessed", "Rules version",
                "What would change the outcome", "Human review", id);
        assertThat(markdown).doesNotContain("Ada", "ada@example.com", "HF-10");
        String html = ApiHttp.text(api().get("/api/assessments/" + id + "/explanation?format=html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h2>What would change the outcome</h2>").doesNotContain("<script");
    }

    /** A screening's stored assessments in input order. */
    private List<StoredAssessment> assessed(String screeningId) {
        List<StoredAssessment> stored = new ArrayList<>();
        assessments.forScreening(screeningId, stored::add);
        return stored;
    }

    /** A decision that goes against the recommendation. */
    private static String against(Verdict verdict) {
        return Arrays.stream(Decision.values()).filter(d -> !d.follows(verdict)).findFirst().orElseThrow().name();
    }

    @Test
    void overrideRatesArePerRuleAndPerRoleOfWhoDecided() {
        job("OVERSEEN");
        List<StoredAssessment> stored = assessed(screen("OVERSEEN", true));
        StoredAssessment followed = stored.get(0);
        StoredAssessment overriddenInTheWorkspace = stored.get(1);
        StoredAssessment overriddenByApi = stored.get(2);
        users.add("overseer", Set.of(Role.RECRUITER), "overseer-password-1");
        DecisionService.Actor recruiter = new DecisionService.Actor("overseer", DecisionEvent.WORKSPACE);
        decisions.decide(followed.assessmentId(), Decision.following(followed.assessment().verdict()).name(), null, null, recruiter);
        decisions.decide(overriddenInTheWorkspace.assessmentId(), against(overriddenInTheWorkspace.assessment().verdict()),
                "EVIDENCE_MISSED", null, recruiter);
        HttpResponse<byte[]> byApi = api().json("POST", "/api/assessments/" + overriddenByApi.assessmentId() + "/decisions",
                "{\"decision\": \"" + against(overriddenByApi.assessment().verdict()) + "\", \"reason\": \"OUTSIDE_RESUME\"}");
        assertThat(byApi.statusCode()).as(ApiHttp.text(byApi)).isEqualTo(201);

        JsonNode report = ApiHttp.body(compliance().get("/api/audit?jobId=OVERSEEN&selection=DECISION"));
        assertThat(report.path("header").path("applicants").asInt()).isEqualTo(3);
        assertThat(report.path("header").path("withoutDecision").asInt()).isEqualTo(stored.size() - 3);
        // the highest rate first: the API key overrode its one decision, the recruiter one of two
        assertThat(report.path("overridesByRole").toString()).isEqualTo(
                "[{\"by\":\"API\",\"decisions\":1,\"overrides\":1,\"rate\":1.0},"
                        + "{\"by\":\"RECRUITER\",\"decisions\":2,\"overrides\":1,\"rate\":0.5}]");

        Map<String, int[]> expected = new HashMap<>();
        for (StoredAssessment a : List.of(followed, overriddenInTheWorkspace, overriddenByApi)) {
            AuditRecord.hitsOf(a.assessment()).stream().map(AuditRecord.RuleHit::rule).distinct().forEach(rule -> {
                int[] c = expected.computeIfAbsent(rule, k -> new int[2]);
                c[0]++;
                c[1] += a == followed ? 0 : 1;
            });
        }
        assertThat(expected).isNotEmpty();
        Map<String, int[]> byRule = new HashMap<>();
        for (JsonNode rate : report.path("overridesByRule")) {
            byRule.put(rate.path("by").asString(), new int[] {rate.path("decisions").asInt(), rate.path("overrides").asInt()});
        }
        assertThat(byRule).containsOnlyKeys(expected.keySet());
        expected.forEach((rule, c) -> assertThat(byRule.get(rule)).as(rule).containsExactly(c));
        // the engine's view over the same decided applicants, beside the recruiters'
        assertThat(report.path("engineOnDecided").size()).isEqualTo(3);
    }

    @Test
    void anExplanationCarriesNoProtectedAttributeAndNoOtherCandidatesData() throws Exception {
        job("PRIVATE");
        List<StoredAssessment> stored = assessed(screen("PRIVATE", true));
        StoredAssessment explained = stored.stream().filter(a -> a.candidateId().equals("HF-1014")).findFirst().orElseThrow();
        HttpResponse<byte[]> answer = compliance().json("POST", "/api/self-identification", "{\"answers\": [{\"candidateId\":"
                + " \"HF-1014\", \"sex\": \"Female\", \"raceEthnicity\": \"Two or More Races\"}]}");
        assertThat(answer.statusCode()).isEqualTo(201);
        List<Candidate> file = ReadCandidates.from(Path.of("samples/candidates.csv"));
        List<String> forbidden = new ArrayList<>(List.of("Female", "Male", "Two or More", "FEMALE", "TWO_OR_MORE"));
        for (Candidate c : file) {
            forbidden.add(c.name());
            forbidden.add(c.email());
            if (!c.id().equals("HF-1014")) {
                forbidden.add(c.id());
            }
        }
        forbidden.removeIf(java.util.Objects::isNull);
        assertThat(forbidden).hasSizeGreaterThan(40);
        for (String format : List.of("markdown", "html")) {
            String text = ApiHttp.text(api().get("/api/assessments/" + explained.assessmentId() + "/explanation?format=" + format));
            assertThat(text).contains(explained.assessmentId(), "What was assessed", "Human review").doesNotContain(forbidden);
        }
    }

    @Test
    void aJobsCandidateNoticeSaysWhatIsAssessedTheDataRetentionAndHowToAskForAnotherProcess() {
        job("NOTICED");
        String notice = ApiHttp.text(api().get("/api/jobs/NOTICED/notice"));
        assertThat(notice).contains("automated employment decision tool", "What it assesses", "llm engineer", "senior level",
                "180 days", "3 years", "assessed without the tool", "accommodation", "the recruiter or hiring team who contacted you");
        assertThat(api().get("/api/jobs/NOTICED/notice?format=html").headers().firstValue("Content-Type").orElse(""))
                .startsWith("text/html");
    }

    private static byte[] read(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> lines(byte[] bytes) {
        return Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n"));
    }
}
