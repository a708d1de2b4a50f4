package se.samverkan.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Arithmetic on Swedish working days: the unit of the acknowledgement clock, and the days on which
 * a deadline counted in calendar days may fall ({@link ClockLength}).
 *
 * <p>A working day is a Monday–Friday that is not in {@link SwedishHolidays}. Counting is always
 * "strictly after": the day a case arrives never counts, because it may arrive at any hour and the
 * receiver must get whole days.
 */
public final class WorkingDays {

    /** The zone whose calendar decides which day it is; instants are converted to it first. */
    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    /** The last second of a day, so that a deadline includes the whole of its last day. */
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private WorkingDays() {}

    /** Not Saturday, not Sunday and not in {@link SwedishHolidays}. */
    public static boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY
                && day != DayOfWeek.SUNDAY
                && !SwedishHolidays.isHoliday(date);
    }

    /**
     * The {@code n}-th working day strictly after {@code date}; {@code date} itself need not be a
     * working day (a case may arrive on a Sunday). {@code n == 0} returns {@code date} unchanged,
     * so that "no extra days" needs no special case at the caller.
     *
     * @throws IllegalArgumentException if {@code n} is negative: counting backwards has no use for
     *     deadlines and would invite off-by-one mistakes about which end is included
     */
    public static LocalDate addWorkingDays(LocalDate date, int n) {
        Objects.requireNonNull(date, "date");
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = date;
        int left = n;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The working days in the half-open interval ({@code from}, {@code to}]: how many working days
     * pass after {@code from} up to and including {@code to}. The interval is open at {@code from}
     * for the same reason {@link #addWorkingDays} starts after its date, so that {@code
     * workingDaysBetween(d, addWorkingDays(d, n)) == n}.
     *
     * @return the count, or 0 if {@code to} is not after {@code from}
     */
    public static int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * When a clock started at {@code start} and running {@code n} working days runs out: 23:59:59
     * Swedish time on the {@code n}-th working day after the Swedish date of {@code start}. The
     * date is taken in Europe/Stockholm whatever offset {@code start} carries, because a case
     * arriving at 00:30 Swedish time arrived on that Swedish day even if it was still the day
     * before in UTC. The result carries the offset in force in Sweden on the due date (+01:00 in
     * winter, +02:00 in summer), so it names the same instant a Swedish wall clock would show.
     *
     * @throws IllegalArgumentException if {@code n} is less than 1: a deadline that runs out on the
     *     day the clock starts is not a deadline in working days
     */
    public static OffsetDateTime deadline(OffsetDateTime start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        return endOfDay(addWorkingDays(swedishDate(start), n));
    }

    /** The date in Sweden at {@code instant}, whatever offset it carries. */
    static LocalDate swedishDate(OffsetDateTime instant) {
        return instant.atZoneSameInstant(SWEDEN).toLocalDate();
    }

    /** 23:59:59 on {@code day} in Sweden, with the offset in force then. */
    static OffsetDateTime endOfDay(LocalDate day) {
        return day.atTime(END_OF_DAY).atZone(SWEDEN).toOffsetDateTime();
    }
}
