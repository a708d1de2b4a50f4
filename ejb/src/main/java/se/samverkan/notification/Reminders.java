package se.samverkan.notification;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import se.samverkan.cases.Case;
import se.samverkan.cases.CaseStatus;
import se.samverkan.escalation.Escalation;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.Principal;
import se.samverkan.platform.TimeSource;

/**
 * Queues the reminders, re-notifications and digests that are due, from the state of the cases and
 * escalations: every five minutes on a persistent timer (a restart loses no run: the next scan
 * finds whatever came due meanwhile), and on demand with any moment (tests use a controllable clock
 * this way). Imported history never reminds anyone.
 */
@Singleton
@Startup
public class Reminders {

    @Inject EntityManager em;

    @EJB Notifications notifications;

    @EJB ReminderBatch batch;

    @EJB Organisation organisation;

    @Inject TimeSource time;

    @Schedule(minute = "*/5", hour = "*", persistent = true, info = "reminders")
    public void onTimer() {
        scan(time.now());
    }

    /** Queues everything due at {@code now}; what was queued before is not queued again. */
    public void scan(OffsetDateTime now) {
        OffsetDateTime horizon = ReminderPlan.scanUntil(now);
        remindInBatches(
                ids(
                        "c.status = :submitted and c.acknowledgeDue >= :now"
                                + " and c.acknowledgeDue < :horizon",
                        now,
                        horizon),
                now,
                true);
        remindInBatches(
                ids(
                        "c.status in :awaiting and c.answerDue >= :now and c.answerDue < :horizon",
                        now,
                        horizon),
                now,
                false);
        NotificationPolicy policy = NotificationPolicy.CONFIGURED;
        for (Escalation e :
                em.createQuery(
                                "select e from Escalation e where e.acknowledgedAt is null"
                                        + " and e.createdAt <= :now order by e.id",
                                Escalation.class)
                        .setParameter("now", now)
                        .getResultList()) {
            ReminderPlan.renotification(e.createdAt(), now, policy.renotifyEvery())
                    .ifPresent(
                            n ->
                                    notifications.escalationReminder(
                                            em.find(Case.class, e.caseId()), e, n));
        }
        ReminderPlan.digestWeek(now).ifPresent(week -> digests(week, now));
    }

    /** Cases a batch at a time, each batch in a transaction of its own: memory stays bounded. */
    private void remindInBatches(List<Long> ids, OffsetDateTime now, boolean acknowledge) {
        for (int from = 0; from < ids.size(); from += ReminderBatch.SIZE) {
            batch.remind(
                    ids.subList(from, Math.min(ids.size(), from + ReminderBatch.SIZE)),
                    now,
                    acknowledge);
        }
    }

    private List<Long> ids(String condition, OffsetDateTime now, OffsetDateTime horizon) {
        var query =
                em.createQuery(
                                "select c.id from Case c where c.externalId is null and "
                                        + condition
                                        + " order by c.id",
                                Long.class)
                        .setParameter("now", now)
                        .setParameter("horizon", horizon);
        if (condition.contains(":submitted")) {
            query.setParameter("submitted", CaseStatus.SUBMITTED);
        }
        if (condition.contains(":awaiting")) {
            query.setParameter("awaiting", CaseStatus.AWAITING_ANSWER);
        }
        return query.getResultList();
    }

    private void digests(String week, OffsetDateTime now) {
        for (Principal principal : organisation.principals()) {
            if (notifications.digestQueued(principal, week)) {
                continue;
            }
            List<String> overdue =
                    em.createQuery(
                                    "select c.caseNumber from Case c where c.externalId is null"
                                            + " and c.routedToPrincipalId = :principal"
                                            + " and ((c.status = :submitted and c.acknowledgeDue < :now)"
                                            + " or (c.status in :awaiting and c.answerDue < :now))"
                                            + " order by c.caseNumber",
                                    String.class)
                            .setParameter("principal", principal.id())
                            .setParameter("submitted", CaseStatus.SUBMITTED)
                            .setParameter("awaiting", CaseStatus.AWAITING_ANSWER)
                            .setParameter("now", now)
                            .setMaxResults(500)
                            .getResultList();
            if (!overdue.isEmpty()) {
                notifications.digest(principal, week, overdue);
            }
        }
    }
}
