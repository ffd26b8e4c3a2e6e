package com.hirefit.workspace;

import com.hirefit.fairness.Doc;
import com.hirefit.fairness.Explanations;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A candidate's explanation, for the recruiter to send: HTML to read and print, or Markdown to paste into a message. */
@Controller
class ExplanationPages {
    private final Explanations explanations;

    ExplanationPages(Explanations explanations) {
        this.explanations = explanations;
    }

    @GetMapping("/candidates/{id}/explanation")
    ResponseEntity<String> explanation(@PathVariable String id, @RequestParam(defaultValue = "html") String format) {
        Doc doc = Doc.of(format, "How your application was assessed");
        return (Ids.valid(id) ? explanations.explain(id, doc) : java.util.Optional.<String>empty())
                .map(text -> ResponseEntity.ok().contentType(MediaType.parseMediaType(doc.mediaType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"explanation." + ("html".equals(format) ? "html" : "md") + "\"")
                        .body(text))
                .orElse(ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("There is no such assessment."));
    }
}
