package se.samverkan.notification;

/** Which of a principal's functional mailboxes a notification goes to. */
public enum Audience {
    /** The principal's deviation handlers. */
    HANDLERS,
    /** The chefsläkare (region) or the MAS (municipality). */
    MEDICAL_OFFICER
}
