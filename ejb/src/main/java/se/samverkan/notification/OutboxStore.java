package se.samverkan.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * The delivery worker's steps on the outbox, each in a transaction of its own, so that sending
 * (which happens between them, outside any transaction) never holds a lock or a connection.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

    /** How long a claimed notification is left to the worker that claimed it. */
    static final long CLAIM_SECONDS = 120;

    /** Sent before everything else that is due: the agreement's "direct contact". */
    static final Set<NotificationKind> URGENT =
            EnumSet.of(
                    NotificationKind.ESCALATION,
                    NotificationKind.ESCALATION_INFORMED,
                    NotificationKind.ESCALATION_REMINDER);

    @Inject EntityManager em;

    /**
     * Claims up to {@code limit} due notifications for one round of sending, escalations first, and
     * returns them detached. A notification claimed by another worker (another server of a cluster)
     * whose claim has not run out is left alone; a conditional update decides who wins.
     */
    public List<Notification> claim(OffsetDateTime now, int limit) {
        List<Long> ids = new ArrayList<>(due(now, limit, true));
        if (ids.size() < limit) {
            ids.addAll(due(now, limit - ids.size(), false));
        }
        return claimIds(ids, now);
    }

    /** Claims one notification by id, if it is due and unclaimed; for the urgent fast path. */
    public Optional<Notification> claimOne(long id, OffsetDateTime now) {
        return claimIds(List.of(id), now).stream().findFirst();
    }

    /**
     * Claims those of {@code ids} that are due and unclaimed, and returns them detached. The
     * claim's end, to the microsecond plus a random part, doubles as this claim's token.
     */
    private List<Notification> claimIds(List<Long> ids, OffsetDateTime now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        OffsetDateTime until =
                now.plusSeconds(CLAIM_SECONDS)
                        .withNano(ThreadLocalRandom.current().nextInt(1_000_000) * 1000);
        em.createQuery(
                        "update Notification n set n.claimedUntil = :until"
                                + " where n.id in :ids and n.sentAt is null"
                                + " and n.nextAttemptAt <= :now"
                                + " and (n.claimedUntil is null or n.claimedUntil < :now)")
                .setParameter("until", until)
                .setParameter("ids", ids)
                .setParameter("now", now)
                .executeUpdate();
        List<Notification> claimed =
                em.createQuery(
                                "select n from Notification n where n.id in :ids"
                                        + " and n.claimedUntil = :until order by n.id",
                                Notification.class)
                        .setParameter("ids", ids)
                        .setParameter("until", until)
                        .getResultList();
        claimed.forEach(em::detach);
        return claimed;
    }

    /**
     * The ids of up to {@code limit} due notifications, oldest first. SQL with the urgent kinds
     * written into it (they are constants), so that PostgreSQL proves its partial indexes of unsent
     * notifications apply ({@code V10}) and reads a round's worth of the index, however many
     * notifications wait behind it: with the kinds as parameters it read every unsent row
     * (measured: 700 ms a query behind 600,000 unsent, twice a round).
     */
    private List<Long> due(OffsetDateTime now, int limit, boolean urgent) {
        List<?> ids =
                em.createNativeQuery(
                                "SELECT id FROM notification WHERE sent_at IS NULL"
                                        + " AND next_attempt_at <= ?1"
                                        + " AND (claimed_until IS NULL OR claimed_until < ?1)"
                                        + (urgent ? " AND kind IN " : " AND kind NOT IN ")
                                        + URGENT_SQL
                                        + " ORDER BY next_attempt_at, id")
                        .setParameter(1, now)
                        .setMaxResults(limit)
                        .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** {@link #URGENT} as an SQL list of literals: {@code ('ESCALATION', ...)}. */
    static final String URGENT_SQL =
            URGENT.stream()
                    .map(kind -> "'" + kind.name() + "'")
                    .sorted()
                    .collect(Collectors.joining(", ", "(", ")"));

    /** Marks a round's delivered notifications sent, in one statement. */
    public void sent(List<Long> ids, OffsetDateTime now) {
        if (ids.isEmpty()) {
            return;
        }
        em.createQuery(
                        "update Notification n set n.sentAt = :now, n.attempts = n.attempts + 1,"
                                + " n.claimedUntil = null, n.lastError = null where n.id in :ids")
                .setParameter("now", now)
                .setParameter("ids", ids)
                .executeUpdate();
    }

    public void failed(long id, String error, OffsetDateTime now) {
        Notification n = em.find(Notification.class, id);
        em.refresh(n);
        n.failed(error, now);
    }
}
