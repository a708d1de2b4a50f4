package se.samverkan.cases;

/**
 * What a caller may do to a case, by name: the web pages offer exactly the actions the server would
 * accept from that caller in the case's current state ({@link CaseActions}).
 */
public enum CaseAction {
    ACKNOWLEDGE,
    FORWARD,
    ANSWER,
    EXTEND_DEADLINE,
    ASSESS,
    RETURN,
    CLOSE,
    COMMENT,
    /** Raise to the joint forum; offered only while the case has not been raised. */
    RAISE_TO_FORUM
}
