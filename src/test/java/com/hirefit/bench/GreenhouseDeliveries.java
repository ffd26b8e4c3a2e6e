package com.hirefit.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * Distinct, validly signed Greenhouse {@code new_candidate_application} deliveries for the load bench: each is
 * a different application of a different candidate, made from a {@link CandidateGenerator} row (title, tags,
 * 300-800 characters of resume prose, years, salary, market, education, portfolio), so every one is really
 * mapped, screened and stored, never recognised as a repeat. The same seed gives the same deliveries. Not a test.
 */
final class GreenhouseDeliveries {

    /** One delivery: the exact bytes sent and the headers that go with them. */
    record Delivery(byte[] body, String signature, String eventId) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final CandidateGenerator candidates;
    private final Mac mac;
    private final long atsJobId;
    private int next;

    GreenhouseDeliveries(String secret, long atsJobId, long seed) throws GeneralSecurityException {
        this.candidates = new CandidateGenerator(seed);
        this.mac = Mac.getInstance("HmacSHA256");
        this.mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        this.atsJobId = atsJobId;
    }

    /** The next {@code count} deliveries. */
    List<Delivery> next(int count) {
        List<Delivery> deliveries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            deliveries.add(next());
        }
        return deliveries;
    }

    Delivery next() {
        int n = ++next;
        List<String> row = candidates.nextRow();
        Map<String, Object> candidate = new LinkedHashMap<>();
        candidate.put("id", 70_000_000 + n);
        String[] name = row.get(1).split(" ", 2);
        candidate.put("first_name", name[0]);
        candidate.put("last_name", name[1]);
        candidate.put("title", row.get(3));
        candidate.put("email_addresses", List.of(Map.of("value", row.get(2), "type", "personal")));
        candidate.put("tags", List.of(row.get(6).split("; ")));
        if (!row.get(8).isEmpty()) {
            String[] education = row.get(8).split(", ", 2);
            candidate.put("educations", List.of(Map.of("degree", education[0], "school_name", education[1])));
        }
        if (!row.get(10).isEmpty()) {
            candidate.put("website_addresses", List.of(Map.of("value", row.get(10), "type", "portfolio")));
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        field(fields, "years_experience", "Years of experience", "number", number(row.get(4)));
        field(fields, "years_llm_experience", "Years of LLM experience", "number", number(row.get(5)));
        field(fields, "highlights", "Highlights", "long_text", row.get(7));
        field(fields, "publications", "Publications", "long_text", row.get(9));
        field(fields, "domains", "Domains", "short_text", row.get(11));
        field(fields, "languages", "Languages", "short_text", row.get(12));
        field(fields, "expected_salary", "Expected salary", "short_text", row.get(13));
        field(fields, "market", "Market", "short_text", row.get(14));
        candidate.put("custom_fields", fields);
        Map<String, Object> application = new LinkedHashMap<>();
        application.put("id", 90_000_000 + n);
        application.put("jobs", List.of(Map.of("id", atsJobId)));  // Greenhouse sends ids as integers
        application.put("candidate", candidate);
        byte[] body = JSON.writeValueAsBytes(Map.of("action", "new_candidate_application",
                "payload", Map.of("application", application)));
        return new Delivery(body, "sha256 " + HexFormat.of().formatHex(mac.doFinal(body)), "load-" + n);
    }

    private static void field(Map<String, Object> fields, String key, String name, String type, Object value) {
        if (value != null && !"".equals(value)) {
            fields.put(key, Map.of("name", name, "type", type, "value", value));
        }
    }

    /** Years as a JSON number, as Greenhouse sends a number field. */
    private static Object number(String text) {
        return text.isEmpty() ? null : Double.valueOf(text);
    }
}
