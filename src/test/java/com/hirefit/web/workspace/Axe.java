package com.hirefit.web.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core, run inside the page the browser shows (the script comes from Deque's Maven Central artifact, never a
 * CDN): the violations of impact serious or critical, each with its rule, help text and the elements at fault.
 * The script is injected through WebDriver, which the page's content security policy does not govern.
 */
final class Axe {
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final String SCRIPT = load();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Axe() {
    }

    /** The serious and critical violations on the current page, one readable line each; empty when there are none. */
    static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(SCRIPT);
        }
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations)), e => done('ERROR ' + e));");
        String text = String.valueOf(result);
        if (text.startsWith("ERROR")) {
            throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": " + text);
        }
        List<String> problems = new ArrayList<>();
        for (JsonNode violation : JSON.readTree(text)) {
            if (BLOCKING.contains(violation.path("impact").asString())) {
                List<String> targets = new ArrayList<>();
                violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
                problems.add(violation.path("impact").asString() + " " + violation.path("id").asString() + ": "
                        + violation.path("help").asString() + " at " + targets);
            }
        }
        return problems;
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
