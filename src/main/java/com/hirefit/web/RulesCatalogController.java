package com.hirefit.web;

import com.hirefit.rules.RuleBase;
import com.hirefit.rules.authoring.RuleCatalog;
import com.hirefit.rules.service.CurrentRules;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue of the rules the service is answering with: Markdown by default, one HTML page when asked
 * ({@code ?format=html}, or {@code Accept: text/html} preferred over Markdown).
 */
@RestController
@RequestMapping("/api/rules/catalog")
class RulesCatalogController {
    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);
    static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    private final CurrentRules rules;

    RulesCatalogController(CurrentRules rules) {
        this.rules = rules;
    }

    @GetMapping
    ResponseEntity<String> catalog(@RequestParam(required = false) String format,
                                   @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        RuleBase current = rules.get();
        boolean html = format != null ? html(format) : prefersHtml(accept);
        return ResponseEntity.ok()
                .contentType(html ? HTML : MARKDOWN)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .header(HttpHeaders.ETAG, "\"" + current.version() + (html ? "-html" : "-md") + "\"")
                .body(html ? RuleCatalog.html(current) : RuleCatalog.markdown(current));
    }

    private static boolean html(String format) {
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "html" -> true;
            case "markdown", "md" -> false;
            default -> throw new ApiProblem(HttpStatus.BAD_REQUEST, "Unknown catalogue format: " + format,
                    List.of("format: must be markdown or html"));
        };
    }

    /** True when the client's Accept header gives text/html a higher quality than text/markdown. */
    private static boolean prefersHtml(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> ranges;
        try {
            ranges = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        return quality(ranges, MediaType.TEXT_HTML) > quality(ranges, new MediaType("text", "markdown"));
    }

    /** The quality the most specific matching range gives a type (RFC 9110 section 12.5.1); 0 when none matches. */
    private static double quality(List<MediaType> ranges, MediaType type) {
        double quality = 0;
        int specificity = -1;
        for (MediaType range : ranges) {
            int rangeSpecificity = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
            if (range.includes(type) && rangeSpecificity > specificity) {
                specificity = rangeSpecificity;
                quality = range.getQualityValue();
            }
        }
        return quality;
    }
}
