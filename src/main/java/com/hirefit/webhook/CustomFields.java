package com.hirefit.webhook;

import tools.jackson.databind.JsonNode;

/**
 * Maps ATS custom fields onto a candidate, the same way for every vendor: a field whose key matches a
 * {@link CustomFieldKeys configured key} feeds its canonical column; any other field is kept as an extra
 * column under its display name; a field whose key or name is protected (gender, date of birth, "EEO Race"...)
 * or contact details is left out, unread, and listed by name.
 */
final class CustomFields {

    private CustomFields() {
    }

    /**
     * @param key   the field's stable key (Greenhouse's slug) or, where the ATS has none, its title; only the key
     *              is matched against the configured keys
     * @param name  the field's display name, used for an extra column (the key when null)
     * @param value the field's value as sent
     */
    static void map(String key, String name, JsonNode value, CustomFieldKeys keys, CandidateMap candidate) {
        String label = name == null || name.isBlank() ? key : name;
        if (ExcludedKeys.excluded(label)) {
            candidate.collector().add(label, label);
            return;
        }
        if (ExcludedKeys.excluded(key)) {
            candidate.collector().add(label, key);
            return;
        }
        Object plain = JsonValues.customValue(value, label, candidate.collector());
        String column = keys.column(key);
        if (column != null) {
            candidate.put(column, plain);
        } else {
            candidate.extra(label, plain);
        }
    }
}
