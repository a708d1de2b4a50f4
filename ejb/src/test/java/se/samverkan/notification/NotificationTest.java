package se.samverkan.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationTest {

    static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-23T10:00:00+01:00");

    static Notification aNotification() {
        return new Notification(
                "new.1",
                NotificationKind.NEW_CASE,
                1L,
                "SAM-2026-00001",
                "ostersund",
                Audience.HANDLERS,
                "avvikelser@ostersund.example",
                new Mails.Mail("s", "t", "h"),
                T0);
    }

    @Test
    void failedAttemptsBackOffFromTenSecondsDoublingUpToAnHour() {
        Notification n = aNotification();
        long[] expected = {10, 20, 40, 80, 160, 320, 640, 1280, 2560, 3600, 3600};
        for (long seconds : expected) {
            n.failed("SMTP down", T0);
            assertEquals(Duration.ofSeconds(seconds), Duration.between(T0, nextAttempt(n)));
        }
        assertEquals(expected.length, n.attempts());
        n.sent(T0.plusHours(2));
        assertEquals(T0.plusHours(2), n.sentAt());
        assertNull(n.lastError());
    }

    private static OffsetDateTime nextAttempt(Notification n) {
        try {
            var field = Notification.class.getDeclaredField("nextAttemptAt");
            field.setAccessible(true);
            return (OffsetDateTime) field.get(n);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void thePolicyReadsHoursAndTheAddressFromTheEnvironment() {
        NotificationPolicy defaults = NotificationPolicy.fromMap(Map.of());
        assertEquals(Duration.ofHours(4), defaults.renotifyEvery());
        assertEquals(Duration.ofHours(24), defaults.overdueAfter());
        assertEquals("http://localhost:8080/cases/7", defaults.caseLink(7));

        NotificationPolicy set =
                NotificationPolicy.fromMap(
                        Map.of(
                                "SAMVERKAN_ESCALATION_RENOTIFY_HOURS", "2",
                                "SAMVERKAN_ESCALATION_OVERDUE_HOURS", "12",
                                "SAMVERKAN_PUBLIC_URL", "https://samverkan.example/"));
        assertEquals(Duration.ofHours(2), set.renotifyEvery());
        assertEquals(Duration.ofHours(12), set.overdueAfter());
        assertEquals("https://samverkan.example/cases/7", set.caseLink(7));

        assertThrows(
                IllegalArgumentException.class,
                () ->
                        NotificationPolicy.fromMap(
                                Map.of("SAMVERKAN_ESCALATION_RENOTIFY_HOURS", "0")));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        NotificationPolicy.fromMap(
                                Map.of("SAMVERKAN_ESCALATION_OVERDUE_HOURS", "x")));
    }
}
