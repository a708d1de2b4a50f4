package se.samverkan.platform.rest;

import java.util.Objects;

/**
 * Ends a request with a problem document of the given type; the detail is a message key with
 * arguments, rendered in the caller's language.
 */
public class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final String detailKey;
    private final transient Object[] arguments;

    public ProblemException(ProblemType type, String detailKey, Object... arguments) {
        super(type + (detailKey == null ? "" : ": " + detailKey), null, false, false);
        this.type = Objects.requireNonNull(type);
        this.detailKey = detailKey;
        this.arguments = arguments.clone();
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
