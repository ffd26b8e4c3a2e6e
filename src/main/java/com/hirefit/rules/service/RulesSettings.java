package com.hirefit.rules.service;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hirefit.rules-dir}: the rules folder (the copy bundled in the jar when it does not exist); {@code
 * hirefit.rules.watch}: reload the folder when a file changes, once it has been quiet for {@code hirefit.rules.debounce}
 * (off: {@code POST /api/rules/reload}).
 */
@ConfigurationProperties("hirefit")
public record RulesSettings(@DefaultValue("rules") Path rulesDir, @DefaultValue Watch rules) {

    public record Watch(@DefaultValue("true") boolean watch, @DefaultValue("500ms") Duration debounce) {
    }
}
