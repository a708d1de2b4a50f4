package se.samverkan.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The days in a year on which a deadline's clock does not run although they may be weekdays: the
 * public holidays of Lag (1989:253) om allmänna helgdagar plus Midsummer Eve, Christmas Eve and New
 * Year's Eve, which are days off in practice (see the package documentation).
 *
 * <p>The current law is applied to every year, because deadlines lie in the present and the future;
 * historical rules (such as Whit Monday, a holiday until 2004) are deliberately not modelled.
 */
public final class SwedishHolidays {

    /** The first year of the Gregorian calendar; the Easter computus below assumes it. */
    private static final int FIRST_GREGORIAN_YEAR = 1583;

    /**
     * Deadlines are computed over and over for the same few years, and each set never changes once
     * built, so caching by year saves recomputing Easter for every day counted.
     */
    private static final ConcurrentHashMap<Integer, SortedSet<LocalDate>> BY_YEAR =
            new ConcurrentHashMap<>();

    private SwedishHolidays() {}

    /**
     * Every day of {@code year} that is not a working day although it may fall Monday–Friday:
     * public holidays (Lag 1989:253 om allmänna helgdagar) plus Midsummer Eve, Christmas Eve and
     * New Year's Eve. Holidays that fall on a weekend are listed too, so the set describes the
     * calendar and not only its effect on working days. Two holidays can share a date (Ascension
     * Day falls on 1 May in some years), so the size is not always 16.
     *
     * @return the days, sorted and unmodifiable
     * @throws IllegalArgumentException if {@code year} is before 1583, the first Gregorian year
     */
    public static SortedSet<LocalDate> of(int year) {
        requireGregorian(year);
        return BY_YEAR.computeIfAbsent(year, SwedishHolidays::compute);
    }

    /** Whether {@code date} is one of the days of {@link #of(int)} for its year. */
    public static boolean isHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return of(date.getYear()).contains(date);
    }

    /**
     * Easter Sunday of {@code year} in the Gregorian calendar, by the anonymous Gregorian algorithm
     * (Meeus/Jones/Butcher). Four movable holidays hang on it, so it must be exact rather than
     * looked up in a table that runs out.
     *
     * @throws IllegalArgumentException if {@code year} is before 1583, the first Gregorian year
     */
    public static LocalDate easterSunday(int year) {
        requireGregorian(year);
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static SortedSet<LocalDate> compute(int year) {
        TreeSet<LocalDate> days = new TreeSet<>();

        // Fixed public holidays.
        days.add(LocalDate.of(year, Month.JANUARY, 1)); // Nyårsdagen
        days.add(LocalDate.of(year, Month.JANUARY, 6)); // Trettondedag jul
        days.add(LocalDate.of(year, Month.MAY, 1)); // Första maj
        days.add(LocalDate.of(year, Month.JUNE, 6)); // Sveriges nationaldag
        days.add(LocalDate.of(year, Month.DECEMBER, 25)); // Juldagen
        days.add(LocalDate.of(year, Month.DECEMBER, 26)); // Annandag jul

        // Movable public holidays that follow Easter.
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2)); // Långfredagen
        days.add(easter); // Påskdagen
        days.add(easter.plusDays(1)); // Annandag påsk
        days.add(easter.plusDays(39)); // Kristi himmelsfärdsdag
        days.add(easter.plusDays(49)); // Pingstdagen

        // The law defines these as "the Saturday that falls in" a given week.
        LocalDate midsummerDay = saturdayOnOrAfter(LocalDate.of(year, Month.JUNE, 20));
        days.add(midsummerDay); // Midsommardagen
        days.add(saturdayOnOrAfter(LocalDate.of(year, Month.OCTOBER, 31))); // Alla helgons dag

        // De-facto days off: not holidays in law, but nobody is at work.
        days.add(midsummerDay.minusDays(1)); // Midsommarafton
        days.add(LocalDate.of(year, Month.DECEMBER, 24)); // Julafton
        days.add(LocalDate.of(year, Month.DECEMBER, 31)); // Nyårsafton

        return Collections.unmodifiableSortedSet(days);
    }

    private static LocalDate saturdayOnOrAfter(LocalDate date) {
        return date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }

    private static void requireGregorian(int year) {
        if (year < FIRST_GREGORIAN_YEAR) {
            throw new IllegalArgumentException(
                    "year must be " + FIRST_GREGORIAN_YEAR + " or later: " + year);
        }
    }
}
