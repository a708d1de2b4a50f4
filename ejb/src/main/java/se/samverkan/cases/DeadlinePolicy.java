package se.samverkan.cases;

import java.util.Map;
import java.util.function.Function;

/**
 * How many Swedish working days each clock runs, per case type.
 *
 * <p>Defaults from the domain: acknowledgement within 3 working days; an answer to a complaint
 * within 4 weeks (Socialstyrelsen's guidance), which is 20 working days; an answer to a deviation
 * within 60 days (the Göteborg area routine), counted, like every deadline here, in working days.
 * Each can be set by an environment variable.
 */
public record DeadlinePolicy(
        int acknowledgeDays, int complaintAnswerDays, int deviationAnswerDays) {

    public static final DeadlinePolicy DEFAULT = new DeadlinePolicy(3, 20, 60);

    /** The policy this server runs with, read from the environment once. */
    public static final DeadlinePolicy CONFIGURED = fromEnvironment();

    public DeadlinePolicy {
        if (acknowledgeDays < 1 || complaintAnswerDays < 1 || deviationAnswerDays < 1) {
            throw new IllegalArgumentException("every clock runs at least one working day");
        }
    }

    public int answerDays(CaseType type) {
        return type == CaseType.COMPLAINT ? complaintAnswerDays : deviationAnswerDays;
    }

    /**
     * The policy of {@code SAMVERKAN_ACKNOWLEDGE_WORKING_DAYS}, {@code
     * SAMVERKAN_COMPLAINT_ANSWER_WORKING_DAYS} and {@code SAMVERKAN_DEVIATION_ANSWER_WORKING_DAYS},
     * each defaulting as above.
     */
    public static DeadlinePolicy from(Function<String, String> environment) {
        return new DeadlinePolicy(
                days(environment, "SAMVERKAN_ACKNOWLEDGE_WORKING_DAYS", DEFAULT.acknowledgeDays),
                days(
                        environment,
                        "SAMVERKAN_COMPLAINT_ANSWER_WORKING_DAYS",
                        DEFAULT.complaintAnswerDays),
                days(
                        environment,
                        "SAMVERKAN_DEVIATION_ANSWER_WORKING_DAYS",
                        DEFAULT.deviationAnswerDays));
    }

    public static DeadlinePolicy fromEnvironment() {
        Map<String, String> env = System.getenv();
        return from(env::get);
    }

    private static int days(Function<String, String> environment, String name, int fallback) {
        String value = environment.apply(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    name + " must be a whole number of days: " + value, e);
        }
    }
}
