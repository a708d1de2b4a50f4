package se.samverkan.forum;

/** Where the forum stands with a matter. */
public enum MatterStatus {
    RAISED,
    IN_PROGRESS,
    RESOLVED
}
