package se.samverkan.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverkan.platform.TimeSource;

/** Reminder moments on a controllable clock: any moment can be asked about, no sleeping. */
class ReminderPlanTest {

    static OffsetDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TimeSource.COUNTY).toOffsetDateTime();
    }

    static Optional<ReminderPlan.Due> ack(String deadline, String now) {
        return ReminderPlan.clockReminder(
                NotificationKind.ACKNOWLEDGE_DUE_TOMORROW,
                NotificationKind.ACKNOWLEDGE_DUE_TODAY,
                at(deadline),
                at(now));
    }

    @ParameterizedTest(name = "deadline {0}, at {1}: {2}")
    @CsvSource({
        // An ordinary week: due Wednesday, reminded Tuesday 07:00 and Wednesday 07:00.
        "2026-11-25T23:59:59, 2026-11-24T06:59, NONE",
        "2026-11-25T23:59:59, 2026-11-24T07:00, ACKNOWLEDGE_DUE_TOMORROW",
        "2026-11-25T23:59:59, 2026-11-25T06:59, ACKNOWLEDGE_DUE_TOMORROW",
        "2026-11-25T23:59:59, 2026-11-25T07:00, ACKNOWLEDGE_DUE_TODAY",
        "2026-11-25T23:59:59, 2026-11-25T23:59:59, ACKNOWLEDGE_DUE_TODAY",
        "2026-11-25T23:59:59, 2026-11-26T00:00, NONE",
        // Due Monday: the working day before is Friday, not Sunday.
        "2026-11-30T23:59:59, 2026-11-27T07:00, ACKNOWLEDGE_DUE_TOMORROW",
        "2026-11-30T23:59:59, 2026-11-29T12:00, ACKNOWLEDGE_DUE_TOMORROW",
        "2026-11-30T23:59:59, 2026-11-27T06:00, NONE",
        // Due the Tuesday after Easter 2027: Easter Monday and Good Friday are holidays, so the
        // day before is Thursday 25 March.
        "2027-03-30T23:59:59, 2027-03-25T06:59, NONE",
        "2027-03-30T23:59:59, 2027-03-25T07:00, ACKNOWLEDGE_DUE_TOMORROW",
        // Due the working day after Christmas 2026 (Christmas Eve to Boxing Day, then a weekend):
        // Monday 28 December, reminded Wednesday 23 December.
        "2026-12-28T23:59:59, 2026-12-23T07:00, ACKNOWLEDGE_DUE_TOMORROW",
        "2026-12-28T23:59:59, 2026-12-22T23:00, NONE",
        // Across the change to summer time: 07:00 is 07:00 on the Swedish wall clock.
        "2027-03-31T23:59:59, 2027-03-30T07:00, ACKNOWLEDGE_DUE_TOMORROW"
    })
    void clockRemindersFallOnWorkingDaysAtSeven(String deadline, String now, String expected) {
        Optional<ReminderPlan.Due> due = ack(deadline, now);
        if (expected.equals("NONE")) {
            assertTrue(due.isEmpty(), () -> "expected none, got " + due);
        } else {
            assertEquals(NotificationKind.valueOf(expected), due.orElseThrow().kind());
            assertEquals(
                    LocalDate.parse(deadline.substring(0, 10)), due.orElseThrow().deadlineDay());
        }
    }

    @Test
    void theSevenOClockReminderIsSevenInSummerTimeToo() {
        OffsetDateTime deadline = at("2027-06-16T23:59:59");
        assertTrue(ack("2027-06-16T23:59:59", "2027-06-15T06:59").isEmpty());
        assertEquals("+02:00", deadline.getOffset().getId());
        assertEquals(
                NotificationKind.ACKNOWLEDGE_DUE_TOMORROW,
                ack("2027-06-16T23:59:59", "2027-06-15T07:00").orElseThrow().kind());
    }

    @ParameterizedTest(name = "opened 10:00, at {0}: re-notification {1}")
    @CsvSource({"13:59, 0", "14:00, 1", "17:59, 1", "18:00, 2", "09:59, 5"})
    void unacknowledgedEscalationsAreSentAgainEveryInterval(String time, long expected) {
        OffsetDateTime opened = at("2026-11-23T10:00");
        OffsetDateTime now = at("2026-11-" + (time.equals("09:59") ? "24" : "23") + "T" + time);
        OptionalLong n = ReminderPlan.renotification(opened, now, Duration.ofHours(4));
        assertEquals(expected, n.orElse(0));
    }

    @Test
    void anEscalationIsOverdueAfterTheConfiguredTimeUnlessAcknowledged() {
        OffsetDateTime opened = at("2026-11-23T10:00");
        Duration day = Duration.ofHours(24);
        assertFalse(ReminderPlan.escalationOverdue(opened, null, at("2026-11-24T09:59"), day));
        assertTrue(ReminderPlan.escalationOverdue(opened, null, at("2026-11-24T10:00"), day));
        assertFalse(
                ReminderPlan.escalationOverdue(
                        opened, at("2026-11-23T11:00"), at("2026-11-25T10:00"), day));
    }

    @ParameterizedTest(name = "at {0}: digest {1}")
    @CsvSource({
        "2026-11-23T06:59, NONE",
        "2026-11-23T07:00, 2026-W48",
        "2026-11-29T23:59, 2026-W48",
        "2026-12-28T07:00, 2026-W53",
        "2027-01-03T12:00, 2026-W53",
        "2027-01-04T07:00, 2027-W01"
    })
    void theWeeklyDigestIsDueFromMondaySevenOClock(String now, String expected) {
        Optional<String> week = ReminderPlan.digestWeek(at(now));
        assertEquals(expected.equals("NONE") ? Optional.empty() : Optional.of(expected), week);
    }

    /**
     * A scan reads only deadlines before {@link ReminderPlan#scanUntil}: over three years of
     * half-hours (Easter, Midsummer, Christmas, summer time included), no deadline at or after it
     * has a reminder due, and from 07:00 the last deadline before it has one.
     */
    @Test
    void aScanMissesNoReminderThatIsDue() {
        OffsetDateTime end = at("2029-01-01T00:00");
        for (OffsetDateTime now = at("2026-01-01T00:00");
                now.isBefore(end);
                now = now.plusMinutes(30)) {
            OffsetDateTime until = ReminderPlan.scanUntil(now);
            for (OffsetDateTime deadline = until;
                    deadline.isBefore(until.plusDays(10));
                    deadline = deadline.plusHours(5)) {
                assertTrue(
                        ReminderPlan.clockReminder(
                                        NotificationKind.ACKNOWLEDGE_DUE_TOMORROW,
                                        NotificationKind.ACKNOWLEDGE_DUE_TODAY,
                                        deadline,
                                        now)
                                .isEmpty(),
                        "deadline " + deadline + " at " + now);
            }
            if (now.atZoneSameInstant(TimeSource.COUNTY).getHour() >= 7) {
                OffsetDateTime last = until.minusSeconds(1);
                assertTrue(
                        ReminderPlan.clockReminder(
                                        NotificationKind.ACKNOWLEDGE_DUE_TOMORROW,
                                        NotificationKind.ACKNOWLEDGE_DUE_TODAY,
                                        last,
                                        now)
                                .isPresent(),
                        "deadline " + last + " at " + now);
            }
        }
    }

    @ParameterizedTest(name = "at {0}: until {1}")
    @CsvSource({
        // A Monday: deadlines up to the end of Tuesday.
        "2026-11-23T10:00, 2026-11-25T00:00",
        // A Friday: the weekend and Monday.
        "2026-11-27T10:00, 2026-12-01T00:00",
        // Maundy Thursday 2027: Good Friday to Easter Monday are holidays, so up to Tuesday.
        "2027-03-25T10:00, 2027-03-31T00:00"
    })
    void aScanLooksAsFarAsTheNextWorkingDay(String now, String until) {
        assertEquals(at(until), ReminderPlan.scanUntil(at(now)));
    }
}
