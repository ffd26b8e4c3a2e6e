package com.hirefit.rules.service;

import com.hirefit.rules.RuleBase;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The rule bases installed over time, with their files' hashes, so every stored decision can be traced to its rules. */
@Repository
public class RulesHistoryStore {
    private static final TypeReference<Map<String, String>> FILES = new TypeReference<>() { };
    private final JdbcClient db;
    private final JsonMapper json;

    RulesHistoryStore(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    public record Installed(String version, Instant installedAt, String origin, int ruleCount, Map<String, String> files) {
    }

    public void record(RuleBase rules, Instant at) {
        Map<String, String> files = new TreeMap<>();
        rules.source().files().forEach((name, bytes) -> files.put(name, sha256(bytes)));
        db.sql("INSERT INTO rules_history (version, installed_at, origin, rule_count, files) VALUES (?, ?, ?, ?, ?)")
                .params(rules.version(), at.atOffset(ZoneOffset.UTC), rules.origin(), rules.rules().size(), json.writeValueAsString(files))
                .update();
    }

    /** Newest first. */
    public List<Installed> list() {
        return db.sql("SELECT version, installed_at, origin, rule_count, files FROM rules_history ORDER BY installed_at DESC")
                .query((rs, n) -> new Installed(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                        rs.getInt(4), json.readValue(rs.getString(5), FILES)))
                .list();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
