/**
 * Serious deviations reach the medical officer at once: the chefsläkare for the region, the MAS for
 * a municipality (the agreement, section 8.1).
 *
 * <p>Every serious case opens exactly one {@link se.samverkan.escalation.Escalation} to the
 * routed-to principal's officer (a unique key on the case makes "once" a database fact). The
 * officer records the decision of the receiving side (under assessment, not reportable, Lex Maria,
 * Lex Sarah, with the IVO reference); the system never files anything with IVO itself. The e-mail
 * to the officer and the reminders come with the notifications.
 */
package se.samverkan.escalation;
