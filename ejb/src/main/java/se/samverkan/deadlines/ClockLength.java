package se.samverkan.deadlines;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a clock runs and in which unit: Swedish working days, or calendar days.
 *
 * <p>The acknowledgement is counted in working days, as the routines count it. The answer is
 * counted in calendar days, as the routines and Socialstyrelsen's guidance state it ("within four
 * weeks", "within 60 days"); and, as the law on computing statutory time (lag 1930:173 om beräkning
 * av lagstadgad tid) has it, a deadline whose last day falls on a Saturday, a Sunday, a public
 * holiday, Midsummer Eve, Christmas Eve or New Year's Eve moves to the next working day. Either way
 * the deadline is the end of its day in Europe/Stockholm ({@link WorkingDays#deadline}).
 */
public record ClockLength(int days, Unit unit) {

    /** The two ways a clock counts. */
    public enum Unit {
        /** Every day counts; a last day that is not a working day moves to the next one. */
        CALENDAR_DAYS,
        /** Only Monday–Friday outside {@link SwedishHolidays} counts. */
        WORKING_DAYS
    }

    private static final Pattern WRITTEN =
            Pattern.compile("\\s*(\\d{1,4})\\s+(working|calendar)(?:[ _-]days?)?\\s*");

    public ClockLength {
        Objects.requireNonNull(unit, "unit");
        if (days < 1) {
            throw new IllegalArgumentException("a clock runs at least one day: " + days);
        }
    }

    public static ClockLength workingDays(int days) {
        return new ClockLength(days, Unit.WORKING_DAYS);
    }

    public static ClockLength calendarDays(int days) {
        return new ClockLength(days, Unit.CALENDAR_DAYS);
    }

    /**
     * A length as configuration writes it: {@code "3 working days"}, {@code "28 calendar days"}
     * (also {@code "60 calendar"}, {@code "3 working-days"}; any case).
     *
     * @throws IllegalArgumentException naming what was wrong
     */
    public static ClockLength parse(String text) {
        Matcher m = WRITTEN.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "a clock is written as \"3 working days\" or \"28 calendar days\": " + text);
        }
        int days = Integer.parseInt(m.group(1));
        return m.group(2).equals("working") ? workingDays(days) : calendarDays(days);
    }

    /** When the clock started at {@code start} runs out: the end of its last day in Sweden. */
    public OffsetDateTime deadline(OffsetDateTime start) {
        return unit == Unit.WORKING_DAYS
                ? WorkingDays.deadline(start, days)
                : WorkingDays.endOfDay(lastCalendarDay(WorkingDays.swedishDate(start), days));
    }

    /**
     * The {@code n}-th calendar day after {@code day}, moved on to the next working day if it is
     * not one (lag 1930:173, 2 §).
     */
    static LocalDate lastCalendarDay(LocalDate day, int n) {
        LocalDate due = day.plusDays(n);
        while (!WorkingDays.isWorkingDay(due)) {
            due = due.plusDays(1);
        }
        return due;
    }

    @Override
    public String toString() {
        return days + (unit == Unit.WORKING_DAYS ? " working days" : " calendar days");
    }
}
