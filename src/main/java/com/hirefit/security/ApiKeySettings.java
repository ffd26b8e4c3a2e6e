package com.hirefit.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hirefit.api.keys}: the API keys machines authenticate with (comma-separated in one property or
 * environment variable). None configured: the API answers 401 to everything. {@code hirefit.api.compliance-keys}: keys
 * that also open the adverse-impact audit and the self-identification intake (COMPLIANCE's part of the API); the other
 * keys get 403 there. {@code toString()} never shows a key.
 */
@ConfigurationProperties("hirefit.api")
record ApiKeySettings(List<String> keys, List<String> complianceKeys) {

    ApiKeySettings {
        keys = clean(keys);
        complianceKeys = clean(complianceKeys);
    }

    private static List<String> clean(List<String> keys) {
        return keys == null ? List.of() : keys.stream().map(String::strip).filter(key -> !key.isEmpty()).toList();
    }

    @Override
    public String toString() {
        return "ApiKeySettings[keys=" + keys.size() + ", complianceKeys=" + complianceKeys.size() + "]";
    }
}
