package se.samverkan.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The delivery worker's steps on the outbox, each in a transaction of its own, so that sending
 * (which happens between them, outside any transaction) never holds a lock or a connection.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

    /** How long a claimed notification is left to the worker that claimed it. */
    static final long CLAIM_SECONDS = 120;

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    /** Ids of notifications due for an attempt, oldest first. */
    public List<Long> due(OffsetDateTime now, int limit) {
        return em.createQuery(
                        "select n.id from Notification n where n.sentAt is null"
                                + " and n.nextAttemptAt <= :now"
                                + " and (n.claimedUntil is null or n.claimedUntil < :now)"
                                + " order by n.nextAttemptAt, n.id",
                        Long.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Claims a due notification for one attempt; empty when it is sent, not due, or claimed by
     * another worker (a conditional update: only one claim wins).
     */
    public Optional<Notification> claim(long id, OffsetDateTime now) {
        int claimed =
                em.createQuery(
                                "update Notification n set n.claimedUntil = :until"
                                        + " where n.id = :id and n.sentAt is null"
                                        + " and n.nextAttemptAt <= :now"
                                        + " and (n.claimedUntil is null or n.claimedUntil < :now)")
                        .setParameter("until", now.plusSeconds(CLAIM_SECONDS))
                        .setParameter("id", id)
                        .setParameter("now", now)
                        .executeUpdate();
        if (claimed != 1) {
            return Optional.empty();
        }
        Notification n = em.find(Notification.class, id);
        em.refresh(n);
        em.detach(n);
        return Optional.of(n);
    }

    public void sent(long id, OffsetDateTime now) {
        Notification n = em.find(Notification.class, id);
        em.refresh(n);
        n.sent(now);
    }

    public void failed(long id, String error, OffsetDateTime now) {
        Notification n = em.find(Notification.class, id);
        em.refresh(n);
        n.failed(error, now);
    }

    /** How many notifications wait to be sent (for operations and tests). */
    public long pending() {
        return em.createQuery(
                        "select count(n) from Notification n where n.sentAt is null", Long.class)
                .getSingleResult();
    }
}
