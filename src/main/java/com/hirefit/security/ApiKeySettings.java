package com.hirefit.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hirefit.api.keys}: the API keys machines authenticate with (comma-separated in one property or
 * environment variable). None configured: the API answers 401 to everything. {@code toString()} never shows a key.
 */
@ConfigurationProperties("hirefit.api")
record ApiKeySettings(List<String> keys) {

    ApiKeySettings {
        keys = keys == null ? List.of() : keys.stream().map(String::strip).filter(key -> !key.isEmpty()).toList();
    }

    @Override
    public String toString() {
        return "ApiKeySettings[keys=" + keys.size() + "]";
    }
}
