package se.samverkan.platform.rest;

import jakarta.ws.rs.core.Response.Status;

/**
 * The kinds of problem the API answers with. Each has a stable type URI and a message key for its
 * title and detail in {@code Messages.properties}.
 */
public enum ProblemType {
    BAD_REQUEST("bad-request", 400),
    MALFORMED_JSON("malformed-json", 400),
    VALIDATION("validation", 400),
    UNAUTHORIZED("unauthorized", 401),
    FORBIDDEN("forbidden", 403),
    NO_PRINCIPAL("no-principal", 403),
    NOT_FOUND("not-found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", 406),
    CONFLICT("conflict", 409),
    PAYLOAD_TOO_LARGE("payload-too-large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415),
    UNPROCESSABLE("unprocessable", 422),
    PATIENT_IDENTIFIER_IN_TEXT("patient-identifier-in-text", 422),
    INTERNAL("internal", 500),
    UNAVAILABLE("unavailable", 503);

    private final String slug;
    private final int status;

    ProblemType(String slug, int status) {
        this.slug = slug;
        this.status = status;
    }

    /** A relative URI reference (RFC 9457 section 3.1.1), the same on every installation. */
    public String uri() {
        return "/problems/" + slug;
    }

    public String messageKey() {
        return slug;
    }

    public int status() {
        return status;
    }

    /** The problem type for a status that no more specific type describes. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status
                    && type != MALFORMED_JSON
                    && type != VALIDATION
                    && type != NO_PRINCIPAL
                    && type != PATIENT_IDENTIFIER_IN_TEXT) {
                return type;
            }
        }
        return Status.Family.familyOf(status) == Status.Family.SERVER_ERROR
                ? INTERNAL
                : BAD_REQUEST;
    }
}
