package com.hirefit.web;

import static com.hirefit.web.ApiHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;

/**
 * Two people screened through the API and an ATS application for one of them with a resume link, each value long
 * and unique enough that finding it in a file means it is there. One is erased; the other stays, so that a search
 * which finds nothing is shown able to find something.
 */
final class ErasureFixture {
    static final String GREENHOUSE_SECRET = "gh_erasure_secret";
    final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    final String erasedId = "C-ERASE-" + tag;
    final String erasedName = "Quillane Vessadrix-Orwenthal " + tag;
    final String erasedEmail = "quillane.vessadrix." + tag + "@erasure.example";
    final String erasedResume = "https://ats.example/resumes/Quillane_Vessadrix_" + tag + ".pdf";
    final String keptName = "Thessaly Brindlecombe-Ausgar " + tag;
    private final String jobId = "J-ERASE-" + tag;

    String jobId() {
        return jobId;
    }

    /** The values that must be nowhere after the erasure. */
    List<String> erased() {
        return List.of(erasedName, erasedEmail, erasedResume);
    }

    /** Screens both people through an upload, and receives an ATS application for the one to erase. */
    void store(ApiHttp api) throws Exception {
        assertThat(api.json("PUT", "/api/jobs/" + jobId, """
                {"jobTitle": "LLM Engineer", "aiPhase": 2, "workShape": ["UNSTRUCTURED_TEXT"], "trainingData": "NONE",
                 "dataMaturity": "ADEQUATE", "atsJobIds": {"greenhouse": ["%s"]}}""".formatted(tag)).statusCode()).isEqualTo(201);
        String csv = "Candidate ID,Name,Email,Highlights\n" + erasedId + "," + erasedName + "," + erasedEmail
                + ",Shipped a RAG assistant to 40k users\nC-KEEP-" + tag + "," + keptName + ",kept." + tag
                + "@erasure.example,Built evals\n";
        var upload = api.upload("/api/screenings", "people.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of("jobId", jobId));
        assertThat(upload.statusCode()).as(ApiHttp.text(upload)).isEqualTo(201);
        String application = ApiHttp.JSON.writeValueAsString(Map.of("action", "new_candidate_application", "payload", Map.of(
                "application", Map.of("id", 7001, "jobs", List.of(Map.of("id", tag)), "candidate", Map.of("id", tag,
                        "first_name", erasedName, "email_addresses", List.of(Map.of("value", erasedEmail)),
                        "attachments", List.of(Map.of("type", "resume", "filename", "cv.pdf", "url", erasedResume)))))));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(GREENHOUSE_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        var delivered = api.withoutKey().send("POST", "/webhooks/greenhouse", HttpRequest.BodyPublishers.ofString(application),
                "application/json", Map.of("Greenhouse-Event-ID", "erase-" + tag,
                        "Signature", "sha256 " + HexFormat.of().formatHex(mac.doFinal(application.getBytes(StandardCharsets.UTF_8)))));
        assertThat(delivered.statusCode()).as(ApiHttp.text(delivered)).isEqualTo(200);
        assertThat(ApiHttp.text(api.get("/api/applications/greenhouse/7001"))).contains(erasedResume);
    }

    /** Erases the upload's candidate and the ATS candidate (its id is the ATS's, prefixed). */
    void erase(ApiHttp api) {
        for (String id : List.of(erasedId, "greenhouse-" + tag)) {
            var erased = api.delete("/api/candidates/" + id);
            assertThat(erased.statusCode()).as(ApiHttp.text(erased)).isEqualTo(200);
        }
    }

    /** None of the erased values is in these files, in any encoding; the person kept is, so the search can find. */
    void erasedFrom(List<Path> files) {
        for (String value : erased()) {
            assertThat(DiskSearch.find(files, value)).as(value).isEmpty();
        }
        assertThat(DiskSearch.find(files, keptName)).as("the search finds what is there").isNotEmpty();
    }

    /** What the API still says: the decisions stay, without name or resume link. */
    void decisionsStayAnonymous(ApiHttp api) {
        JsonNode application = body(api.get("/api/applications/greenhouse/7001"));
        assertThat(application.get("resumeUrl").isNull()).isTrue();
        assertThat(application.get("latestAssessment").get("verdict").asString()).isNotBlank();
        assertThat(application.toString()).doesNotContain(erased());
    }
}
