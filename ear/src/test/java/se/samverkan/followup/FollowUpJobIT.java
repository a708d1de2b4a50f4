package se.samverkan.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.access.Caller;
import se.samverkan.access.Role;
import se.samverkan.cases.CaseDraft;
import se.samverkan.cases.CaseType;
import se.samverkan.cases.ImportedCase;
import se.samverkan.cases.Imports;
import se.samverkan.testing.Deployments;

/**
 * Inside the server: the follow-up job over generated history (imported, as history comes), checked
 * against an independent count of the same cases; a run failed on purpose half-way restarts from
 * its checkpoint to exactly the same figures; two starts at once run once.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FollowUpJobIT {

    static final ZoneId COUNTY = ZoneId.of("Europe/Stockholm");
    static final int YEAR = 2012;
    static final String REGION = "region-jamtland-harjedalen";
    static final List<String> MUNICIPALITIES =
            List.of(
                    "ragunda",
                    "bracke",
                    "krokom",
                    "stromsund",
                    "are",
                    "berg",
                    "harjedalen",
                    "ostersund");
    static final List<String> AREAS =
            List.of("PHYSICIAN", "MEDICATION", "INFORMATION", "DISCHARGE", "OTHER", "TREATMENT");
    static final Caller ADMIN = new Caller("admin", REGION, EnumSet.of(Role.ADMIN));

    @Deployment
    static EnterpriseArchive application() {
        return Deployments.realEarWith(FollowUpJobIT.class, FollowUpJobIT.Generated.class);
    }

    @Inject Imports imports;

    @Inject FollowUps followUps;

    @Inject FollowUpSchedule schedule;

    @Test
    @Order(0)
    void theYearlyRunIsScheduledForTheFifteenthOfJanuaryAtSix() {
        java.time.ZonedDateTime next = schedule.nextRun().orElseThrow().toInstant().atZone(COUNTY);
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(COUNTY);
        assertEquals(1, next.getMonthValue());
        assertEquals(15, next.getDayOfMonth());
        assertEquals(6, next.getHour());
        assertEquals(0, next.getMinute());
        assertTrue(
                next.isAfter(now) && next.isBefore(now.plusYears(1).plusDays(1)), next::toString);
    }

    /** One generated case, as imported. */
    record Generated(
            String reporting,
            String concerned,
            boolean toRegion,
            String type,
            String area,
            int consequence,
            boolean seriousEvent,
            Instant submitted,
            Instant answerDue,
            Instant answered,
            Instant closed,
            boolean forwarded) {}

    static List<Generated> history;

    static List<Generated> generate() {
        Random random = new Random(2012);
        List<Generated> cases = new ArrayList<>();
        // The edges: either side of New Year in Stockholm, which UTC puts elsewhere.
        List<Instant> edges =
                List.of(
                        Instant.parse("2011-12-31T22:59:59Z"), // 23:59:59 in 2011
                        Instant.parse("2011-12-31T23:00:00Z"), // 00:00 on 1 January 2012
                        Instant.parse("2012-12-31T22:59:59Z"), // 23:59:59 on New Year's Eve
                        Instant.parse("2012-12-31T23:00:00Z")); // 2013 already
        long start = Instant.parse("2011-11-01T00:00:00Z").getEpochSecond();
        long end = Instant.parse("2013-01-31T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 5_400; i++) {
            Instant submitted =
                    i < edges.size()
                            ? edges.get(i)
                            : Instant.ofEpochSecond(
                                    start + (long) (random.nextDouble() * (end - start)));
            boolean toRegion = random.nextBoolean();
            String municipality = MUNICIPALITIES.get(random.nextInt(MUNICIPALITIES.size()));
            Instant due = submitted.plus(Duration.ofDays(30 + random.nextInt(40)));
            Instant answered = null;
            Instant closed = null;
            if (random.nextInt(10) < 8) {
                answered = submitted.plusSeconds(3_600 + random.nextInt(90 * 86_400));
                if (random.nextInt(10) < 7) {
                    closed = answered.plusSeconds(60 + random.nextInt(20 * 86_400));
                }
            }
            cases.add(
                    new Generated(
                            toRegion ? municipality : REGION,
                            toRegion ? REGION : municipality,
                            toRegion,
                            random.nextInt(4) == 0 ? "COMPLAINT" : "DEVIATION",
                            AREAS.get(random.nextInt(AREAS.size())),
                            1 + random.nextInt(4),
                            random.nextInt(12) == 0,
                            submitted,
                            due,
                            answered,
                            closed,
                            random.nextInt(9) == 0));
        }
        return cases;
    }

    static OffsetDateTime at(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    @Test
    @Order(1)
    void theFiguresMatchAnIndependentCountOfTheGeneratedHistory() throws Exception {
        history = generate();
        List<Imports.Numbered> batch = new ArrayList<>();
        long line = 0;
        String run = "followup-it-" + System.nanoTime();
        for (Generated g : history) {
            line++;
            CaseDraft draft =
                    new CaseDraft(
                            CaseType.valueOf(g.type()),
                            at(g.submitted().minus(Duration.ofHours(2))),
                            g.concerned(),
                            g.area(),
                            "Historiskt ärende",
                            "Ur det gamla systemet",
                            "",
                            g.consequence(),
                            2,
                            g.seriousEvent(),
                            false);
            batch.add(
                    new Imports.Numbered(
                            line,
                            new ImportedCase(
                                    run + "-" + line,
                                    g.reporting(),
                                    draft,
                                    at(g.submitted()),
                                    at(g.answerDue()),
                                    g.answered() == null ? null : at(g.submitted().plusSeconds(60)),
                                    at(g.answered()),
                                    at(g.closed()),
                                    g.forwarded())));
            if (batch.size() == 500) {
                assertEquals(500, imports.importBatch(ADMIN, batch).imported());
                batch.clear();
            }
        }
        assertEquals(batch.size(), imports.importBatch(ADMIN, batch).imported());

        JsonObject figures = run(YEAR, new Properties());
        JsonObject expected = independentCount(history, YEAR);
        for (String key : expected.keySet()) {
            assertEquals(expected.get(key), figures.get(key), key);
        }
        assertTrue(figures.getJsonObject("totals").getInt("cases") > 4_000);
    }

    @Test
    @Order(2)
    void aRunFailedHalfWayRestartsFromItsCheckpointToTheSameFigures() throws Exception {
        JsonObject uninterrupted = run(YEAR, new Properties());
        Properties failing = new Properties();
        failing.setProperty("failAfter", "2500");
        failing.setProperty("chunkSize", "500");
        FollowUps.Progress failed = followUps.start(YEAR, failing);
        String status = awaitEnd(failed.executionId());
        assertEquals("FAILED", status, "the injected failure stops the run");
        long total = uninterrupted.getJsonObject("totals").getJsonNumber("cases").longValue();
        FollowUps.Progress restarted = followUps.start(YEAR);
        assertTrue(restarted.executionId() != failed.executionId(), "a restart is a new execution");
        assertEquals("COMPLETED", awaitEnd(restarted.executionId()));
        long reread = readMetric(restarted.executionId());
        // Chunks of 500: the fifth chunk reached 2,500 and failed, so the last checkpoint holds
        // 2,000 cases, and the restart reads only what came after them.
        assertEquals(
                total - 2000,
                reread,
                "the restart reads on from the last checkpoint, not from the start");
        JsonObject afterRestart = document(YEAR);
        assertEquals(withoutTime(uninterrupted), withoutTime(afterRestart));
    }

    @Test
    @Order(3)
    void twoStartsOfTheSameYearAtOnceRunItOnce() throws Exception {
        CompletableFuture<FollowUps.Progress> one =
                CompletableFuture.supplyAsync(() -> followUps.start(YEAR));
        CompletableFuture<FollowUps.Progress> two =
                CompletableFuture.supplyAsync(() -> followUps.start(YEAR));
        long first = one.get().executionId();
        assertEquals(first, two.get().executionId(), "the second start joins the running one");
        assertEquals("COMPLETED", awaitEnd(first));
    }

    @jakarta.ejb.EJB se.samverkan.cases.Cases cases;

    @jakarta.ejb.EJB se.samverkan.forum.ForumRegister forum;

    /**
     * The measures of the year's cases by area, with the most common texts, and the forum's
     * register with owner and status: filed, answered and raised as people do it, this year.
     */
    @Test
    @Order(4)
    void measuresByAreaAndTheForumsRegisterAreInTheYearsOutputs() throws Exception {
        Caller nurse =
                new Caller("sjukskoterska.ostersund", "ostersund", EnumSet.of(Role.REPORTER));
        Caller handler = new Caller("handlaggare.region", REGION, EnumSet.of(Role.HANDLER));
        Caller forumMember = new Caller("forum", REGION, EnumSet.of(Role.FORUM));
        String token = Long.toString(System.nanoTime(), 36);
        String common = "Ny rutin för läkemedelslistan vid utskrivning " + token;
        String rare = "Utbildning i journalsystemet " + token;
        String narrative = "Berättelsen som aldrig ska synas " + token;
        List<String> numbers = new ArrayList<>();
        long raised = 0;
        for (int i = 0; i < 3; i++) {
            CaseDraft draft =
                    new CaseDraft(
                            CaseType.DEVIATION,
                            OffsetDateTime.now().minusHours(1),
                            REGION,
                            "DISCHARGE",
                            "Läkemedelslistan saknades " + token,
                            narrative,
                            null,
                            2,
                            2,
                            false,
                            false);
            var c = cases.file(nurse, draft, null, null, null).filed().c();
            cases.acknowledge(handler, c.id());
            cases.answer(
                    handler,
                    c.id(),
                    "Utrett " + token,
                    i < 2 ? List.of(common) : List.of(common, rare));
            numbers.add(c.caseNumber());
            if (i == 0) {
                raised =
                        forum.raise(
                                        handler,
                                        c.id(),
                                        se.samverkan.forum.MatterKind.RECURRING_FAULT,
                                        "Läkemedelslistan följer inte med vid utskrivning")
                                .matter()
                                .id();
            }
        }
        forum.update(
                forumMember,
                raised,
                "ostersund",
                se.samverkan.forum.MatterStatus.IN_PROGRESS,
                "Arbetsgrupp tillsatt");
        int year = OffsetDateTime.now().atZoneSameInstant(COUNTY).getYear();

        JsonObject figures = run(year, new Properties());

        JsonObject discharge =
                figures.getJsonArray("measuresByArea").stream()
                        .map(JsonValue::asJsonObject)
                        .filter(a -> a.getString("areaCode").equals("DISCHARGE"))
                        .findFirst()
                        .orElseThrow();
        assertTrue(discharge.getJsonNumber("cases").longValue() >= 3);
        assertTrue(discharge.getJsonNumber("measures").longValue() >= 4);
        java.util.Map<String, Long> texts = new java.util.HashMap<>();
        discharge
                .getJsonArray("common")
                .forEach(
                        m ->
                                texts.put(
                                        m.asJsonObject().getString("description"),
                                        m.asJsonObject().getJsonNumber("count").longValue()));
        assertEquals(3L, texts.get(common), "the measure all three cases took");
        assertEquals(1L, texts.get(rare));

        JsonObject line =
                figures.getJsonArray("forumRegister").stream()
                        .map(JsonValue::asJsonObject)
                        .filter(l -> l.getString("caseNumber").equals(numbers.get(0)))
                        .findFirst()
                        .orElseThrow();
        assertEquals("RECURRING_FAULT", line.getString("kind"));
        assertEquals("IN_PROGRESS", line.getString("status"));
        assertEquals("ostersund", line.getString("ownerPrincipalId"));
        assertEquals("DISCHARGE", line.getString("areaCode"));
        assertEquals("region-jamtland-harjedalen", line.getString("raisedByPrincipalId"));

        String document = figures.toString();
        assertFalse(document.contains(narrative), "no narrative in the follow-up");
        assertFalse(document.contains("Läkemedelslistan saknades"), "no summary either");
        assertFalse(document.contains("handlaggare") || document.contains("sjukskoterska"));
        assertFalse(
                document.contains("Arbetsgrupp tillsatt"),
                "the forum's note stays in the register");
    }

    /** The cases an execution's step read itself (a restart: those after its checkpoint). */
    private static long readMetric(long execution) {
        for (jakarta.batch.runtime.Metric m :
                jakarta.batch.runtime.BatchRuntime.getJobOperator()
                        .getStepExecutions(execution)
                        .get(0)
                        .getMetrics()) {
            if (m.getType() == jakarta.batch.runtime.Metric.MetricType.READ_COUNT) {
                return m.getValue();
            }
        }
        throw new AssertionError("no read count");
    }

    private JsonObject run(int year, Properties extra) throws Exception {
        FollowUps.Progress started = followUps.start(year, extra);
        assertEquals("COMPLETED", awaitEnd(started.executionId()));
        return document(year);
    }

    private String awaitEnd(long execution) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            String status =
                    jakarta.batch.runtime.BatchRuntime.getJobOperator()
                            .getJobExecution(execution)
                            .getBatchStatus()
                            .name();
            if (!status.equals("STARTING")
                    && !status.equals("STARTED")
                    && !status.equals("STOPPING")) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("execution " + execution + " did not end in 2 minutes");
    }

    private JsonObject document(int year) {
        String json = followUps.result(year).orElseThrow().document().orElseThrow();
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static JsonObject withoutTime(JsonObject document) {
        return Json.createObjectBuilder(document).remove("generatedAt").build();
    }

    /** The contract's definitions, counted plainly over the generated cases. */
    static JsonObject independentCount(List<Generated> all, int year) {
        List<Generated> ofYear =
                all.stream().filter(g -> g.submitted().atZone(COUNTY).getYear() == year).toList();
        Instant yearEnd = LocalDate.of(year + 1, 1, 1).atStartOfDay(COUNTY).toInstant();
        long[] months = new long[12];
        ofYear.forEach(g -> months[g.submitted().atZone(COUNTY).getMonthValue() - 1]++);
        var monthArray = Json.createArrayBuilder();
        for (long m : months) {
            monthArray.add(m);
        }
        List<Long> seconds =
                ofYear.stream()
                        .filter(g -> g.answered() != null)
                        .map(g -> g.answered().getEpochSecond() - g.submitted().getEpochSecond())
                        .sorted()
                        .toList();
        var consequences = Json.createObjectBuilder();
        for (int c = 1; c <= 4; c++) {
            int k = c;
            consequences.add(
                    Integer.toString(c), ofYear.stream().filter(g -> g.consequence() == k).count());
        }
        List<Generated> before =
                all.stream()
                        .filter(g -> g.submitted().atZone(COUNTY).getYear() == year - 1)
                        .toList();
        return Json.createObjectBuilder()
                .add("year", year)
                .add("totals", totals(ofYear))
                .add(
                        "byDirection",
                        Json.createObjectBuilder()
                                .add(
                                        "MUNICIPALITY_TO_REGION",
                                        ofYear.stream().filter(Generated::toRegion).count())
                                .add(
                                        "REGION_TO_MUNICIPALITY",
                                        ofYear.stream().filter(g -> !g.toRegion()).count()))
                .add("byConsequence", consequences)
                .add("byMonth", monthArray)
                .add("answered", seconds.size())
                .add(
                        "answeredWithinDeadline",
                        ofYear.stream()
                                .filter(
                                        g ->
                                                g.answered() != null
                                                        && !g.answered().isAfter(g.answerDue()))
                                .count())
                .add("medianDaysToAnswer", nearestRankDays(seconds, 0.5))
                .add("p90DaysToAnswer", nearestRankDays(seconds, 0.9))
                .add("forwarded", ofYear.stream().filter(Generated::forwarded).count())
                .add(
                        "openAtYearEnd",
                        ofYear.stream()
                                .filter(g -> g.closed() == null || !g.closed().isBefore(yearEnd))
                                .count())
                .add("escalations", ofYear.stream().filter(FollowUpJobIT::serious).count())
                .add("previousYear", totals(before).add("byMonth", months(before)))
                .add("answerDelay", answerDelay(ofYear))
                .build();
    }

    static jakarta.json.JsonArrayBuilder months(List<Generated> cases) {
        long[] months = new long[12];
        cases.forEach(g -> months[g.submitted().atZone(COUNTY).getMonthValue() - 1]++);
        var array = Json.createArrayBuilder();
        for (long m : months) {
            array.add(m);
        }
        return array;
    }

    /** Answers by days past (or before) their deadline: > 7 early, 0–7 early, 1–7, 8–30, > 30. */
    static jakarta.json.JsonObjectBuilder answerDelay(List<Generated> cases) {
        long[] buckets = new long[5];
        for (Generated g : cases) {
            if (g.answered() == null) {
                continue;
            }
            Duration late = Duration.between(g.answerDue(), g.answered());
            int b;
            if (late.compareTo(Duration.ofDays(-7)) < 0) {
                b = 0;
            } else if (!late.isNegative() && !late.isZero()) {
                b =
                        late.compareTo(Duration.ofDays(7)) <= 0
                                ? 2
                                : late.compareTo(Duration.ofDays(30)) <= 0 ? 3 : 4;
            } else {
                b = 1;
            }
            buckets[b]++;
        }
        return Json.createObjectBuilder()
                .add("EARLY_OVER_7", buckets[0])
                .add("EARLY_0_7", buckets[1])
                .add("LATE_1_7", buckets[2])
                .add("LATE_8_30", buckets[3])
                .add("LATE_OVER_30", buckets[4]);
    }

    static boolean serious(Generated g) {
        return g.consequence() >= 3 || g.seriousEvent();
    }

    static jakarta.json.JsonObjectBuilder totals(List<Generated> cases) {
        return Json.createObjectBuilder()
                .add("cases", cases.size())
                .add("deviations", cases.stream().filter(g -> g.type().equals("DEVIATION")).count())
                .add("complaints", cases.stream().filter(g -> g.type().equals("COMPLAINT")).count())
                .add("serious", cases.stream().filter(FollowUpJobIT::serious).count());
    }

    static BigDecimal nearestRankDays(List<Long> sortedSeconds, double p) {
        int rank = (int) Math.ceil(p * sortedSeconds.size());
        return new BigDecimal(sortedSeconds.get(rank - 1))
                .divide(new BigDecimal(86_400), 10, RoundingMode.HALF_UP)
                .setScale(1, RoundingMode.HALF_UP);
    }
}
