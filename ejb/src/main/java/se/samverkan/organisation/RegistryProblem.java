package se.samverkan.organisation;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/** A change to the registry that is refused; the kind decides the status, the key says why. */
@ApplicationException(rollback = true)
public class RegistryProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** No such principal, unit or area: 404. */
        NOT_FOUND,
        /** The code or id is taken already: 409. */
        TAKEN,
        /** Against a rule of the registry: 422. */
        AGAINST_RULE
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] arguments;

    public RegistryProblem(Kind kind, String messageKey, Object... arguments) {
        super(kind + ": " + messageKey, null, false, false);
        this.kind = Objects.requireNonNull(kind);
        this.messageKey = Objects.requireNonNull(messageKey);
        this.arguments = arguments.clone();
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
