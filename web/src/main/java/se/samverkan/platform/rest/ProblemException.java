package se.samverkan.platform.rest;

import java.util.List;
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
    private final transient List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detailKey, Object... arguments) {
        this(type, List.of(), detailKey, arguments);
    }

    /** A problem that names the fields at fault, as a validation problem does. */
    public ProblemException(
            ProblemType type,
            List<Problem.FieldError> errors,
            String detailKey,
            Object... arguments) {
        super(type + (detailKey == null ? "" : ": " + detailKey), null, false, false);
        this.type = Objects.requireNonNull(type);
        this.errors = List.copyOf(errors);
        this.detailKey = detailKey;
        this.arguments = arguments.clone();
    }

    /** The fields at fault; empty when the problem is not about fields. */
    public List<Problem.FieldError> errors() {
        return errors;
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
