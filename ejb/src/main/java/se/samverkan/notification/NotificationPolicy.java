package se.samverkan.notification;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * How often an unacknowledged escalation is sent again, when it counts as overdue, and the public
 * address that links in e-mail point to; from {@code SAMVERKAN_ESCALATION_RENOTIFY_HOURS} (4),
 * {@code SAMVERKAN_ESCALATION_OVERDUE_HOURS} (24) and {@code SAMVERKAN_PUBLIC_URL}
 * (http://localhost:8080).
 */
public record NotificationPolicy(Duration renotifyEvery, Duration overdueAfter, String publicUrl) {

    public static final NotificationPolicy CONFIGURED = from(System.getenv()::get);

    public static NotificationPolicy from(Function<String, String> environment) {
        return new NotificationPolicy(
                Duration.ofHours(hours(environment, "SAMVERKAN_ESCALATION_RENOTIFY_HOURS", 4)),
                Duration.ofHours(hours(environment, "SAMVERKAN_ESCALATION_OVERDUE_HOURS", 24)),
                url(environment.apply("SAMVERKAN_PUBLIC_URL")));
    }

    static NotificationPolicy fromMap(Map<String, String> values) {
        return from(values::get);
    }

    /** The link to a case in the staff web. */
    public String caseLink(long caseId) {
        return publicUrl + "/cases/" + caseId;
    }

    public String incomingLink() {
        return publicUrl + "/cases?box=incoming";
    }

    private static long hours(Function<String, String> environment, String name, long fallback) {
        String value = environment.apply(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long hours = Long.parseLong(value.strip());
            if (hours < 1) {
                throw new IllegalArgumentException(name + " must be at least 1 hour: " + value);
            }
            return hours;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    name + " must be a whole number of hours: " + value, e);
        }
    }

    private static String url(String value) {
        String url = value == null || value.isBlank() ? "http://localhost:8080" : value.strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
