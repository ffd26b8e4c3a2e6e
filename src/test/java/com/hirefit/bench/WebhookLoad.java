package com.hirefit.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Load on the Greenhouse webhook of a running service (loopback only): distinct, validly signed application
 * deliveries, each screened and stored. Bounded by count and by time. Prints latency percentiles. Run by
 * bench/webhook-load.sh, which starts and stops the service.
 */
public final class WebhookLoad {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        String secret = args[1];
        String atsJob = args[2];
        int requests = Integer.parseInt(args[3]);
        int concurrency = Integer.parseInt(args[4]);
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(concurrency)).build();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        List<HttpRequest> prepared = new ArrayList<>();
        for (int i = 0; i < requests + 200; i++) {
            String body = """
                    {"action":"new_candidate_application","payload":{"application":{"id":%d,"jobs":[{"id":%s}],
                    "candidate":{"id":%d,"first_name":"Load","last_name":"Test %d","title":"LLM Engineer","tags":["LangChain","RAG","pgvector"],
                    "custom_fields":{"years_experience":{"name":"Years","type":"number","value":%d},
                    "highlights":{"name":"Highlights","type":"long_text","value":"Shipped an LLM support assistant to %d customers with a RAG pipeline, LLM-as-judge evals and guardrails."}}}}}}
                    """.formatted(1_000_000 + i, atsJob, 2_000_000 + i, i, 3 + i % 9, 1000 + i);
            String signature = HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
            prepared.add(HttpRequest.newBuilder(URI.create(base + "/webhooks/greenhouse"))
                    .header("Content-Type", "application/json").header("Signature", "sha256 " + signature)
                    .header("Greenhouse-Event-ID", "load-" + i).POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }
        // Warm-up: the first deliveries compile the JIT paths; they are not measured.
        for (HttpRequest request : prepared.subList(requests, requests + 200)) {
            http.send(request, HttpResponse.BodyHandlers.discarding());
        }
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        long start = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            workers.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(prepared.get(i), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200 || !response.body().contains("SCREENED")) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - t0);
                }
                return null;
            });
        }
        workers.shutdown();
        workers.awaitTermination(130, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%d deliveries, %d concurrent, %.1f s, %.0f deliveries/s, %d errors%n", sorted.size(), concurrency, seconds,
                sorted.size() / seconds, errors.get());
        System.out.printf("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99),
                sorted.get(sorted.size() - 1) / 1e6);
        System.exit(0);
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
}
