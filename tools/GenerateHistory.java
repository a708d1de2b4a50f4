/*
 * Writes N historical cases as NDJSON for POST /api/imports, spread over 2024-2026 and over the
 * principals, a third of them routed to the region. Deterministic (seeded), so runs compare.
 *   java tools/GenerateHistory.java <count> <file>
 */
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

public class GenerateHistory {
    public static void main(String[] args) throws Exception {
        long count = Long.parseLong(args[0]);
        String[] municipalities = {"ragunda", "bracke", "krokom", "stromsund", "are", "berg", "harjedalen", "ostersund"};
        String[] areas = {"PHYSICIAN", "MEDICATION", "INFORMATION", "DISCHARGE", "CARE_CONTACT", "DEVICES", "OTHER"};
        Random random = new Random(42);
        OffsetDateTime start = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(1));
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]))) {
            for (long i = 0; i < count; i++) {
                String municipality = municipalities[random.nextInt(municipalities.length)];
                boolean toRegion = random.nextInt(3) == 0;
                OffsetDateTime submitted = start.plusSeconds(random.nextInt(3 * 365 * 24 * 3600));
                OffsetDateTime answered = submitted.plusHours(24 + random.nextInt(24 * 60));
                out.write("{\"externalId\":\"bench-" + i + "\",\"type\":\"" + (random.nextInt(4) == 0 ? "COMPLAINT" : "DEVIATION")
                        + "\",\"reportingPrincipalId\":\"" + (toRegion ? municipality : "region-jamtland-harjedalen")
                        + "\",\"concernedPrincipalId\":\"" + (toRegion ? "region-jamtland-harjedalen" : municipality)
                        + "\",\"areaCode\":\"" + areas[random.nextInt(areas.length)]
                        + "\",\"summary\":\"Historiskt ärende " + i + "\",\"description\":\"Importerat för mätning\","
                        + "\"consequence\":" + (1 + random.nextInt(4)) + ",\"likelihood\":" + (1 + random.nextInt(4))
                        + ",\"seriousEvent\":false,\"purchasedService\":false,\"occurredAt\":\"" + rfc3339(submitted.minusHours(2))
                        + "\",\"submittedAt\":\"" + rfc3339(submitted) + "\",\"answerDue\":null,\"acknowledgedAt\":\"" + rfc3339(submitted.plusHours(20))
                        + "\",\"answeredAt\":\"" + rfc3339(answered) + "\",\"closedAt\":null,\"forwarded\":false}\n");
            }
        }
    }

    /** RFC 3339, seconds always written, as the API reads times. */
    static String rfc3339(OffsetDateTime at) {
        return java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX").format(at);
    }
}
