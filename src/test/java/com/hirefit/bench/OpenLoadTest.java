package com.hirefit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load generator against a real HTTP server on loopback: it reads every answer and hides no queueing. */
class OpenLoadTest {
    private HttpServer server;
    private InetSocketAddress address;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/fixed", exchange -> answer(exchange, 200, "{\"status\":\"SCREENED\"}".getBytes(StandardCharsets.UTF_8).length));
        server.createContext("/chunked", exchange -> answer(exchange, 200, 0));
        server.createContext("/refused", exchange -> answer(exchange, 401, -1));
        server.createContext("/slow", exchange -> {
            sleep(50);
            answer(exchange, 200, 0);
        });
        server.start();
        address = new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(com.sun.net.httpserver.HttpExchange exchange, int status, long length) throws IOException {
        exchange.getRequestBody().readAllBytes();
        exchange.sendResponseHeaders(status, length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (length >= 0) {
                out.write("{\"status\":\"SCREENED\"}".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] post(String path) {
        return Http1Connection.post("localhost", path, "{}".getBytes(StandardCharsets.UTF_8), "Content-Type: application/json");
    }

    @Test
    void aConnectionReadsFixedLengthAndChunkedAnswersAndStaysOpen() throws IOException {
        try (Http1Connection connection = new Http1Connection(address, 5000)) {
            Http1Connection.Response fixed = connection.exchange(post("/fixed"));
            Http1Connection.Response chunked = connection.exchange(post("/chunked"));
            Http1Connection.Response refused = connection.exchange(post("/refused"));
            assertThat(fixed).isEqualTo(new Http1Connection.Response(200, "{\"status\":\"SCREENED\"}", true));
            assertThat(chunked).isEqualTo(new Http1Connection.Response(200, "{\"status\":\"SCREENED\"}", true));
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.body()).isEmpty();
        }
    }

    @Test
    void everyRequestIsSentAndJudged() throws InterruptedException {
        OpenLoad load = new OpenLoad(address, Duration.ofSeconds(5), 4);
        List<byte[]> requests = List.of(post("/fixed"), post("/chunked"), post("/refused"), post("/missing"), post("/fixed"));
        OpenLoad.Result result = load.run(requests, OpenLoad.constant(5, 100), body -> body.contains("SCREENED"));
        assertThat(result.outcomes()).containsExactly(OpenLoad.Outcome.OK, OpenLoad.Outcome.OK, OpenLoad.Outcome.HTTP_ERROR,
                OpenLoad.Outcome.HTTP_ERROR, OpenLoad.Outcome.OK);
        assertThat(result.errors()).isEqualTo(2);
        assertThat(result.answered()).isEqualTo(5);
    }

    @Test
    void latencyRunsFromTheScheduledTimeSoAWaitForABusySenderCounts() throws InterruptedException {
        OpenLoad load = new OpenLoad(address, Duration.ofSeconds(5), 1);
        // Five requests due at once on one connection to a 50 ms server: the last one is answered after about 250 ms.
        OpenLoad.Result result = load.run(Collections.nCopies(5, post("/slow")), new long[5], body -> true);
        assertThat(result.count(OpenLoad.Outcome.OK)).isEqualTo(5);
        assertThat(result.percentile(1.0)).isGreaterThanOrEqualTo(250.0);
        assertThat(result.percentile(0.0)).isGreaterThanOrEqualTo(50.0).isLessThan(250.0);
    }

    @Test
    void aWarmUpRampsUpOverItsFirstHalfThenHoldsTheRate() {
        long[] warmUp = OpenLoad.warmUp(50, 500, 60);
        assertThat(warmUp).hasSize(275 * 30 + 500 * 30);
        assertThat(warmUp[275 * 30]).isBetween(29_500_000_000L, 30_500_000_000L);
        assertThat(warmUp[warmUp.length - 1] - warmUp[warmUp.length - 501]).isEqualTo(1_000_000_000L);
        assertThat(warmUp[warmUp.length - 1]).isBetween(59_500_000_000L, 60_500_000_000L);
        assertThat(OpenLoad.constant(30_000, 500)[29_999]).isEqualTo(59_998_000_000L);
    }
}
