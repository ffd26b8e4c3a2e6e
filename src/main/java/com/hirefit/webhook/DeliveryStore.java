package com.hirefit.webhook;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Deliveries already received, by their dedupe keys, so a repeated delivery is never screened twice. A delivery
 * has several keys (the vendor's and one of its content), recorded in one statement.
 */
@Repository
class DeliveryStore {
    private final JdbcClient db;

    DeliveryStore(JdbcClient db) {
        this.db = db;
    }

    /**
     * Whether any of the keys was recorded. One primary-key lookup per key: H2 answers {@code dedupe_key IN (...)}
     * by scanning every key of the source, which grows with the table.
     */
    boolean seen(String source, List<String> keys) {
        return keys.stream().anyMatch(key -> db.sql("SELECT COUNT(*) FROM webhook_delivery WHERE source = ? AND dedupe_key = ?")
                .params(source, key).query(Integer.class).single() > 0);
    }

    /** Records every key of a delivery; a concurrent insert of the same key fails on the primary key. */
    void record(String source, List<String> keys, AtsEvent event, String outcome, Instant at) {
        OffsetDateTime received = at.atOffset(ZoneOffset.UTC);
        List<Object> params = new ArrayList<>();
        for (String key : keys) {
            params.addAll(Arrays.asList(source, key, event.action(), event.applicationId(), outcome, received));
        }
        db.sql("INSERT INTO webhook_delivery (source, dedupe_key, action, application_id, outcome, received_at) VALUES "
                + placeholders(keys.size(), "(?, ?, ?, ?, ?, ?)")).params(params).update();
    }

    private static String placeholders(int count, String each) {
        return String.join(", ", Collections.nCopies(count, each));
    }
}
