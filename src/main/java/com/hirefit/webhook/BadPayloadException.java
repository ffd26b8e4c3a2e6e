package com.hirefit.webhook;

/**
 * A signed delivery whose body is not what the vendor documents: not JSON, or a required field missing or of
 * the wrong type. The message names the field by its JSON path ("payload.application.id is missing") and
 * never quotes the body.
 */
public class BadPayloadException extends Exception {

    private static final long serialVersionUID = 1L;

    public BadPayloadException(String message) {
        super(message);
    }
}
