package com.hirefit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GET /api/rules/catalog over real HTTP: Markdown by default, HTML on request, behind the API key. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:hirefit-catalog;DB_CLOSE_DELAY=-1", "hirefit.api.keys=" + ApiHttp.KEY})
class RulesCatalogHttpTest {

    @LocalServerPort
    int port;

    ApiHttp api;

    @BeforeEach
    void setUp() {
        api = new ApiHttp(port);
    }

    private HttpResponse<byte[]> get(String path, String accept) {
        return api.send("GET", path, HttpRequest.BodyPublishers.noBody(), null, Map.of("Accept", accept));
    }

    private static String contentType(HttpResponse<byte[]> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void answersMarkdownByDefault() {
        var response = api.get("/api/rules/catalog");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).startsWith("text/markdown").containsIgnoringCase("charset=UTF-8");
        assertThat(ApiHttp.text(response)).startsWith("# HireFit rule catalogue\n")
                .contains("| Designing retrieval-augmented generation is a green flag | green-flags.drl:");
        assertThat(contentType(get("/api/rules/catalog", "*/*"))).startsWith("text/markdown");
        assertThat(contentType(get("/api/rules/catalog", "text/markdown, text/html"))).startsWith("text/markdown");
    }

    @Test
    void answersHtmlWhenAskedByAcceptOrFormat() {
        var browser = get("/api/rules/catalog", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(browser.statusCode()).isEqualTo(200);
        assertThat(contentType(browser)).startsWith("text/html");
        assertThat(ApiHttp.text(browser)).startsWith("<!DOCTYPE html>").contains("<nav>", "<h2>verdict.drl</h2>");

        var byFormat = api.get("/api/rules/catalog?format=html");
        assertThat(contentType(byFormat)).startsWith("text/html");
        assertThat(ApiHttp.text(byFormat)).isEqualTo(ApiHttp.text(browser));
        assertThat(contentType(get("/api/rules/catalog?format=markdown", "text/html"))).startsWith("text/markdown");
        assertThat(api.get("/api/rules/catalog?format=pdf").statusCode()).isEqualTo(400);
    }

    @Test
    void needsAnApiKey() {
        assertThat(api.withoutKey().get("/api/rules/catalog").statusCode()).isEqualTo(401);
        assertThat(new ApiHttp(port, "wrong-key").get("/api/rules/catalog?format=html").statusCode()).isEqualTo(401);
    }
}
