package se.samverkan.cases;

import java.util.Map;
import java.util.function.Function;
import se.samverkan.deadlines.ClockLength;

/**
 * How long each clock of a case runs, and in which unit, per case type.
 *
 * <p>Defaults from the domain: acknowledgement within 3 working days; an answer to a complaint
 * within 4 weeks, 28 calendar days (Socialstyrelsen's guidance), and to a deviation within 60
 * calendar days (the Göteborg area routine); a calendar deadline on a day off moves to the next
 * working day (lag 1930:173). Each clock is set by an environment variable.
 *
 * <p>Until issue 18 every clock counted working days (an answer to a complaint within 20 working
 * days). Cases filed before keep the deadlines they were given: a deadline is stored with its case
 * and never computed again.
 */
public record DeadlinePolicy(
        ClockLength deviationAcknowledgement,
        ClockLength deviationAnswer,
        ClockLength complaintAcknowledgement,
        ClockLength complaintAnswer) {

    public static final DeadlinePolicy DEFAULT =
            new DeadlinePolicy(
                    ClockLength.workingDays(3),
                    ClockLength.calendarDays(60),
                    ClockLength.workingDays(3),
                    ClockLength.calendarDays(28));

    /** The policy this server runs with, read from the environment once. */
    public static final DeadlinePolicy CONFIGURED = fromEnvironment();

    public ClockLength acknowledgement(CaseType type) {
        return type == CaseType.COMPLAINT ? complaintAcknowledgement : deviationAcknowledgement;
    }

    public ClockLength answer(CaseType type) {
        return type == CaseType.COMPLAINT ? complaintAnswer : deviationAnswer;
    }

    /**
     * The policy of {@code SAMVERKAN_DEVIATION_ACKNOWLEDGEMENT_CLOCK}, {@code
     * SAMVERKAN_DEVIATION_ANSWER_CLOCK}, {@code SAMVERKAN_COMPLAINT_ACKNOWLEDGEMENT_CLOCK} and
     * {@code SAMVERKAN_COMPLAINT_ANSWER_CLOCK}, each written as {@code "3 working days"} or {@code
     * "28 calendar days"} and defaulting as above.
     *
     * <p>The variables of the first version, in working days, are still read where the new ones are
     * not set, so an installation that set them keeps its clocks: {@code
     * SAMVERKAN_ACKNOWLEDGE_WORKING_DAYS} (both types), {@code
     * SAMVERKAN_COMPLAINT_ANSWER_WORKING_DAYS} and {@code SAMVERKAN_DEVIATION_ANSWER_WORKING_DAYS}.
     *
     * @throws IllegalArgumentException naming the variable whose value is not a clock
     */
    public static DeadlinePolicy from(Function<String, String> environment) {
        return new DeadlinePolicy(
                clock(
                        environment,
                        "SAMVERKAN_DEVIATION_ACKNOWLEDGEMENT_CLOCK",
                        "SAMVERKAN_ACKNOWLEDGE_WORKING_DAYS",
                        DEFAULT.deviationAcknowledgement),
                clock(
                        environment,
                        "SAMVERKAN_DEVIATION_ANSWER_CLOCK",
                        "SAMVERKAN_DEVIATION_ANSWER_WORKING_DAYS",
                        DEFAULT.deviationAnswer),
                clock(
                        environment,
                        "SAMVERKAN_COMPLAINT_ACKNOWLEDGEMENT_CLOCK",
                        "SAMVERKAN_ACKNOWLEDGE_WORKING_DAYS",
                        DEFAULT.complaintAcknowledgement),
                clock(
                        environment,
                        "SAMVERKAN_COMPLAINT_ANSWER_CLOCK",
                        "SAMVERKAN_COMPLAINT_ANSWER_WORKING_DAYS",
                        DEFAULT.complaintAnswer));
    }

    public static DeadlinePolicy fromEnvironment() {
        Map<String, String> env = System.getenv();
        return from(env::get);
    }

    private static ClockLength clock(
            Function<String, String> environment,
            String name,
            String workingDaysName,
            ClockLength fallback) {
        String value = environment.apply(name);
        String source = name;
        if (value == null || value.isBlank()) {
            String days = environment.apply(workingDaysName);
            if (days == null || days.isBlank()) {
                return fallback;
            }
            value = days.trim() + " working days";
            source = workingDaysName;
        }
        try {
            return ClockLength.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }
}
