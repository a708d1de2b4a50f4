package se.samverkan.followup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The contract's definitions of the yearly figures, one by one. */
class YearFiguresTest {

    static final String REGION = "region-jamtland-harjedalen";

    static CaseRow row(long id, String submitted, boolean toRegion) {
        Instant at = Instant.parse(submitted);
        return new CaseRow(
                id,
                at,
                "DEVIATION",
                toRegion ? "ostersund" : REGION,
                toRegion ? "MUNICIPALITY" : "REGION",
                toRegion ? REGION : "krokom",
                toRegion ? "REGION" : "MUNICIPALITY",
                "MEDICATION",
                2,
                false,
                at.plus(Duration.ofDays(60)),
                null,
                null,
                false);
    }

    static CaseRow answered(CaseRow c, Duration after, Duration due, Instant closed) {
        return new CaseRow(
                c.id(),
                c.submittedAt(),
                c.type(),
                c.reportingPrincipalId(),
                c.reportingKind(),
                c.concernedPrincipalId(),
                c.concernedKind(),
                c.areaCode(),
                c.consequence(),
                c.serious(),
                c.submittedAt().plus(due),
                c.submittedAt().plus(after),
                closed,
                c.forwarded());
    }

    @Test
    void aCaseBelongsToTheYearAndMonthOfItsSubmissionInStockholm() {
        // 23:30 UTC on New Year's Eve is 00:30 on New Year's Day in Stockholm.
        YearFigures next = new YearFigures(2026);
        next.add(row(1, "2025-12-31T23:30:00Z", true));
        assertEquals(1, next.byMonth()[0]);
        assertThrows(
                IllegalArgumentException.class,
                () -> new YearFigures(2025).add(row(2, "2025-12-31T23:30:00Z", true)));
        // 22:30 UTC is still 23:30 on New Year's Eve: December of the year before.
        YearFigures last = new YearFigures(2025);
        last.add(row(3, "2025-12-31T22:30:00Z", true));
        assertEquals(1, last.byMonth()[11]);
        assertEquals(Instant.parse("2025-12-31T23:00:00Z"), YearFigures.start(2026));
        assertEquals(Instant.parse("2026-12-31T23:00:00Z"), YearFigures.end(2026));
    }

    @Test
    void directionsPrincipalsAreasAndKindsAreCounted() {
        YearFigures f = new YearFigures(2026);
        f.add(row(1, "2026-03-01T10:00:00Z", true));
        f.add(row(2, "2026-03-02T10:00:00Z", true));
        f.add(row(3, "2026-07-02T10:00:00Z", false));
        assertEquals(
                Map.of("MUNICIPALITY_TO_REGION", 2L, "REGION_TO_MUNICIPALITY", 1L),
                f.byDirection());
        assertArrayEquals(new long[] {1, 2}, f.byPrincipal().get(REGION));
        assertArrayEquals(new long[] {2, 0}, f.byPrincipal().get("ostersund"));
        assertArrayEquals(new long[] {0, 1}, f.byPrincipal().get("krokom"));
        assertEquals(Map.of("MEDICATION", 3L), f.byArea());
        assertEquals(3, f.byConsequence()[2]);
        assertEquals(3, f.cases());
        assertEquals(3, f.deviations());
        assertEquals(0, f.complaints());
    }

    @Test
    void answersAreSortedByHowTheyStoodToTheirDeadline() {
        long day = 86_400;
        assertEquals(0, YearFigures.delayBucket(-7 * day - 1), "more than a week early");
        assertEquals(1, YearFigures.delayBucket(-7 * day), "exactly a week early");
        assertEquals(1, YearFigures.delayBucket(0), "at the deadline is in time");
        assertEquals(2, YearFigures.delayBucket(1), "a second late is late");
        assertEquals(2, YearFigures.delayBucket(7 * day));
        assertEquals(3, YearFigures.delayBucket(7 * day + 1));
        assertEquals(3, YearFigures.delayBucket(30 * day));
        assertEquals(4, YearFigures.delayBucket(30 * day + 1));

        YearFigures f = new YearFigures(2026);
        int[] offsets = {-20, -3, 0, 2, 9, 45};
        for (int i = 0; i < offsets.length; i++) {
            CaseRow c = row(i + 1, "2026-03-02T08:00:00Z", true);
            f.add(answered(c, Duration.ofDays(30 + offsets[i]), Duration.ofDays(30), null));
        }
        assertArrayEquals(new long[] {1, 2, 1, 1, 1}, f.answerDelay());
        assertEquals(
                f.answeredWithinDeadline(),
                f.answerDelay()[0] + f.answerDelay()[1],
                "the early buckets are the answers within the deadline");
    }

