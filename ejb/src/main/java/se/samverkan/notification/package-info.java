/**
 * Notifications by e-mail, delivered through a transactional outbox.
 *
 * <p>A change that should tell someone (a new case, a serious case for the chefsläkare or MAS, an
 * answer, a return, a reminder, the weekly digest) writes a {@link
 * se.samverkan.notification.Notification} row in its own transaction ({@link
 * se.samverkan.notification.Outbox}); nothing is sent inside that transaction, so a slow or absent
 * SMTP server never blocks or fails the change. After the commit the {@link
 * se.samverkan.notification.Delivery} worker sends the new rows at once through WildFly's mail
 * session, and every few seconds it sends whatever is due again: failed attempts back off
 * exponentially up to an hour. Every notification has a delivery key, unique in the table (the same
 * event never queues twice) and sent as the message's {@code Message-ID} (a receiver can drop the
 * rare second copy after a crash between sending and marking sent).
 *
 * <p>Reminders and re-notifications are derived from state, not from timers that hold data: a
 * persistent EJB timer runs {@link se.samverkan.notification.Reminders#scan} every few minutes,
 * which asks {@link se.samverkan.notification.ReminderPlan} which reminder is due for each open
 * case and unacknowledged escalation at this moment; the delivery key makes each one happen once. A
 * restart therefore loses nothing: the next scan finds what is due.
 *
 * <p>E-mail carries the case number, the area, the severity, the deadline and a link: never a
 * patient identity and never the narrative ({@link se.samverkan.notification.Mails} is given
 * nothing else).
 */
package se.samverkan.notification;
