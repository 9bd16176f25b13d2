package org.asylon.tools.openapi;

/** The documents cannot be merged as they are; the message says what to change. */
public class OpenApiMergeException extends RuntimeException {

    public OpenApiMergeException(String message) {
        super(message);
    }
}
