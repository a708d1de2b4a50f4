package se.samverkan.notification;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.OptionalLong;
import se.samverkan.deadlines.WorkingDays;
import se.samverkan.platform.TimeSource;

/**
 * When reminders are due, as pure functions of the deadlines and the moment asked about, so that
 * tests can ask about any moment (no sleeps, no server clock).
 *
 * <p>A clock has two reminders, both at 07:00 Swedish time: on the working day before the day the
 * deadline falls on ("due tomorrow"), and on that day itself ("due today"). Only the latest one due
 * is sent: after a restart that missed the first, the second is sent, not both. Once the deadline
 * has passed, the weekly digest reports the case instead.
 */
public final class ReminderPlan {

    /** The hour of the working day at which reminders go out. */
    public static final LocalTime REMINDER_TIME = LocalTime.of(7, 0);

    private ReminderPlan() {}

    /** A reminder that is due, and the date it is for (part of its delivery key). */
    public record Due(NotificationKind kind, LocalDate deadlineDay) {}

    public static Optional<Due> clockReminder(
            NotificationKind dueTomorrow,
            NotificationKind dueToday,
            OffsetDateTime deadline,
            OffsetDateTime now) {
        if (deadline == null || now.isAfter(deadline)) {
            return Optional.empty();
        }
        LocalDate deadlineDay = deadline.atZoneSameInstant(TimeSource.COUNTY).toLocalDate();
        OffsetDateTime today = at(deadlineDay);
        OffsetDateTime dayBefore = at(previousWorkingDay(deadlineDay));
        if (!now.isBefore(today)) {
            return Optional.of(new Due(dueToday, deadlineDay));
        }
        if (!now.isBefore(dayBefore)) {
            return Optional.of(new Due(dueTomorrow, deadlineDay));
        }
        return Optional.empty();
    }

    /**
     * The end of the deadlines a scan at {@code now} must look at: a clock reminder can only be due
     * for a deadline on or before the next working day after today (a deadline later than that has
     * its working day before it still ahead, so neither of its reminders has come). Exact, so a
     * scan reads the cases that may be reminded now and not the week's queue behind them (measured:
     * 13 s of the server's time every five minutes with 220,000 cases due in three days, against
     * none).
     */
    public static OffsetDateTime scanUntil(OffsetDateTime now) {
        LocalDate next = now.atZoneSameInstant(TimeSource.COUNTY).toLocalDate().plusDays(1);
        while (!WorkingDays.isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next.plusDays(1).atStartOfDay(TimeSource.COUNTY).toOffsetDateTime();
    }

    /**
     * Which re-notification of an unacknowledged escalation is due: the n-th, n whole intervals
     * after it was opened; empty before the first interval has passed.
     */
    public static OptionalLong renotification(
            OffsetDateTime opened, OffsetDateTime now, Duration every) {
        long elapsed = Duration.between(opened, now).toSeconds();
        long n = elapsed / every.toSeconds();
        return n >= 1 ? OptionalLong.of(n) : OptionalLong.empty();
    }

    /** An escalation not acknowledged within the configured time. */
    public static boolean escalationOverdue(
            OffsetDateTime opened,
            OffsetDateTime acknowledgedAt,
            OffsetDateTime now,
            Duration after) {
        return acknowledgedAt == null && !now.isBefore(opened.plus(after));
    }

    /**
     * The ISO week whose digest is due at {@code now} ({@code 2026-W48}): from Monday 07:00 Swedish
     * time of the week; empty before that moment on a Monday.
     */
    public static Optional<String> digestWeek(OffsetDateTime now) {
        LocalDate today = now.atZoneSameInstant(TimeSource.COUNTY).toLocalDate();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (now.isBefore(at(monday))) {
            return Optional.empty();
        }
        return Optional.of(
                String.format(
                        "%d-W%02d",
                        monday.get(IsoFields.WEEK_BASED_YEAR),
                        monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
    }

    /** The last working day before {@code day}. */
    public static LocalDate previousWorkingDay(LocalDate day) {
        LocalDate before = day.minusDays(1);
        while (!WorkingDays.isWorkingDay(before)) {
            before = before.minusDays(1);
        }
        return before;
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atTime(REMINDER_TIME).atZone(TimeSource.COUNTY).toOffsetDateTime();
    }
}
