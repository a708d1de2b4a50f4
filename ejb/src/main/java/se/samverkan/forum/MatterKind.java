package se.samverkan.forum;

/** Why a case goes to the forum. */
public enum MatterKind {
    /** A fault in how the principals' systems or routines work together, seen again and again. */
    RECURRING_FAULT,
    /** A question of how the agreement is to be read, for the forum to settle. */
    PRINCIPLE,
    /** The parties do not agree who is responsible for the care concerned. */
    RESPONSIBILITY
}
