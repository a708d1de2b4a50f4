package se.samverkan.notification;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import se.samverkan.cases.Case;

/** The clock reminders of one batch of cases, in a transaction of its own. */
@Stateless
public class ReminderBatch {

    static final int SIZE = 200;

    @Inject EntityManager em;

    @EJB Notifications notifications;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void remind(List<Long> ids, OffsetDateTime now, boolean acknowledge) {
        for (Case c :
                em.createQuery("select c from Case c where c.id in :ids", Case.class)
                        .setParameter("ids", ids)
                        .getResultList()) {
            (acknowledge
                            ? ReminderPlan.clockReminder(
                                    NotificationKind.ACKNOWLEDGE_DUE_TOMORROW,
                                    NotificationKind.ACKNOWLEDGE_DUE_TODAY,
                                    c.acknowledgeDue(),
                                    now)
                            : ReminderPlan.clockReminder(
                                    NotificationKind.ANSWER_DUE_TOMORROW,
                                    NotificationKind.ANSWER_DUE_TODAY,
                                    c.answerDue(),
                                    now))
                    .ifPresent(due -> notifications.reminder(c, due));
        }
    }
}
