package se.samverkan.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The worker's SQL and the partial index it relies on name the same urgent kinds. */
class OutboxStoreTest {

    @Test
    void theUrgentKindsAreWrittenAsSqlLiterals() {
        assertEquals(
                "('ESCALATION', 'ESCALATION_INFORMED', 'ESCALATION_REMINDER')",
                OutboxStore.URGENT_SQL);
    }

    @Test
    void thePartialIndexOfUrgentNotificationsHoldsExactlyTheUrgentKinds() throws IOException {
        String migration;
        try (InputStream in =
                Objects.requireNonNull(
                        getClass()
                                .getResourceAsStream(
                                        "/db/postgresql/V10__unsent_notification_indexes.sql"))) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(
                migration.contains(
                        "WHERE sent_at IS NULL AND kind IN " + OutboxStore.URGENT_SQL + ";"),
                migration);
    }
}
