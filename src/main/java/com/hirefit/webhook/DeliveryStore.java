package com.hirefit.webhook;

import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Deliveries already received, by their dedupe keys, so a repeated delivery is never screened twice. */
@Repository
class DeliveryStore {
    private final JdbcClient db;

    DeliveryStore(JdbcClient db) {
        this.db = db;
    }

    boolean seen(String source, String key) {
        return db.sql("SELECT COUNT(*) FROM webhook_delivery WHERE source = ? AND dedupe_key = ?").params(source, key)
                .query(Integer.class).single() > 0;
    }

    /** Records a delivery key; a concurrent insert of the same key fails on the primary key. */
    void record(String source, String key, AtsEvent event, String outcome, Instant at) {
        db.sql("INSERT INTO webhook_delivery (source, dedupe_key, action, application_id, outcome, received_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(source, key, event.action(), event.applicationId(), outcome, at.atOffset(ZoneOffset.UTC)).update();
    }
}
