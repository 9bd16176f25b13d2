package org.asylon.kernel.problem;

import java.net.URI;

/**
 * The kinds of error the suite reports, each with a stable type URI that clients may rely on. The
 * URIs are URNs on purpose: they identify the kind of error and never change with the deployment.
 */
public enum ProblemType {
    INVALID_REQUEST("invalid-request", 400, "The request could not be read"),
    VALIDATION_FAILED("validation-failed", 422, "Some fields are not valid"),
    RULE_VIOLATED("rule-violated", 422, "The action is not allowed by a rule"),
    IDEMPOTENCY_KEY_REUSED(
            "idempotency-key-reused",
            422,
            "The Idempotency-Key was already used for a different request"),
    IDEMPOTENCY_KEY_REQUIRED(
            "idempotency-key-required", 400, "An Idempotency-Key header is required"),
    NOT_AUTHENTICATED("not-authenticated", 401, "Authentication is required"),
    FORBIDDEN("forbidden", 403, "Your role does not allow this"),
    /**
     * A change sent with the browser session's cookie but without its {@code X-CSRF-Token}: the
     * page is older than the session (or another site sent it).
     */
    CSRF_TOKEN_INVALID("csrf-token-invalid", 403, "Reload the page and try again"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "The requested media type cannot be produced"),
    CONFLICT("conflict", 409, "The request conflicts with the current state"),
    PRECONDITION_FAILED("precondition-failed", 412, "The record was changed by someone else"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    PRECONDITION_REQUIRED("precondition-required", 428, "An If-Match header is required"),
    INTERNAL_ERROR("internal-error", 500, "Something went wrong on our side"),
    UNAVAILABLE("unavailable", 503, "The service is temporarily unavailable");

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create("urn:asylon:problem:" + slug);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
