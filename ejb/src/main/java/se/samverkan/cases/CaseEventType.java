package se.samverkan.cases;

/** What happened to a case; the history is a list of these, never rewritten. */
public enum CaseEventType {
    SUBMITTED,
    IMPORTED,
    ACKNOWLEDGED,
    FORWARDED,
    ANSWERED,
    RETURNED,
    CLOSED,
    COMMENTED,
    ASSESSED,
    DEADLINE_EXTENDED,
    ESCALATED,
    RAISED_TO_FORUM
}
