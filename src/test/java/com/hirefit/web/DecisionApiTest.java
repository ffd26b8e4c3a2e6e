package com.hirefit.web;

import static com.hirefit.web.ApiHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.decision.Decision;
import com.hirefit.vocabulary.Verdict;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * GET/POST /api/assessments/{id}/decisions over real HTTP: a decision that follows the recommendation, an override and the
 * reason it needs, undo as an event of its own, refusals as problem details naming the field, decisions kept through
 * the erasure of the candidate's personal data, notes never logged, concurrent changes recorded one after the other,
 * and the OpenAPI document. Run on H2 and on PostgreSQL by the subclasses.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class DecisionApiTest {
    static final String DECISIONS = "/api/assessments/%s/decisions";

    @LocalServerPort
    int port;

    ApiHttp api;
    String jobId;

    @BeforeEach
    void setUp() {
        api = new ApiHttp(port);
        jobId = "DECIDE-" + UUID.randomUUID();
        var created = api.json("PUT", "/api/jobs/" + jobId, ServiceFlowTest.jobBody(jobId, "gh-" + jobId));
        assertThat(created.statusCode()).as(ApiHttp.text(created)).isEqualTo(201);
    }

    /** A candidate assessed through the API; its id and recommendation. */
    private record Assessed(String id, String candidateId, Verdict verdict, String rulesVersion) {
        Decision following() {
            return Decision.following(verdict);
        }

        Decision overriding() {
            return Arrays.stream(Decision.values()).filter(d -> !d.follows(verdict)).findFirst().orElseThrow();
        }
    }

    private Assessed assess(String name) {
        String candidateId = "C-" + UUID.randomUUID();
        var response = api.json("POST", "/api/assessments", """
                {"jobId": "%s", "candidate": {"candidateId": "%s", "name": "%s", "email": "someone@example.com", "yearsExperience": 7,
                 "yearsLlmExperience": 4, "highlights": "Shipped an LLM assistant to 400 lawyers: RAG with hybrid search, LLM-as-judge evals."}}
                """.formatted(jobId, candidateId, name));
        assertThat(response.statusCode()).as(ApiHttp.text(response)).isEqualTo(201);
        JsonNode a = body(response);
        return new Assessed(a.get("assessmentId").asString(), candidateId, Verdict.valueOf(a.get("verdict").asString()),
                a.get("rulesVersion").asString());
    }

    private HttpResponse<byte[]> post(Assessed a, String json) {
        return api.json("POST", DECISIONS.formatted(a.id()), json);
    }

    private JsonNode trail(Assessed a) {
        var response = api.get(DECISIONS.formatted(a.id()));
        assertThat(response.statusCode()).as(ApiHttp.text(response)).isEqualTo(200);
        return body(response);
    }

    private static void isProblem(HttpResponse<byte[]> response, int status) {
        assertThat(response.statusCode()).as(ApiHttp.text(response)).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    private static List<String> errors(HttpResponse<byte[]> response) {
        List<String> errors = new ArrayList<>();
        body(response).path("errors").forEach(e -> errors.add(e.asString()));
        return errors;
    }

    @Test
    void aDecisionThatFollowsIsRecordedWithTheRecommendationItFollowedAndWhoMadeIt() {
        Assessed a = assess("Ada Follows");
        var recorded = post(a, "{\"decision\": \"" + a.following() + "\"}");
        assertThat(recorded.statusCode()).as(ApiHttp.text(recorded)).isEqualTo(201);
        assertThat(recorded.headers().firstValue("Location")).contains(DECISIONS.formatted(a.id()));
        JsonNode event = body(recorded).get("recorded");
        assertThat(event.get("type").asString()).isEqualTo("DECISION");
        assertThat(event.get("decision").asString()).isEqualTo(a.following().name());
        assertThat(event.get("override").asBoolean()).isFalse();
        assertThat(event.get("recommendation").get("verdict").asString()).isEqualTo(a.verdict().name());
        assertThat(event.get("recommendation").get("rulesVersion").asString()).isEqualTo(a.rulesVersion());
        assertThat(event.get("decidedBy").asString()).isEqualTo("api-key-1");
        assertThat(event.get("via").asString()).isEqualTo("api");
        assertThat(body(recorded).get("standing").get("eventId").asString()).isEqualTo(event.get("eventId").asString());

        JsonNode trail = trail(a);
        assertThat(trail.get("candidateId").asString()).isEqualTo(a.candidateId());
        assertThat(trail.get("followedBy").asString()).isEqualTo(a.following().name());
        assertThat(trail.get("standing").get("eventId").asString()).isEqualTo(event.get("eventId").asString());
        assertThat(trail.get("events")).hasSize(1);
    }

    @Test
    void anOverrideNeedsAReasonFromTheListAndIsRecordedAsOne() {
        Assessed a = assess("Bo Overridden");
        var refused = post(a, "{\"decision\": \"" + a.overriding() + "\", \"note\": \"portfolio shows more\"}");
        isProblem(refused, 400);
        assertThat(errors(refused)).singleElement().asString().startsWith("reason: required when the decision goes against the recommendation ("
                + a.overriding() + " does not follow " + a.verdict());
        assertThat(trail(a).get("events")).isEmpty();

        var recorded = post(a, "{\"decision\": \"" + a.overriding() + "\", \"reason\": \"EVIDENCE_MISSED\", \"note\": \"portfolio shows more\"}");
        assertThat(recorded.statusCode()).as(ApiHttp.text(recorded)).isEqualTo(201);
        JsonNode event = body(recorded).get("recorded");
        assertThat(event.get("override").asBoolean()).isTrue();
        assertThat(event.get("reason").asString()).isEqualTo("EVIDENCE_MISSED");
        assertThat(event.get("reasonText").asString()).isEqualTo("The resume shows relevant work the rules did not read");
        assertThat(event.get("note").asString()).isEqualTo("portfolio shows more");
    }

    @Test
    void anUndoIsAnEventOfItsOwnAndTheDecisionBeforeStandsAgain() {
        Assessed a = assess("Cy Undone");
        String first = body(post(a, "{\"decision\": \"" + a.following() + "\"}")).get("recorded").get("eventId").asString();
        String second = body(post(a, "{\"decision\": \"" + a.overriding() + "\", \"reason\": \"POSITION_FILLED\"}")).get("recorded")
                .get("eventId").asString();

        isProblem(post(a, "{\"undo\": \"" + first + "\"}"), 409);
        var undone = post(a, "{\"undo\": \"" + second + "\"}");
        assertThat(undone.statusCode()).as(ApiHttp.text(undone)).isEqualTo(201);
        assertThat(body(undone).get("recorded").get("type").asString()).isEqualTo("UNDO");
        assertThat(body(undone).get("recorded").get("undoes").asString()).isEqualTo(second);
        assertThat(body(undone).get("standing").get("eventId").asString()).isEqualTo(first);
        isProblem(post(a, "{\"undo\": \"" + second + "\"}"), 409);

        assertThat(body(post(a, "{\"undo\": \"" + first + "\"}")).get("standing").isNull()).isTrue();
        JsonNode trail = trail(a);
        assertThat(trail.get("standing").isNull()).isTrue();
        assertThat(trail.get("events").valueStream().map(e -> e.get("type").asString())).containsExactly("DECISION", "DECISION", "UNDO", "UNDO");
        var conflict = post(a, "{\"undo\": \"" + first + "\"}");
        isProblem(conflict, 409);
        assertThat(errors(conflict)).containsExactly("undo: there is no decision on this assessment to undo");

        var again = post(a, "{\"decision\": \"" + a.following() + "\"}");
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(trail(a).get("events")).hasSize(5);
    }

    @Test
    void badInputIsAProblemDetailNamingTheFieldAndNeverQuotingIt() {
        Assessed a = assess("Di Invalid");
        var unknown = post(a, "{\"decision\": \"PROMOTE-SECRET-VALUE\"}");
        isProblem(unknown, 400);
        assertThat(errors(unknown)).containsExactly("decision: must be one of ADVANCE, REJECT, HOLD");
        assertThat(ApiHttp.text(unknown)).doesNotContain("SECRET");

        var fields = post(a, "{\"decision\": 3, \"verdict\": \"FIT\"}");
        isProblem(fields, 400);
        assertThat(errors(fields)).containsExactlyInAnyOrder("decision: must be text", "verdict: unknown field; send decision, reason, note or undo");
        isProblem(post(a, "[]"), 400);
        isProblem(post(a, "{\"decision\": \"HOLD\", \"undo\": \"x\"}"), 400);
        isProblem(post(a, "{not json"), 400);
        var tooLong = post(a, "{\"decision\": \"" + a.following() + "\", \"note\": \"" + "n".repeat(1001) + "\"}");
        isProblem(tooLong, 400);
        assertThat(errors(tooLong)).containsExactly("note: at most 1000 characters");

        isProblem(api.get(DECISIONS.formatted(UUID.randomUUID())), 404);
        isProblem(api.json("POST", DECISIONS.formatted(UUID.randomUUID()), "{\"decision\": \"HOLD\"}"), 404);
        isProblem(api.get(DECISIONS.formatted("x".repeat(37))), 400);
        assertThat(api.withoutKey().get(DECISIONS.formatted(a.id())).statusCode()).isEqualTo(401);
        assertThat(trail(a).get("events")).isEmpty();
    }

    @Test
    void decisionsOutliveTheErasureOfTheCandidatesNameAndNeverHoldIt() {
        String name = "Eve Erasable " + UUID.randomUUID();
        Assessed a = assess(name);
        assertThat(post(a, "{\"decision\": \"" + a.overriding() + "\", \"reason\": \"OUTSIDE_RESUME\", \"note\": \"work sample\"}")
                .statusCode()).isEqualTo(201);
        assertThat(ApiHttp.text(api.get(DECISIONS.formatted(a.id())))).doesNotContain(name);

        assertThat(api.delete("/api/candidates/" + a.candidateId()).statusCode()).isEqualTo(200);
        assertThat(body(api.get("/api/assessments/" + a.id())).get("name").isNull()).isTrue();
        JsonNode trail = trail(a);
        assertThat(trail.get("events")).hasSize(1);
        assertThat(trail.get("standing").get("decision").asString()).isEqualTo(a.overriding().name());
        assertThat(trail.get("standing").get("decidedBy").asString()).isEqualTo("api-key-1");
        assertThat(trail.get("candidateId").asString()).isEqualTo(a.candidateId());
        assertThat(post(a, "{\"decision\": \"" + a.following() + "\"}").statusCode()).isEqualTo(201);
    }

    @Test
    void aNoteIsNeverWrittenToTheLog(CapturedOutput output) {
        Assessed a = assess("Flo Logged");
        String marker = "NOTE" + UUID.randomUUID().toString().replace("-", "");
        assertThat(post(a, "{\"decision\": \"" + a.following() + "\", \"note\": \"" + marker + "\"}").statusCode()).isEqualTo(201);
        isProblem(post(a, "{\"decision\": \"" + a.overriding() + "\", \"note\": \"" + marker + "\"}"), 400);
        isProblem(post(a, "{\"decision\": \"" + a.following() + "\", \"note\": \"" + marker + "x".repeat(1000) + "\"}"), 400);
        isProblem(post(a, "{\"decision\": \"" + a.following() + "\", \"note\": \"" + marker + "\u0000\"}"), 400);
        assertThat(ApiHttp.text(api.get(DECISIONS.formatted(a.id())))).contains(marker);
        assertThat(output.getAll()).doesNotContain(marker);
    }

    @Test
    void changesAtTheSameTimeAreRecordedOneAfterTheOther() throws Exception {
        Assessed a = assess("Gus Raced");
        int n = 8;
        List<Integer> statuses = race(n, i -> post(a, "{\"decision\": \"" + (i % 2 == 0 ? a.following() + "\"}"
                : a.overriding() + "\", \"reason\": \"OTHER\", \"note\": \"n" + i + "\"}")).statusCode());
        assertThat(statuses).containsOnly(201);
        JsonNode trail = trail(a);
        assertThat(trail.get("events")).hasSize(n);
        JsonNode last = trail.get("events").get(n - 1);
        assertThat(trail.get("standing").get("eventId").asString()).as("the last event stands").isEqualTo(last.get("eventId").asString());

        String standing = last.get("eventId").asString();
        List<Integer> undos = race(n, i -> post(a, "{\"undo\": \"" + standing + "\"}").statusCode());
        assertThat(undos).as("one undo of the same decision is recorded, the others conflict").containsOnly(201, 409)
                .filteredOn(s -> s == 201).hasSize(1);
        assertThat(trail(a).get("standing").get("eventId").asString()).isEqualTo(trail.get("events").get(n - 2).get("eventId").asString());
    }

    private static List<Integer> race(int n, java.util.function.IntFunction<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.apply(index);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheDecisionEndpoints() {
        JsonNode doc = body(api.withoutKey().get("/v3/api-docs"));
        JsonNode path = doc.get("paths").get("/api/assessments/{id}/decisions");
        assertThat(path.has("get")).isTrue();
        assertThat(path.get("post").get("responses").propertyNames()).contains("201", "400", "404", "409");
        JsonNode request = doc.get("components").get("schemas").get("DecisionRequest");
        assertThat(request.get("properties").get("decision").get("enum").valueStream().map(JsonNode::asString))
                .containsExactly("ADVANCE", "REJECT", "HOLD");
        assertThat(request.get("properties").get("reason").get("enum").valueStream().map(JsonNode::asString))
                .contains("EVIDENCE_MISSED", "OTHER");
    }
}
