package se.samverkan.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.access.Caller;
import se.samverkan.access.Role;
import se.samverkan.cases.Case;
import se.samverkan.cases.CaseDraft;
import se.samverkan.cases.CaseType;
import se.samverkan.cases.Cases;
import se.samverkan.platform.TimeSource;
import se.samverkan.testing.Deployments;

/**
 * Inside the server: the reminder scan at chosen moments (a controllable clock, no sleeping) queues
 * each reminder, re-notification and digest once, at the working-day moment it is due.
 */
@ExtendWith(ArquillianExtension.class)
class RemindersIT {

    static final Caller NURSE = new Caller("it.reminders", "ostersund", EnumSet.of(Role.REPORTER));

    @Deployment
    static EnterpriseArchive application() {
        return Deployments.realEarWith(RemindersIT.class);
    }

    @EJB Cases cases;

    @EJB Reminders reminders;

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    private Case file(int consequence) {
        CaseDraft draft =
                new CaseDraft(
                        CaseType.DEVIATION,
                        OffsetDateTime.now().minusHours(1),
                        "region-jamtland-harjedalen",
                        "MEDICATION",
                        "Påminnelsetest",
                        "Beskrivning",
                        null,
                        consequence,
                        2,
                        false,
                        false);
        return cases.file(NURSE, draft, null, null, null).filed().c();
    }

    private List<String> keys(long caseId) {
        return em.createQuery(
                        "select n.deliveryKey from Notification n where n.caseId = :id order by n.id",
                        String.class)
                .setParameter("id", caseId)
                .getResultList();
    }

    private static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(TimeSource.COUNTY).toOffsetDateTime();
    }

    @Test
    void acknowledgementRemindersComeOnceEachAtSevenOnTheirWorkingDays() {
        Case c = file(1);
        LocalDate deadlineDay =
                c.acknowledgeDue().atZoneSameInstant(TimeSource.COUNTY).toLocalDate();
        LocalDate dayBefore = ReminderPlan.previousWorkingDay(deadlineDay);
        String tomorrow = "acknowledge_due_tomorrow." + c.id() + "." + deadlineDay;
        String today = "acknowledge_due_today." + c.id() + "." + deadlineDay;

        reminders.scan(at(dayBefore, 6, 59));
        assertTrue(
                keys(c.id()).stream().noneMatch(k -> k.startsWith("acknowledge")),
                keys(c.id()).toString());

        reminders.scan(at(dayBefore, 7, 0));
        reminders.scan(at(dayBefore, 12, 0));
        assertEquals(
                1, keys(c.id()).stream().filter(tomorrow::equals).count(), keys(c.id()).toString());

        reminders.scan(at(deadlineDay, 7, 0));
        reminders.scan(at(deadlineDay, 16, 0));
        assertEquals(
                1, keys(c.id()).stream().filter(today::equals).count(), keys(c.id()).toString());

        reminders.scan(c.acknowledgeDue().plusMinutes(1));
        assertEquals(1, keys(c.id()).stream().filter(today::equals).count());
    }

    @Test
    void anUnacknowledgedEscalationIsSentAgainEveryIntervalAndAnAcknowledgedOneIsNot() {
        Case c = file(4);
        var escalation =
                em.createQuery(
                                "select e from Escalation e where e.caseId = :id",
                                se.samverkan.escalation.Escalation.class)
                        .setParameter("id", c.id())
                        .getSingleResult();
        OffsetDateTime opened = escalation.createdAt();
        String prefix = "escalation." + escalation.id() + ".reminder.";

        reminders.scan(opened.plusHours(4).minusSeconds(1));
        assertEquals(0, keys(c.id()).stream().filter(k -> k.startsWith(prefix)).count());
        reminders.scan(opened.plusHours(4));
        reminders.scan(opened.plusHours(5));
        assertEquals(
                List.of(prefix + "1"),
                keys(c.id()).stream().filter(k -> k.startsWith(prefix)).toList());
        reminders.scan(opened.plusHours(8));
        assertEquals(2, keys(c.id()).stream().filter(k -> k.startsWith(prefix)).count());
        assertTrue(keys(c.id()).contains("escalation." + escalation.id()), "the first notice");
        assertTrue(keys(c.id()).contains("escalation." + escalation.id() + ".informed"));
    }

    @Test
    void theWeeklyDigestListsOverdueCasesOncePerWeek() {
        Case c = file(1);
        // A Monday after the answer deadline: the case is overdue then.
        LocalDate monday =
                c.answerDue().toLocalDate().plusWeeks(1).with(java.time.DayOfWeek.MONDAY);
        OffsetDateTime at = at(monday, 7, 0);
        String week = ReminderPlan.digestWeek(at).orElseThrow();

        reminders.scan(at);
        reminders.scan(at.plusHours(3));

        List<Notification> digests =
                em.createQuery(
                                "select n from Notification n where n.deliveryKey = :key",
                                Notification.class)
                        .setParameter("key", "digest.region-jamtland-harjedalen." + week)
                        .getResultList();
        assertEquals(1, digests.size());
        assertTrue(digests.get(0).textBody().contains(c.caseNumber()));
        assertEquals(
                "avvikelser@region-jamtland-harjedalen.samverkan.example",
                digests.get(0).recipient());
    }
}
