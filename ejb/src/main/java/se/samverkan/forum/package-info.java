/**
 * The joint forum's register: a party to a case raises it to the forum (samverkansforum) as a
 * recurring system fault, a matter of principle or a dispute about responsibility (DOMAIN.md, "The
 * life of a case"; the agreement's sections 7.7, 8 and 11). The forum gives each matter an owner
 * and a status; the yearly follow-up prints the register.
 *
 * <p>Raising is not a case status: the case goes on through its own life, and its history records
 * that it was raised. The forum never sees the case itself, only the register's line: case number,
 * area, kind, a short subject, who raised it, owner and status.
 */
package se.samverkan.forum;
