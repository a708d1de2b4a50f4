package se.samverkan.patient;

/** What the user did when a response showed them a patient's identity. */
public enum AccessAction {
    FILE,
    READ,
    ACKNOWLEDGE,
    FORWARD,
    ANSWER,
    EXTEND_DEADLINE,
    ASSESS,
    RETURN,
    CLOSE
}
