package se.samverkan.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    private static final ZoneOffset WINTER = ZoneOffset.ofHours(1);
    private static final ZoneOffset SUMMER = ZoneOffset.ofHours(2);

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    // isWorkingDay

    @Test
    void anOrdinaryWeekdayIsAWorkingDay() {
        assertTrue(WorkingDays.isWorkingDay(date("2026-03-18")));
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertFalse(WorkingDays.isWorkingDay(date("2026-03-14")));
        assertFalse(WorkingDays.isWorkingDay(date("2026-03-15")));
    }

    @Test
    void aPublicHolidayOnAWeekdayIsNotAWorkingDay() {
        assertFalse(WorkingDays.isWorkingDay(date("2026-01-06"))); // Tuesday
        assertFalse(WorkingDays.isWorkingDay(date("2026-05-14"))); // Ascension, Thursday
    }

    @Test
    void midsummerEveChristmasEveAndNewYearsEveAreNotWorkingDays() {
        assertFalse(WorkingDays.isWorkingDay(date("2026-06-19")));
        assertFalse(WorkingDays.isWorkingDay(date("2026-12-24")));
        assertFalse(WorkingDays.isWorkingDay(date("2026-12-31")));
    }

    @Test
    void workingDaysOf2026Are251() {
        // 261 weekdays less ten holidays and days off on weekdays.
        assertEquals(251, WorkingDays.workingDaysBetween(date("2025-12-31"), date("2026-12-31")));
    }

    // addWorkingDays

    @Test
    void fridayPlusOneWorkingDayIsMonday() {
        assertEquals(date("2026-03-16"), WorkingDays.addWorkingDays(date("2026-03-13"), 1));
    }

    @Test
    void addingZeroWorkingDaysReturnsTheSameDateEvenOnAWeekend() {
        assertEquals(date("2026-03-18"), WorkingDays.addWorkingDays(date("2026-03-18"), 0));
        assertEquals(date("2026-03-14"), WorkingDays.addWorkingDays(date("2026-03-14"), 0));
    }

    @Test
    void addingNegativeWorkingDaysIsRejected() {
        assertThrows(
                IllegalArgumentException.class,
                () -> WorkingDays.addWorkingDays(date("2026-03-18"), -1));
    }

    @Test
    void countingStartsAfterADayOffToo() {
        // Saturday and a Sunday start both land on the following Monday.
        assertEquals(date("2026-03-16"), WorkingDays.addWorkingDays(date("2026-03-14"), 1));
        assertEquals(date("2026-03-16"), WorkingDays.addWorkingDays(date("2026-03-15"), 1));
    }

    @Test
    void easterSkipsGoodFridayTheWeekendAndEasterMonday() {
        // Maundy Thursday 2026-04-02 is a working day; the next one is Tuesday after Easter.
        assertEquals(date("2026-04-07"), WorkingDays.addWorkingDays(date("2026-04-02"), 1));
        assertEquals(date("2026-04-08"), WorkingDays.addWorkingDays(date("2026-04-02"), 2));
    }

    @Test
    void ascensionDaySkipsToTheFridayAfter() {
        assertEquals(date("2026-05-15"), WorkingDays.addWorkingDays(date("2026-05-13"), 1));
    }

    @ParameterizedTest(name = "2026-12-23 + {0} working days = {1}")
    @CsvSource({
        "1, 2026-12-28", // Christmas Eve, Christmas Day, Boxing Day (Sat), Sunday
        "2, 2026-12-29",
        "3, 2026-12-30",
        "4, 2027-01-04", // New Year's Eve (Thu), New Year's Day (Fri), weekend
        "5, 2027-01-05",
        "6, 2027-01-07" // Epiphany 2027-01-06 is a Wednesday
    })
    void christmasAndNewYearAreSkipped(int n, LocalDate expected) {
        assertEquals(expected, WorkingDays.addWorkingDays(date("2026-12-23"), n));
    }

    @Test
    void midsummerSkipsMidsummerEveAndTheWeekend() {
        // Thursday 2026-06-18; Friday the 19th is Midsummer Eve.
        assertEquals(date("2026-06-22"), WorkingDays.addWorkingDays(date("2026-06-18"), 1));
        // 2025: Thursday 19 June; Midsummer Eve is Friday the 20th.
        assertEquals(date("2025-06-23"), WorkingDays.addWorkingDays(date("2025-06-19"), 1));
    }

    @Test
    void countingCarriesOverTheYearBoundary() {
        // Tuesday 2025-12-30; New Year's Eve and Day are Wed and Thu, 2026-01-06 is a Tuesday.
        assertEquals(date("2026-01-02"), WorkingDays.addWorkingDays(date("2025-12-30"), 1));
        assertEquals(date("2026-01-05"), WorkingDays.addWorkingDays(date("2025-12-30"), 2));
        assertEquals(date("2026-01-07"), WorkingDays.addWorkingDays(date("2025-12-30"), 3));
    }

    @Test
    void theResultOfAddingWorkingDaysIsAlwaysAWorkingDay() {
        LocalDate.of(2026, 1, 1)
                .datesUntil(LocalDate.of(2027, 1, 1))
                .forEach(
                        day -> {
                            for (int n = 1; n <= 10; n++) {
                                LocalDate due = WorkingDays.addWorkingDays(day, n);
                                assertTrue(WorkingDays.isWorkingDay(due), day + " + " + n);
                            }
                        });
    }

    // workingDaysBetween

    @Test
    void noWorkingDaysPassWhenToIsNotAfterFrom() {
        assertEquals(0, WorkingDays.workingDaysBetween(date("2026-03-18"), date("2026-03-18")));
        assertEquals(0, WorkingDays.workingDaysBetween(date("2026-03-18"), date("2026-03-10")));
    }

    @Test
    void workingDaysBetweenExcludesFromAndIncludesTo() {
        // Friday to Monday: only Monday counts.
        assertEquals(1, WorkingDays.workingDaysBetween(date("2026-03-13"), date("2026-03-16")));
        // Monday to Friday of the same ordinary week.
        assertEquals(4, WorkingDays.workingDaysBetween(date("2026-03-16"), date("2026-03-20")));
        // Friday to Sunday: nothing.
        assertEquals(0, WorkingDays.workingDaysBetween(date("2026-03-13"), date("2026-03-15")));
    }

    @Test
    void workingDaysBetweenSkipsHolidays() {
        // Christmas week 2026: only 28, 29, 30 December count.
        assertEquals(3, WorkingDays.workingDaysBetween(date("2026-12-23"), date("2027-01-03")));
    }

    @Test
    void workingDaysBetweenUndoesAddWorkingDaysForEveryDayOf2019To2030() {
        LocalDate.of(2019, 1, 1)
                .datesUntil(LocalDate.of(2031, 1, 1))
                .forEach(
                        day -> {
                            for (int n = 1; n <= 25; n++) {
                                LocalDate due = WorkingDays.addWorkingDays(day, n);
                                assertEquals(
                                        n,
                                        WorkingDays.workingDaysBetween(day, due),
                                        day + " + " + n);
                                assertEquals(
                                        n - 1,
                                        WorkingDays.workingDaysBetween(day, due.minusDays(1)),
                                        day + " + " + n + " minus a day");
                            }
                        });
    }

    @Test
    void workingDaysBetweenAddsUpOverConsecutiveIntervals() {
        LocalDate a = date("2025-11-20");
        LocalDate b = date("2026-01-10");
        LocalDate c = date("2026-07-01");

        assertEquals(
                WorkingDays.workingDaysBetween(a, c),
                WorkingDays.workingDaysBetween(a, b) + WorkingDays.workingDaysBetween(b, c));
    }

    // deadline

    @Test
    void aCaseSubmittedOnAFridayEveningIsDueAtTheEndOfTheThirdWorkingDay() {
        OffsetDateTime start = OffsetDateTime.of(2026, 3, 13, 21, 30, 0, 0, WINTER);

        assertEquals(
                OffsetDateTime.of(2026, 3, 18, 23, 59, 59, 0, WINTER),
                WorkingDays.deadline(start, 3));
    }

    @Test
    void theSwedishDateCountsNotTheUtcDate() {
        // Sunday 23:30 UTC is already Monday 00:30 in Sweden: Monday arrived, so one working day
        // ends on Tuesday. Counting from the UTC date (Sunday) would wrongly give Monday.
        OffsetDateTime start = OffsetDateTime.of(2026, 3, 15, 23, 30, 0, 0, ZoneOffset.UTC);

        assertEquals(
                OffsetDateTime.of(2026, 3, 17, 23, 59, 59, 0, WINTER),
                WorkingDays.deadline(start, 1));
    }

    @Test
    void aLateSaturdayInUtcIsASundayInSweden() {
        // Saturday 23:45 UTC is Sunday 00:45 in Sweden; either way Monday is the first working day.
        OffsetDateTime start = OffsetDateTime.of(2026, 3, 14, 23, 45, 0, 0, ZoneOffset.UTC);

        assertEquals(
                OffsetDateTime.of(2026, 3, 16, 23, 59, 59, 0, WINTER),
                WorkingDays.deadline(start, 1));
    }

    @Test
    void aStartWithAnyOffsetIsConvertedToSwedishTimeFirst() {
        // Thursday 19:00 in New York is Friday 01:00 in Sweden: one working day ends on Monday.
        OffsetDateTime start = OffsetDateTime.of(2026, 3, 12, 19, 0, 0, 0, ZoneOffset.ofHours(-5));

        assertEquals(
                OffsetDateTime.of(2026, 3, 16, 23, 59, 59, 0, WINTER),
                WorkingDays.deadline(start, 1));
    }

    @Test
    void aDeadlineAfterTheSwitchToSummerTimeCarriesTheSummerOffset() {
        // Summer time begins on Sunday 2026-03-29.
        OffsetDateTime start = OffsetDateTime.of(2026, 3, 27, 10, 0, 0, 0, WINTER);

        assertEquals(
                OffsetDateTime.of(2026, 4, 1, 23, 59, 59, 0, SUMMER),
                WorkingDays.deadline(start, 3));
    }

    @Test
    void aDeadlineAfterTheSwitchBackToWinterTimeCarriesTheWinterOffset() {
        // Winter time returns on Sunday 2026-10-25.
        OffsetDateTime start = OffsetDateTime.of(2026, 10, 23, 10, 0, 0, 0, SUMMER);

        assertEquals(
                OffsetDateTime.of(2026, 10, 26, 23, 59, 59, 0, WINTER),
                WorkingDays.deadline(start, 1));
    }

    @Test
    void aDeadlineIsTheLastSecondOfAWorkingDayInSweden() {
        OffsetDateTime start = OffsetDateTime.of(2026, 6, 17, 8, 0, 0, 0, SUMMER);

        for (int n = 1; n <= 30; n++) {
            OffsetDateTime due = WorkingDays.deadline(start, n);
            var local = due.atZoneSameInstant(WorkingDays.SWEDEN);
            assertEquals(LocalTime.of(23, 59, 59), local.toLocalTime(), "n = " + n);
            assertEquals(local.getOffset(), due.getOffset(), "n = " + n);
            assertTrue(WorkingDays.isWorkingDay(local.toLocalDate()), "n = " + n);
        }
    }

    @Test
    void aDeadlineOfZeroWorkingDaysIsRejected() {
        OffsetDateTime start = OffsetDateTime.of(2026, 3, 13, 21, 30, 0, 0, WINTER);

        assertThrows(IllegalArgumentException.class, () -> WorkingDays.deadline(start, 0));
    }

    @Test
    void aDeadlineOfNegativeWorkingDaysIsRejected() {
        OffsetDateTime start = OffsetDateTime.of(2026, 3, 13, 21, 30, 0, 0, WINTER);

        assertThrows(IllegalArgumentException.class, () -> WorkingDays.deadline(start, -2));
    }
}
