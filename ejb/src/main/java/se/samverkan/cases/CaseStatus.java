package se.samverkan.cases;

/**
 * Where a case is in its life. Overdue is not a status but a flag computed from the clocks;
 * forwarding, returning and escalating are events, not states.
 */
public enum CaseStatus {
    SUBMITTED,
    RECEIVED,
    UNDER_INVESTIGATION,
    ANSWERED,
    CLOSED;

    /** Still waiting for the receiving side's answer. */
    public boolean awaitsAnswer() {
        return this == SUBMITTED || this == RECEIVED || this == UNDER_INVESTIGATION;
    }
}
