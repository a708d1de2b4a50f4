package se.samverkan.notification;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.samverkan.access.Caller;
import se.samverkan.access.Role;
import se.samverkan.cases.Case;
import se.samverkan.escalation.Escalation;
import se.samverkan.organisation.Area;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.Principal;
import se.samverkan.platform.TimeSource;

/**
 * What each event of a case tells whom, queued in the event's own transaction: the new case to the
 * routed-to principal's handlers (and the informed principal's, for a purchased service); a serious
 * case to the routed-to principal's chefsläkare or MAS, with the reporting principal's officer
 * informed; an answer to the reporting side; a return to the receiving side; reminders and the
 * weekly digest ({@link Reminders}).
 */
@Stateless
public class Notifications {

    @Inject EntityManager em;

    @EJB Outbox outbox;

    @EJB Organisation organisation;

    @Inject TimeSource time;

    /**
     * The notifications the caller's mailboxes received, newest first: a handler sees the handlers'
     * mailbox of their principal, a chefsläkare or MAS the medical officer's; someone with neither
     * role sees none.
     */
    public List<Notification> forCaller(Caller caller, int limit) {
        List<Audience> audiences = new ArrayList<>();
        if (caller.has(Role.HANDLER)) {
            audiences.add(Audience.HANDLERS);
        }
        if (caller.has(Role.CHIEF_MEDICAL_OFFICER) || caller.has(Role.MAS)) {
            audiences.add(Audience.MEDICAL_OFFICER);
        }
        if (audiences.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select n from Notification n where n.principalId = :principal"
                                + " and n.audience in :audiences order by n.createdAt desc, n.id desc",
                        Notification.class)
                .setParameter("principal", caller.principalId())
                .setParameter("audiences", audiences)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * The case was just filed: its keys name an id assigned in this transaction, so no earlier
     * notification can hold them and the outbox need not look (the unique key still guards).
     */
    public void caseFiled(Case c) {
        notify(
                NotificationKind.NEW_CASE,
                "new." + c.id(),
                c,
                c.routedToPrincipalId(),
                Audience.HANDLERS,
                Deadline.ACKNOWLEDGE,
                true);
        c.informedPrincipalId()
                .ifPresent(
                        informed ->
                                notify(
                                        NotificationKind.INFORMED,
                                        "informed." + c.id(),
                                        c,
                                        informed,
                                        Audience.HANDLERS,
                                        Deadline.ANSWER,
                                        true));
    }

    public void forwarded(Case c) {
        notify(
                NotificationKind.NEW_CASE,
                "new." + c.id() + ".forwarded." + c.forwardCount(),
                c,
                c.routedToPrincipalId(),
                Audience.HANDLERS,
                Deadline.ACKNOWLEDGE);
    }

    public void escalated(Case c, Escalation escalation) {
        notify(
                NotificationKind.ESCALATION,
                "escalation." + escalation.id(),
                c,
                escalation.principalId(),
                Audience.MEDICAL_OFFICER,
                Deadline.ACKNOWLEDGE);
        notify(
                NotificationKind.ESCALATION_INFORMED,
                "escalation." + escalation.id() + ".informed",
                c,
                c.reportingPrincipalId(),
                Audience.MEDICAL_OFFICER,
                Deadline.ACKNOWLEDGE);
    }

    public void escalationReminder(Case c, Escalation escalation, long n) {
        notify(
                NotificationKind.ESCALATION_REMINDER,
                "escalation." + escalation.id() + ".reminder." + n,
                c,
                escalation.principalId(),
                Audience.MEDICAL_OFFICER,
                Deadline.ACKNOWLEDGE);
    }

    public void answered(Case c) {
        notify(
                NotificationKind.ANSWERED,
                "answered." + c.id() + "." + c.answeredAt().toInstant().toEpochMilli(),
                c,
                c.reportingPrincipalId(),
                Audience.HANDLERS,
                Deadline.NONE);
    }

    public void returned(Case c, OffsetDateTime at) {
        notify(
                NotificationKind.RETURNED,
                "returned." + c.id() + "." + at.toInstant().toEpochMilli(),
                c,
                c.routedToPrincipalId(),
                Audience.HANDLERS,
                Deadline.ANSWER);
    }

    /** A clock's reminder to the routed-to principal's handlers; once per kind and due date. */
    public void reminder(Case c, ReminderPlan.Due due) {
        boolean acknowledge =
                due.kind() == NotificationKind.ACKNOWLEDGE_DUE_TODAY
                        || due.kind() == NotificationKind.ACKNOWLEDGE_DUE_TOMORROW;
        notify(
                due.kind(),
                due.kind().name().toLowerCase(Locale.ROOT) + "." + c.id() + "." + due.deadlineDay(),
                c,
                c.routedToPrincipalId(),
                Audience.HANDLERS,
                acknowledge ? Deadline.ACKNOWLEDGE : Deadline.ANSWER);
    }

    /**
     * Whether this week's digest for the principal is already queued: a scan asks before it looks
     * for the principal's overdue cases, which it would otherwise do every five minutes all week.
     */
    public boolean digestQueued(Principal principal, String week) {
        return outbox.known(digestKey(principal, week));
    }

    public void digest(Principal principal, String week, List<String> caseNumbers) {
        outbox.enqueue(
                new Notification(
                        digestKey(principal, week),
                        NotificationKind.WEEKLY_DIGEST,
                        null,
                        null,
                        principal.id(),
                        Audience.HANDLERS,
                        principal.handlerEmail(),
                        Mails.digest(
                                week, caseNumbers, NotificationPolicy.CONFIGURED.incomingLink()),
                        time.now()));
    }

    private static String digestKey(Principal principal, String week) {
        return "digest." + principal.id() + "." + week;
    }

    private enum Deadline {
        ACKNOWLEDGE,
        ANSWER,
        NONE
    }

    private void notify(
            NotificationKind kind,
            String key,
            Case c,
            String principalId,
            Audience audience,
            Deadline deadline) {
        notify(kind, key, c, principalId, audience, deadline, false);
    }

    private void notify(
            NotificationKind kind,
            String key,
            Case c,
            String principalId,
            Audience audience,
            Deadline deadline,
            boolean newCase) {
        Principal to = organisation.principal(principalId).orElseThrow();
        Area area = organisation.area(c.areaCode()).orElseThrow();
        Mails.CaseFacts facts =
                new Mails.CaseFacts(
                        c.caseNumber(),
                        area.name(Locale.forLanguageTag("sv")),
                        area.name(Locale.ENGLISH),
                        c.assessedConsequence().orElse(c.consequence()),
                        c.assessedLikelihood().orElse(c.likelihood()),
                        c.isSerious(),
                        switch (deadline) {
                            case ACKNOWLEDGE -> "Bekräfta mottagandet senast";
                            case ANSWER -> "Svara senast";
                            case NONE -> "Besvarat";
                        },
                        switch (deadline) {
                            case ACKNOWLEDGE -> "Acknowledge by";
                            case ANSWER -> "Answer by";
                            case NONE -> "Answered";
                        },
                        switch (deadline) {
                            case ACKNOWLEDGE -> c.acknowledgeDue();
                            case ANSWER -> c.answerDue();
                            case NONE -> c.answeredAt();
                        },
                        NotificationPolicy.CONFIGURED.caseLink(c.id()));
        Notification notification =
                new Notification(
                        key,
                        kind,
                        c.id(),
                        c.caseNumber(),
                        to.id(),
                        audience,
                        audience == Audience.HANDLERS
                                ? to.handlerEmail()
                                : to.medicalOfficerEmail(),
                        Mails.aboutCase(kind, facts),
                        time.now());
        if (newCase) {
            outbox.enqueueNew(notification);
        } else {
            outbox.enqueue(notification);
        }
    }
}
