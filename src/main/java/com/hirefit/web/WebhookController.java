package com.hirefit.web;

import com.hirefit.webhook.AtsIntake;
import com.hirefit.webhook.RawDelivery;
import com.hirefit.webhook.WebhookReceiver;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/{vendor}}: reads the raw bytes (bounded), lets {@link WebhookReceiver} verify and map
 * them, and translates its outcome to HTTP. Every handled delivery answers 200, duplicates included,
 * because vendors retry anything else. Nothing from the request is logged.
 */
@RestController
class WebhookController {
    private final WebhookReceiver receiver;
    private final int maxBytes;

    /** {@code hirefit.webhooks.max-body-bytes}: the largest webhook body read; a larger one gets 413. */
    @ConfigurationProperties("hirefit.webhooks")
    record BodyLimit(@DefaultValue("1048576") int maxBodyBytes) {
    }

    WebhookController(WebhookReceiver receiver, BodyLimit limit) {
        this.receiver = receiver;
        this.maxBytes = limit.maxBodyBytes();
    }

    @PostMapping("/webhooks/{vendor}")
    ResponseEntity<?> receive(@PathVariable String vendor, @RequestHeader Map<String, String> headers, HttpServletRequest request)
            throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(maxBytes + 1);
        }
        if (body.length > maxBytes) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "A webhook body may be at most " + maxBytes + " bytes.");
        }
        WebhookReceiver.Outcome outcome = receiver.receive(vendor, new RawDelivery(body, headers));
        if (outcome instanceof WebhookReceiver.Handled handled) {
            return ResponseEntity.ok(handled.result());
        }
        if (outcome instanceof WebhookReceiver.Ping) {
            return ResponseEntity.ok(Map.of("status", AtsIntake.IntakeResult.PING));
        }
        if (outcome instanceof WebhookReceiver.BadPayload bad) {
            return problem(HttpStatus.BAD_REQUEST, bad.message());
        }
        if (outcome instanceof WebhookReceiver.Unauthorized) {
            return ResponseEntity.of(ProblemDetail.forStatus(HttpStatus.UNAUTHORIZED)).build();
        }
        return ResponseEntity.of(ProblemDetail.forStatus(HttpStatus.NOT_FOUND)).build();
    }

    private static ResponseEntity<?> problem(HttpStatus status, String detail) {
        return ResponseEntity.of(ProblemDetail.forStatusAndDetail(status, detail)).build();
    }
}
