package se.samverkan.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwedishHolidaysTest {

    @ParameterizedTest(name = "Easter Sunday {0} is {1}")
    @CsvSource({
        "2019, 2019-04-21",
        "2020, 2020-04-12",
        "2021, 2021-04-04",
        "2022, 2022-04-17",
        "2023, 2023-04-09",
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2028, 2028-04-16",
        "2029, 2029-04-01",
        "2030, 2030-04-21"
    })
    void easterSundayMatchesTheKnownDates(int year, LocalDate expected) {
        assertEquals(expected, SwedishHolidays.easterSunday(year));
    }

    @Test
    void easterSundayIsAlwaysASundayBetweenMarch22AndApril25() {
        for (int year = 1583; year <= 2500; year++) {
            LocalDate easter = SwedishHolidays.easterSunday(year);
            assertEquals(DayOfWeek.SUNDAY, easter.getDayOfWeek(), "Easter " + year);
            assertFalse(easter.isBefore(LocalDate.of(year, 3, 22)), "Easter " + year);
            assertFalse(easter.isAfter(LocalDate.of(year, 4, 25)), "Easter " + year);
        }
    }

    @Test
    void easterSundayRejectsYearsBeforeTheGregorianCalendar() {
        assertThrows(IllegalArgumentException.class, () -> SwedishHolidays.easterSunday(1582));
    }

    @Test
    void holidaysRejectYearsBeforeTheGregorianCalendar() {
        assertThrows(IllegalArgumentException.class, () -> SwedishHolidays.of(1582));
    }

    @Test
    void holidaysOf2026AreExactlyTheSixteenExpectedDates() {
        List<LocalDate> expected =
                List.of(
                        LocalDate.of(2026, 1, 1), // Nyårsdagen
                        LocalDate.of(2026, 1, 6), // Trettondedag jul
                        LocalDate.of(2026, 4, 3), // Långfredagen
                        LocalDate.of(2026, 4, 5), // Påskdagen
                        LocalDate.of(2026, 4, 6), // Annandag påsk
                        LocalDate.of(2026, 5, 1), // Första maj
                        LocalDate.of(2026, 5, 14), // Kristi himmelsfärdsdag
                        LocalDate.of(2026, 5, 24), // Pingstdagen
                        LocalDate.of(2026, 6, 6), // Sveriges nationaldag
                        LocalDate.of(2026, 6, 19), // Midsommarafton
                        LocalDate.of(2026, 6, 20), // Midsommardagen
                        LocalDate.of(2026, 10, 31), // Alla helgons dag
                        LocalDate.of(2026, 12, 24), // Julafton
                        LocalDate.of(2026, 12, 25), // Juldagen
                        LocalDate.of(2026, 12, 26), // Annandag jul
                        LocalDate.of(2026, 12, 31)); // Nyårsafton

        assertEquals(16, SwedishHolidays.of(2026).size());
        assertEquals(expected, List.copyOf(SwedishHolidays.of(2026)));
    }

    @Test
    void holidaysAreReturnedInDateOrder() {
        SortedSet<LocalDate> days = SwedishHolidays.of(2027);

        assertEquals(new TreeSet<>(days).stream().toList(), days.stream().toList());
        assertEquals(LocalDate.of(2027, 1, 1), days.first());
        assertEquals(LocalDate.of(2027, 12, 31), days.last());
    }

    @Test
    void holidaysCannotBeModifiedByCallers() {
        SortedSet<LocalDate> days = SwedishHolidays.of(2026);

        assertThrows(UnsupportedOperationException.class, () -> days.add(LocalDate.of(2026, 3, 2)));
        assertThrows(UnsupportedOperationException.class, () -> days.remove(days.first()));
        assertThrows(UnsupportedOperationException.class, days::clear);
    }

    @Test
    void theSameYearIsComputedOnceAndShared() {
        assertSame(SwedishHolidays.of(2031), SwedishHolidays.of(2031));
    }

    @Test
    void everyYearHasTheFixedHolidaysAndDaysOff() {
        for (int year = 2019; year <= 2030; year++) {
            SortedSet<LocalDate> days = SwedishHolidays.of(year);
            for (LocalDate fixed :
                    List.of(
                            LocalDate.of(year, 1, 1),
                            LocalDate.of(year, 1, 6),
                            LocalDate.of(year, 5, 1),
                            LocalDate.of(year, 6, 6),
                            LocalDate.of(year, 12, 24),
                            LocalDate.of(year, 12, 25),
                            LocalDate.of(year, 12, 26),
                            LocalDate.of(year, 12, 31))) {
                assertTrue(days.contains(fixed), fixed + " missing");
            }
        }
    }

    @Test
    void everyYearHasTheEasterHolidays() {
        for (int year = 2019; year <= 2030; year++) {
            LocalDate easter = SwedishHolidays.easterSunday(year);
            SortedSet<LocalDate> days = SwedishHolidays.of(year);
            assertTrue(days.contains(easter.minusDays(2)), "Good Friday " + year);
            assertTrue(days.contains(easter), "Easter Sunday " + year);
            assertTrue(days.contains(easter.plusDays(1)), "Easter Monday " + year);
        }
    }

    @ParameterizedTest(name = "{0}: midsummer eve {1}, midsummer day {2}")
    @CsvSource({
        "2024, 2024-06-21, 2024-06-22",
        "2025, 2025-06-20, 2025-06-21",
        "2026, 2026-06-19, 2026-06-20",
        "2027, 2027-06-25, 2027-06-26",
        "2028, 2028-06-23, 2028-06-24"
    })
    void midsummerEveIsTheFridayBeforeMidsummerDay(int year, LocalDate eve, LocalDate day) {
        SortedSet<LocalDate> days = SwedishHolidays.of(year);

        assertTrue(days.contains(eve), "midsummer eve");
        assertTrue(days.contains(day), "midsummer day");
        assertEquals(DayOfWeek.FRIDAY, eve.getDayOfWeek());
        assertEquals(day.minusDays(1), eve);
    }

    @Test
    void midsummerEveAndDayAreAFridayAndSaturdayInJune19To26() {
        for (int year = 2019; year <= 2060; year++) {
            SortedSet<LocalDate> days = SwedishHolidays.of(year);
            List<LocalDate> holidaysInWindow =
                    LocalDate.of(year, 6, 19)
                            .datesUntil(LocalDate.of(year, 6, 27))
                            .filter(days::contains)
                            .toList();

            assertEquals(2, holidaysInWindow.size(), "midsummer " + year);
            assertEquals(DayOfWeek.FRIDAY, holidaysInWindow.get(0).getDayOfWeek());
            assertEquals(DayOfWeek.SATURDAY, holidaysInWindow.get(1).getDayOfWeek());
            assertFalse(holidaysInWindow.get(1).isBefore(LocalDate.of(year, 6, 20)));
        }
    }

    @ParameterizedTest(name = "All Saints' Day {0} is {1}")
    @CsvSource({
        "2024, 2024-11-02",
        "2025, 2025-11-01",
        "2026, 2026-10-31",
        "2027, 2027-11-06",
        "2028, 2028-11-04"
    })
    void allSaintsDayIsTheSaturdayBetweenOctober31AndNovember6(int year, LocalDate expected) {
        SortedSet<LocalDate> autumn =
                SwedishHolidays.of(year)
                        .subSet(LocalDate.of(year, 10, 1), LocalDate.of(year, 12, 1));

        assertEquals(List.of(expected), List.copyOf(autumn));
        assertEquals(DayOfWeek.SATURDAY, expected.getDayOfWeek());
    }

    @ParameterizedTest(name = "{0}: Ascension Day {1}, Whit Sunday {2}")
    @CsvSource({
        "2024, 2024-05-09, 2024-05-19",
        "2025, 2025-05-29, 2025-06-08",
        "2026, 2026-05-14, 2026-05-24",
        "2027, 2027-05-06, 2027-05-16",
        "2028, 2028-05-25, 2028-06-04"
    })
    void ascensionAndWhitSundayFollowEaster(int year, LocalDate ascension, LocalDate whitSunday) {
        SortedSet<LocalDate> days = SwedishHolidays.of(year);

        assertTrue(days.contains(ascension), "Ascension Day");
        assertEquals(DayOfWeek.THURSDAY, ascension.getDayOfWeek());
        assertTrue(days.contains(whitSunday), "Whit Sunday");
        assertEquals(DayOfWeek.SUNDAY, whitSunday.getDayOfWeek());
    }

    @Test
    void whitMondayIsNoLongerAHoliday() {
        // Replaced by the National Day in 2005.
        assertFalse(SwedishHolidays.isHoliday(LocalDate.of(2026, 5, 25)));
        assertFalse(SwedishHolidays.isHoliday(LocalDate.of(2025, 6, 9)));
    }

    @Test
    void holidaysOnAWeekendAreStillListed() {
        // In 2026 the National Day and Boxing Day are Saturdays, Whit Sunday is a Sunday.
        assertTrue(SwedishHolidays.isHoliday(LocalDate.of(2026, 6, 6)));
        assertTrue(SwedishHolidays.isHoliday(LocalDate.of(2026, 12, 26)));
        assertTrue(SwedishHolidays.isHoliday(LocalDate.of(2026, 5, 24)));
    }

    @Test
    void ascensionDayOnMayDayCountsOnce() {
        // Easter 2008 was March 23, so Ascension Day fell on 1 May.
        SortedSet<LocalDate> days = SwedishHolidays.of(2008);

        assertTrue(days.contains(LocalDate.of(2008, 5, 1)));
        assertEquals(15, days.size());
    }

    @Test
    void whitSundayOnNationalDayCountsOnce() {
        // Easter 2049 is April 18, so Whit Sunday falls on 6 June.
        SortedSet<LocalDate> days = SwedishHolidays.of(2049);

        assertEquals(LocalDate.of(2049, 4, 18), SwedishHolidays.easterSunday(2049));
        assertTrue(days.contains(LocalDate.of(2049, 6, 6)));
        assertEquals(15, days.size());
    }

    @Test
    void isHolidayAgreesWithTheYearsSet() {
        for (int year = 2019; year <= 2030; year++) {
            SortedSet<LocalDate> days = SwedishHolidays.of(year);
            LocalDate.of(year, 1, 1)
                    .datesUntil(LocalDate.of(year + 1, 1, 1))
                    .forEach(
                            date ->
                                    assertEquals(
                                            days.contains(date),
                                            SwedishHolidays.isHoliday(date),
                                            date.toString()));
        }
    }

    @Test
    void ordinaryDaysAreNotHolidays() {
        assertFalse(SwedishHolidays.isHoliday(LocalDate.of(2026, 3, 18)));
        assertFalse(SwedishHolidays.isHoliday(LocalDate.of(2026, 12, 23)));
        assertFalse(SwedishHolidays.isHoliday(LocalDate.of(2026, 12, 27)));
        assertFalse(SwedishHolidays.isHoliday(LocalDate.of(2026, 4, 4))); // Easter Saturday
    }

    @Test
    void isHolidayRejectsNull() {
        assertThrows(NullPointerException.class, () -> SwedishHolidays.isHoliday(null));
    }
}
