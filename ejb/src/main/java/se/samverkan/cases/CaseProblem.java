package se.samverkan.cases;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * A request about a case that the domain refuses. The kind decides the answer (a case the caller
 * may not see is indistinguishable from one that does not exist); the message key and arguments say
 * why, in words for the person who asked.
 */
@ApplicationException(rollback = true)
public class CaseProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** How the refusal is answered. */
    public enum Kind {
        /** No such case, or one the caller may not see: 404. */
        NOT_FOUND,
        /** The caller sees the case but their role or side may not do this: 403. */
        NOT_PERMITTED,
        /** Not allowed from the case's current status: 409. */
        WRONG_STATUS,
        /** Well-formed but against a rule of the agreement: 422. */
        AGAINST_RULE,
        /** A personnummer or samordningsnummer in the narrative: 422 of its own type. */
        PATIENT_IDENTIFIER_IN_TEXT
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] arguments;

    public CaseProblem(Kind kind, String messageKey, Object... arguments) {
        super(kind + ": " + messageKey, null, false, false);
        this.kind = Objects.requireNonNull(kind);
        this.messageKey = Objects.requireNonNull(messageKey);
        this.arguments = arguments.clone();
    }

    public static CaseProblem notFound() {
        return new CaseProblem(Kind.NOT_FOUND, "case.not-found");
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