    @Test
    void answeredInTimeLateStillOpenAtYearEndAndForwarded() {
        YearFigures f = new YearFigures(2026);
        Instant newYear = YearFigures.end(2026);
        CaseRow inTime = row(1, "2026-02-01T10:00:00Z", true);
        f.add(answered(inTime, Duration.ofDays(10), Duration.ofDays(10), newYear.minusSeconds(1)));
        CaseRow late = row(2, "2026-02-01T10:00:00Z", true);
        f.add(answered(late, Duration.ofDays(11), Duration.ofDays(10), newYear));
        f.add(row(3, "2026-12-31T10:00:00Z", true));
        CaseRow forwarded =
                new CaseRow(
                        4,
                        Instant.parse("2026-05-01T10:00:00Z"),
                        "COMPLAINT",
                        "ostersund",
                        "MUNICIPALITY",
                        REGION,
                        "REGION",
                        "OTHER",
                        3,
                        true,
                        Instant.parse("2026-06-01T10:00:00Z"),
                        null,
                        null,
                        true);
        f.add(forwarded);

        assertEquals(2, f.answered());
        assertEquals(1, f.answeredWithinDeadline(), "answeredAt ≤ answerDue counts, later not");
        // Closed one second before midnight is closed; closed at midnight was open at year end.
        assertEquals(3, f.openAtYearEnd());
        assertEquals(1, f.forwarded());
        assertEquals(1, f.serious());
        assertEquals(1, f.escalations());
        assertEquals(1, f.complaints());
    }

    @Test
    void percentilesAreTakenByNearestRankAndTheirMinuteIsFound() {
        YearFigures f = new YearFigures(2026);
        List<Long> seconds = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 1; i <= 1001; i++) {
            long s = 3600 + random.nextInt(60 * 86_400);
            seconds.add(s);
            f.add(
                    answered(
                            row(i, "2026-04-01T08:00:00Z", true),
                            Duration.ofSeconds(s),
                            Duration.ofDays(60),
                            null));
        }
        List<Long> sorted = seconds.stream().sorted().toList();
        for (double p : new double[] {0.5, 0.9}) {
            long rank = f.rank(p);
            assertEquals((long) Math.ceil(p * 1001), rank);
            long exact = sorted.get((int) rank - 1);
            YearFigures.Bucket bucket = f.rankBucket(rank);
            assertEquals(Math.floorDiv(exact, 60), bucket.minute());
            List<Long> inMinute =
                    sorted.stream().filter(s -> Math.floorDiv(s, 60) == bucket.minute()).toList();
            assertEquals(exact, inMinute.get((int) (rank - bucket.before()) - 1));
        }
        assertEquals(0, new YearFigures(2026).rank(0.5), "no answered case: no rank");
    }

    @Test
    void daysAreRoundedToOneDecimal() {
        assertEquals(new BigDecimal("1.0"), YearFigures.days(86_400));
        assertEquals(new BigDecimal("0.1"), YearFigures.days(4_320)); // 0.05 days rounds up
        assertEquals(new BigDecimal("0.0"), YearFigures.days(4_319));
        assertEquals(new BigDecimal("10.5"), YearFigures.days(907_200));
    }

    @Test
    void aCheckpointRestoresExactlyWhereItWas() throws Exception {
        YearFigures f = new YearFigures(2026);
        f.add(
                answered(
                        row(9, "2026-04-01T08:00:00Z", true),
                        Duration.ofHours(30),
                        Duration.ofDays(60),
                        null));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(f);
        }
        YearFigures back;
        try (ObjectInputStream in =
                new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (YearFigures) in.readObject();
        }
        back.add(row(10, "2026-05-01T08:00:00Z", false));
        assertEquals(2, back.cases());
        assertEquals(10, back.lastId());
        assertEquals(1, back.answered());
        assertEquals(30 * 60, back.rankBucket(1).minute());
    }

    @Test
    void aCheckpointOfAHundredThousandAnswerMinutesIsSmallAndExact() throws Exception {
        YearFigures f = new YearFigures(2026);
        java.util.Random random = new java.util.Random(7);
        f.add(
                answered(
                        row(200_000, "2026-04-01T08:00:00Z", true),
                        Duration.ofSeconds(-30),
                        Duration.ofDays(60),
                        null));
        for (int i = 0; i < 150_000; i++) {
            // From a minute before submission (a clock set wrong) to ninety days.
            long seconds = -60 + (long) (random.nextDouble() * 90 * 86_400);
            f.add(
                    answered(
                            row(i + 1, "2026-04-01T08:00:00Z", true),
                            Duration.ofSeconds(seconds),
                            Duration.ofDays(60),
                            null));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(f);
        }
        assertTrue(bytes.size() < 400_000, "checkpoint of " + bytes.size() + " bytes");
        YearFigures back;
        try (ObjectInputStream in =
                new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (YearFigures) in.readObject();
        }
        for (long rank = 1; rank <= f.answered(); rank += 997) {
            assertEquals(f.rankBucket(rank), back.rankBucket(rank), "rank " + rank);
        }
        assertEquals(f.rankBucket(f.answered()), back.rankBucket(f.answered()));
        assertEquals(f.rankBucket(1).minute(), -1, "a negative minute survives the round trip");
        assertArrayEquals(f.answerDelay(), back.answerDelay());
    }
}
