package se.samverkan.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The answer clock counts calendar days and moves a last day off to the next working day. */
class ClockLengthTest {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    static OffsetDateTime at(String date, String time) {
        return LocalDate.parse(date)
                .atTime(LocalTime.parse(time))
                .atZone(SWEDEN)
                .toOffsetDateTime();
    }

    static LocalDate dueDay(ClockLength clock, String filed) {
        OffsetDateTime due = clock.deadline(at(filed, "14:00"));
        return due.atZoneSameInstant(SWEDEN).toLocalDate();
    }

    @Test
    void theIssuesTwoExamples() {
        // 3 Dec 2026 + 28 = 31 Dec (New Year's Eve), 1 Jan a holiday, then a weekend.
        assertEquals(
                LocalDate.parse("2027-01-04"), dueDay(ClockLength.calendarDays(28), "2026-12-03"));
        // 1 May 2027 (a holiday itself) + 60 = Wednesday 30 June.
        assertEquals(
                LocalDate.parse("2027-06-30"), dueDay(ClockLength.calendarDays(60), "2027-05-01"));
    }

    @ParameterizedTest(name = "{0} + {1} days is due {2}")
    @CsvSource({
        "2026-03-02, 28, 2026-03-30", // a Monday to a Monday
        "2026-03-07, 28, 2026-04-07", // Saturday 4 April, Easter Sunday 5, Easter Monday 6
        "2027-05-28, 28, 2027-06-28", // Midsummer Eve 25 June 2027, Midsummer Day, Sunday
        "2027-11-26, 28, 2027-12-27", // Christmas Eve, a Friday, and a weekend
        "2027-05-10, 28, 2027-06-07", // National Day on a Sunday: Monday 7 June is a working day
        "2028-03-17, 28, 2028-04-18", // Good Friday 14 April 2028, then Easter
        "2026-04-15, 30, 2026-05-15", // Ascension Day 14 May 2026: the day after, a Friday
        "2026-04-04, 60, 2026-06-03", // no day off in between and none at the end
    })
    void aLastDayOffMovesToTheNextWorkingDay(String filed, int days, String due) {
        assertEquals(LocalDate.parse(due), dueDay(ClockLength.calendarDays(days), filed));
    }

    /**
     * Every filing day of 2019–2030 and the default lengths: the deadline is never before the n-th
     * calendar day, is a working day, and every day it was moved past was a day off.
     */
    @Test
    void overTwelveYearsEveryDeadlineIsTheFirstWorkingDayOnOrAfterTheNthDay() {
        for (LocalDate day = LocalDate.parse("2019-01-01");
                day.isBefore(LocalDate.parse("2031-01-01"));
                day = day.plusDays(1)) {
            for (int n : new int[] {28, 60}) {
                OffsetDateTime due =
                        ClockLength.calendarDays(n).deadline(at(day.toString(), "09:00"));
                LocalDate dueDay = due.atZoneSameInstant(SWEDEN).toLocalDate();
                LocalDate nth = day.plusDays(n);
                assertFalse(dueDay.isBefore(nth), day + " + " + n);
                assertTrue(WorkingDays.isWorkingDay(dueDay), day + " + " + n + " = " + dueDay);
                for (LocalDate skipped = nth;
                        skipped.isBefore(dueDay);
                        skipped = skipped.plusDays(1)) {
                    assertFalse(WorkingDays.isWorkingDay(skipped), "moved past " + skipped);
                }
                assertEquals(LocalTime.of(23, 59, 59), due.toLocalTime(), "end of its day");
                assertEquals(
                        SWEDEN.getRules().getOffset(due.toInstant()),
                        due.getOffset(),
                        "with that day's offset");
            }
        }
    }

    @Test
    void theDayIsTheSwedishDayOfTheFilingWhateverItsOffset() {
        // 23:30 UTC on 2 March is 00:30 on 3 March in Sweden.
        OffsetDateTime justAfterMidnight = OffsetDateTime.parse("2026-03-02T23:30:00Z");
        assertEquals(
                at("2026-03-31", "23:59:59"),
                ClockLength.calendarDays(28).deadline(justAfterMidnight));
    }

    @Test
    void aWorkingDayClockCountsAsItAlwaysHas() {
        OffsetDateTime friday = at("2026-03-13", "21:30");
        assertEquals(WorkingDays.deadline(friday, 3), ClockLength.workingDays(3).deadline(friday));
    }

    @ParameterizedTest
    @CsvSource({
        "3 working days, 3, WORKING_DAYS",
        "28 calendar days, 28, CALENDAR_DAYS",
        "60 calendar, 60, CALENDAR_DAYS",
        " 5 Working-Days , 5, WORKING_DAYS",
        "1 working day, 1, WORKING_DAYS"
    })
    void aLengthIsWrittenWithItsUnit(String text, int days, ClockLength.Unit unit) {
        assertEquals(new ClockLength(days, unit), ClockLength.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"28", "0 working days", "three working days", "28 weeks", "-3 calendar days"})
    void anythingElseIsRefusedWithTheWayToWriteIt(String text) {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> ClockLength.parse(text));
        assertTrue(
                refused.getMessage().contains("working days")
                        || refused.getMessage().contains("at least one day"),
                refused::getMessage);
    }
}
