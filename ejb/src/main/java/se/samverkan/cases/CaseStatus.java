package se.samverkan.cases;

import java.util.List;

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

    /** The statuses of a case still waiting for the receiving side's answer (for queries). */
    public static final List<CaseStatus> AWAITING_ANSWER =
            List.of(SUBMITTED, RECEIVED, UNDER_INVESTIGATION);

    /** Still waiting for the receiving side's answer. */
    public boolean awaitsAnswer() {
        return AWAITING_ANSWER.contains(this);
    }
}
