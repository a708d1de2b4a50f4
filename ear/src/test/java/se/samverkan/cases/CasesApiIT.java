package se.samverkan.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverkan.testing.ProblemAssert.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.testing.Api;
import se.samverkan.testing.Deployments;
import se.samverkan.testing.Realm;

/** The life of a case over HTTP, as the contract describes it, with real tokens. */
@ExtendWith(ArquillianExtension.class)
class CasesApiIT {

    static final String REGION = "region-jamtland-harjedalen";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.realEar();
    }

    static String deviation(String concerned, int consequence, boolean purchased, String summary) {
        return """
                {"type":"DEVIATION","occurredAt":"2026-03-14T21:30:00+01:00",
                 "concernedPrincipalId":"%s","areaCode":"MEDICATION","summary":"%s",
                 "description":"Dosetten innehöll fel läkemedel.\\nUpptäcktes vid kvällsrundan.",
                 "immediateActions":"Jourläkaren kontaktad.","consequence":%d,"likelihood":3,
                 "seriousEvent":false,"purchasedService":%b}
                """
                .formatted(concerned, summary, consequence, purchased);
    }

    static JsonObject file(String user, String body) {
        Api.Reply reply = Api.post("/api/cases", Realm.tokenFor(user), body);
        assertEquals(201, reply.status(), reply::toString);
        return reply.object();
    }

    static JsonObject step(String user, long id, String step, String body) {
        Api.Reply reply =
                body == null
                        ? Api.post("/api/cases/" + id + "/" + step, Realm.tokenFor(user))
                        : Api.post("/api/cases/" + id + "/" + step, Realm.tokenFor(user), body);
        assertEquals(200, reply.status(), () -> step + ": " + reply);
        return reply.object();
    }

    static long id(JsonObject c) {
        return c.getJsonNumber("id").longValue();
    }

    /**
     * Issue 18, found 1: the second answer of a returned case was a 500 (EclipseLink rewrote the
     * measures' element collection and broke its primary key). Every answer is kept, in order.
     */
    @Test
    void aReturnedCaseIsAnsweredAgainAndKeepsBothAnswersWithTheirOwnMeasures() {
        long id = id(file("reporter.ostersund", deviation(REGION, 2, false, "Utskrivning")));
        step("handler.region", id, "acknowledgement", null);
        Api.Reply comment =
                Api.post(
                        "/api/cases/" + id + "/comments",
                        Realm.tokenFor("handler.region"),
                        "{\"text\":\"Vi utreder.\"}");
        assertEquals(201, comment.status(), comment::toString);
        step(
                "handler.region",
                id,
                "answer",
                "{\"summary\":\"Första svaret\",\"measures\":"
                        + "[{\"description\":\"Checklista vid utskrivning\"}]}");
        step("reporter.ostersund", id, "return", "{\"reason\":\"Tidplan saknas\"}");

        JsonObject again =
                step(
                        "handler.region",
                        id,
                        "answer",
                        "{\"summary\":\"Andra svaret\",\"measures\":"
                                + "[{\"description\":\"Utbildning\"}]}");

        assertEquals("ANSWERED", again.getString("status"));
        assertEquals("Andra svaret", again.getString("answerSummary"));
        assertEquals(
                List.of("Utbildning"),
                again.getJsonArray("measures").getValuesAs(JsonString::getString));
        JsonObject read =
                Api.get("/api/cases/" + id, Realm.tokenFor("reporter.ostersund")).object();
        List<JsonObject> answers = read.getJsonArray("answers").getValuesAs(JsonObject.class);
        assertEquals(2, answers.size(), read::toString);
        assertEquals(1, answers.get(0).getInt("number"));
        assertEquals("Första svaret", answers.get(0).getString("summary"));
        assertEquals(
                "Checklista vid utskrivning",
                answers.get(0).getJsonArray("measures").getJsonObject(0).getString("description"));
        assertEquals(2, answers.get(1).getInt("number"));
        assertEquals("Andra svaret", answers.get(1).getString("summary"));
        assertEquals(
                "Utbildning",
                answers.get(1).getJsonArray("measures").getJsonObject(0).getString("description"));
        assertEquals(REGION, answers.get(1).getString("principalId"));

        List<JsonObject> answeredEvents =
                Api.get("/api/cases/" + id + "/history", Realm.tokenFor("reporter.ostersund"))
                        .array()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(e -> e.getString("event").equals("ANSWERED"))
                        .toList();
        assertEquals(
                List.of("Första svaret", "Andra svaret"),
                answeredEvents.stream()
                        .map(e -> e.getJsonObject("answer").getString("summary"))
                        .toList());

        step("reporter.ostersund", id, "return", "{\"reason\":\"Fortfarande oklart\"}");
        step(
                "handler.region",
                id,
                "answer",
                "{\"summary\":\"Tredje svaret\",\"measures\":[{\"description\":\"Utbildning\"},"
                        + "{\"description\":\"Checklista vid utskrivning\"}]}");
        JsonObject closed = step("reporter.ostersund", id, "closure", null);
        assertEquals("CLOSED", closed.getString("status"));
        assertEquals(3, closed.getJsonArray("answers").size());
    }

    /**
     * Issue 18, found 8: the start page counted the 100 newest cases in the browser and said "no
     * cases" while 196 waited. The server counts a box over all its cases.
     */
    @Test
    void aBoxIsCountedByTheServerOverAllItsCases() {
        String handler = Realm.tokenFor("handler.region");
        String reporter = Realm.tokenFor("reporter.ostersund");
        JsonObject before = Api.get("/api/cases/counts?box=incoming", handler).object();
        JsonObject outgoingBefore = Api.get("/api/cases/counts?box=outgoing", reporter).object();
        for (int i = 0; i < 3; i++) {
            file("reporter.ostersund", deviation(REGION, 1, false, "Räknas " + i));
        }

        JsonObject after = Api.get("/api/cases/counts?box=incoming", handler).object();
        assertEquals("incoming", after.getString("box"));
        assertEquals(
                before.getJsonObject("byStatus").getInt("SUBMITTED") + 3,
                after.getJsonObject("byStatus").getInt("SUBMITTED"));
        assertEquals(before.getInt("total") + 3, after.getInt("total"));
        assertEquals(before.getInt("open") + 3, after.getInt("open"));
        int sum = 0;
        for (String status :
                List.of("SUBMITTED", "RECEIVED", "UNDER_INVESTIGATION", "ANSWERED", "CLOSED")) {
            sum += after.getJsonObject("byStatus").getInt(status);
        }
        assertEquals(after.getInt("total"), sum, "the statuses add up to the total");
        assertEquals(
                outgoingBefore.getInt("total") + 3,
                Api.get("/api/cases/counts?box=outgoing", reporter).object().getInt("total"));
        assertProblem(Api.get("/api/cases/counts?box=sideways", handler), 400, "/bad-request");
        assertProblem(
                Api.get("/api/cases/counts?box=incoming", Realm.tokenFor("forum")),
                403,
                "/forbidden");
    }

    /**
     * The clocks as the contract counts them: the acknowledgement in 3 working days, the answer in
     * 28 (complaint) or 60 (deviation) calendar days, a last day off moved to the next working day,
     * each the end of its day in Stockholm. The calendar itself is WorkingDaysTest's.
     */
    @Test
    void theAnswerClocksCountCalendarDaysAndEndOnAWorkingDay() {
        ZoneId sweden = ZoneId.of("Europe/Stockholm");
        for (var clock : java.util.Map.of("COMPLAINT", 28, "DEVIATION", 60).entrySet()) {
            JsonObject c =
                    file(
                            "reporter.ostersund",
                            deviation(REGION, 1, false, "Klocka " + clock.getKey())
                                    .replace("\"DEVIATION\"", "\"" + clock.getKey() + "\""));
            assertEquals(clock.getKey(), c.getString("type"));
            OffsetDateTime submitted = OffsetDateTime.parse(c.getString("submittedAt"));
            java.time.LocalDate last =
                    submitted.atZoneSameInstant(sweden).toLocalDate().plusDays(clock.getValue());
            while (!se.samverkan.deadlines.WorkingDays.isWorkingDay(last)) {
                last = last.plusDays(1);
            }
            OffsetDateTime answerDue = OffsetDateTime.parse(c.getString("answerDue"));
            assertEquals(
                    last.atTime(23, 59, 59).atZone(sweden).toOffsetDateTime(),
                    answerDue,
                    () -> clock + ": " + c);
            assertEquals(sweden.getRules().getOffset(answerDue.toInstant()), answerDue.getOffset());
            assertEquals(
                    se.samverkan.deadlines.WorkingDays.deadline(submitted, 3),
                    OffsetDateTime.parse(c.getString("acknowledgeDue")),
                    () -> "3 working days: " + c);
        }
    }

    /**
     * Found by CaseWalkIT: a case the receiver assessed as significant was escalated, and when the
     * receiver then assessed it lower it said "not serious" beside its open escalation. Once
     * escalated, a case stays serious.
     */
    @Test
    void aCaseOnceEscalatedStaysSeriousWhenTheReceiverLowersTheAssessment() {
        long id = id(file("reporter.ostersund", deviation(REGION, 1, false, "Bedöms om")));
        JsonObject raised =
                step("handler.region", id, "assessment", "{\"consequence\":3,\"likelihood\":2}");
        assertTrue(raised.getBoolean("serious"), raised::toString);

        JsonObject lowered =
                step("handler.region", id, "assessment", "{\"consequence\":1,\"likelihood\":1}");

        assertTrue(lowered.getBoolean("serious"), lowered::toString);
        assertEquals(1, lowered.getInt("assessedConsequence"));
        assertEquals(
                1,
                Api.get("/api/cases/" + id + "/history", Realm.tokenFor("reporter.ostersund"))
                        .array()
                        .stream()
                        .filter(e -> e.asJsonObject().getString("event").equals("ESCALATED"))
                        .count(),
                "escalated once");
    }

    /** Issue 18, found 2: Parsson's depth limit threw a bare RuntimeException, a 500. */
    @Test
    void aDeeplyNestedBodyIsAProblemNotAServerError() {
        String token = Realm.tokenFor("reporter.ostersund");
        String nested = "[".repeat(1_000) + "]".repeat(1_000);
        assertProblem(Api.post("/api/cases", token, nested), 400, "/malformed-json");
        String deepObject = "{\"a\":".repeat(40) + "1" + "}".repeat(40);
        assertProblem(Api.post("/api/cases", token, deepObject), 400, "/malformed-json");
        assertProblem(
                Api.post("/api/cases/1/comments", token, "[".repeat(5_000)),
                400,
                "/malformed-json");
    }

    /**
     * Issue 18, found 4: JSON-B unwrapped one-element arrays and coerced numbers and strings into
     * each other. A wrong JSON type is a 400 naming the field, and nothing is stored.
     */
    @Test
    void aWrongJsonTypeIsRefusedWithTheFieldNamed() {
        String reporter = Realm.tokenFor("reporter.ostersund");
        long id = id(file("reporter.ostersund", deviation(REGION, 2, false, "Strikt JSON")));
        String filing = deviation(REGION, 2, false, "x");

        assertFieldAtFault(
                "body", Api.post("/api/cases/" + id + "/comments", reporter, "[{\"text\":\"x\"}]"));
        assertFieldAtFault(
                "summary",
                Api.post(
                        "/api/cases",
                        reporter,
                        filing.replace("\"summary\":\"x\"", "\"summary\":12345")));
        assertFieldAtFault(
                "consequence",
                Api.post(
                        "/api/cases",
                        reporter,
                        filing.replace("\"consequence\":2", "\"consequence\":\"2\"")));
        assertFieldAtFault(
                "year",
                Api.post("/api/follow-ups", Realm.tokenFor("forum"), "{\"year\":\"2026\"}"));
        assertFieldAtFault(
                "measures[0].description",
                Api.post(
                        "/api/cases/" + id + "/answer",
                        Realm.tokenFor("handler.region"),
                        "{\"summary\":\"s\",\"measures\":[{\"description\":true}]}"));

        assertEquals(
                0,
                Api.get("/api/cases/" + id + "/comments", reporter).array().size(),
                "nothing was stored");
        assertEquals(
                "SUBMITTED",
                Api.get("/api/cases/" + id, reporter).object().getString("status"),
                "nothing was stored");
    }

    /** A 400 of the wrong shape whose first fault is {@code field}. */
    static void assertFieldAtFault(String field, Api.Reply reply) {
        JsonObject problem = assertProblem(reply, 400, "/malformed-json");
        assertEquals(field, problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    /** Unknown properties are refused, not ignored: a misspelt field would vanish in silence. */
    @Test
    void anUnknownPropertyIsRefusedWithItsName() {
        assertFieldAtFault(
                "sumary",
                Api.post(
                        "/api/cases",
                        Realm.tokenFor("reporter.ostersund"),
                        deviation(REGION, 2, false, "Stavfel")
                                .replace("\"summary\"", "\"sumary\"")));
    }

    @Test
    void aNurseInOstersundFilesADeviationAboutTheRegionAndItIsRoutedThere() {
        Api.Reply reply =
                Api.post(
                        "/api/cases",
                        Realm.tokenFor("reporter.ostersund"),
                        deviation(REGION, 2, false, "Fel dos i dosett"));

        assertEquals(201, reply.status(), reply::toString);
        JsonObject c = reply.object();
        assertEquals(
                "/api/cases/" + id(c),
                reply.header("Location").replaceFirst("^https?://[^/]+", ""));
        assertTrue(c.getString("caseNumber").matches("SAM-20\\d\\d-\\d{5}"), c::toString);
        assertEquals("SUBMITTED", c.getString("status"));
        assertEquals("ostersund", c.getString("reportingPrincipalId"));
        assertEquals(REGION, c.getString("routedToPrincipalId"));
        assertEquals(0, c.getJsonArray("informedPrincipalIds").size());
        assertFalse(c.getBoolean("serious"));
        assertFalse(c.getBoolean("overdue"));
        assertEquals(JsonValue.NULL, c.get("acknowledgedAt"));
        OffsetDateTime submitted = OffsetDateTime.parse(c.getString("submittedAt"));
        OffsetDateTime ackDue = OffsetDateTime.parse(c.getString("acknowledgeDue"));
        assertEquals(
                ZoneId.of("Europe/Stockholm").getRules().getOffset(submitted.toInstant()),
                submitted.getOffset(),
                "times carry the county's offset");
        assertTrue(ackDue.isAfter(submitted.plusDays(2)), c::toString);
        // No "patient" (this case has none) and no "answerSummary" (not answered); one case
        // also shows its measures, its answers and the caller's actions.
        assertEquals(30, c.keySet().size(), c::toString);
        assertEquals(0, c.getJsonArray("measures").size());
        assertEquals(0, c.getJsonArray("answers").size());
        assertEquals(JsonValue.NULL, c.get("assessedConsequence"));
    }

    @Test
    void theWholeLifeAcknowledgeAnswerReturnAnswerCloseWithHistory() {
        long id = id(file("reporter.ostersund", deviation(REGION, 1, false, "Livscykel")));

        assertEquals(
                "RECEIVED",
                step("handler.region", id, "acknowledgement", null).getString("status"));
        String answer =
                "{\"summary\":\"Rutinen ses över\",\"measures\":[{\"description\":\"Dubbelkontroll\"}]}";
        assertEquals("ANSWERED", step("handler.region", id, "answer", answer).getString("status"));
        assertEquals(
                "UNDER_INVESTIGATION",
                step("reporter.ostersund", id, "return", "{\"reason\":\"Tidplan saknas\"}")
                        .getString("status"));
        step("handler.region", id, "answer", answer);
        JsonObject closed = step("reporter.ostersund", id, "closure", null);

        assertEquals("CLOSED", closed.getString("status"));
        List<String> events =
                Api.get("/api/cases/" + id + "/history", Realm.tokenFor("reporter.ostersund"))
                        .array()
                        .stream()
                        .map(e -> e.asJsonObject().getString("event"))
                        .toList();
        assertEquals(
                List.of("SUBMITTED", "ACKNOWLEDGED", "ANSWERED", "RETURNED", "ANSWERED", "CLOSED"),
                events);
    }

    @Test
    void aStepNotAllowedFromTheStatusIs409() {
        long id = id(file("reporter.ostersund", deviation(REGION, 1, false, "Fel ordning")));

        assertProblem(
                Api.post("/api/cases/" + id + "/closure", Realm.tokenFor("reporter.ostersund")),
                409,
                "/conflict");
        step("handler.region", id, "acknowledgement", null);
        assertProblem(
                Api.post("/api/cases/" + id + "/acknowledgement", Realm.tokenFor("handler.region")),
                409,
                "/conflict");
    }

    @Test
    void anotherMunicipalitySeesTheCaseAsIfItDidNotExist() {
        long id = id(file("reporter.ostersund", deviation(REGION, 1, false, "Inte för Krokom")));

        for (String user : List.of("reporter.krokom", "handler.krokom", "mas.krokom")) {
            assertProblem(Api.get("/api/cases/" + id, Realm.tokenFor(user)), 404, "/not-found");
            assertProblem(
                    Api.get("/api/cases/" + id + "/history", Realm.tokenFor(user)),
                    404,
                    "/not-found");
        }
        assertProblem(
                Api.get("/api/cases/999999999", Realm.tokenFor("reporter.krokom")),
                404,
                "/not-found");
        assertProblem(Api.get("/api/cases/" + id, Realm.tokenFor("forum")), 404, "/not-found");
    }

    @Test
    void theReportingSideCannotTakeTheReceivingSidesSteps() {
        long id = id(file("reporter.ostersund", deviation(REGION, 1, false, "Fel sida")));

        assertProblem(
                Api.post(
                        "/api/cases/" + id + "/acknowledgement",
                        Realm.tokenFor("handler.ostersund")),
                403,
                "/forbidden");
        assertProblem(
                Api.post(
                        "/api/cases/" + id + "/acknowledgement", Realm.tokenFor("reporter.region")),
                403,
                "/forbidden");
    }

    @Test
    void aCaseBetweenTwoMunicipalitiesIs422() {
        Api.Reply reply =
                Api.post(
                        "/api/cases",
                        Realm.tokenFor("reporter.ostersund"),
                        deviation("krokom", 1, false, "Kommun till kommun"));

        assertProblem(reply, 422, "/unprocessable");
    }

    @Test
    void aPurchasedServiceGoesToTheRegionAndTheMunicipalityIsInformed() {
        JsonObject c =
                file("reporter.region", deviation("ostersund", 1, true, "Nattsjuksköterska"));

        assertEquals(REGION, c.getString("routedToPrincipalId"));
        assertEquals(
                List.of("ostersund"),
                c
                        .getJsonArray("informedPrincipalIds")
                        .getValuesAs(jakarta.json.JsonString.class)
                        .stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertEquals(
                200, Api.get("/api/cases/" + id(c), Realm.tokenFor("handler.ostersund")).status());
    }

    @Test
    void aMisdirectedCaseIsForwardedWithItsHistory() {
        long id = id(file("reporter.region", deviation("krokom", 1, false, "Fel kommun")));

        JsonObject forwarded =
                step(
                        "handler.krokom",
                        id,
                        "forwarding",
                        "{\"toPrincipalId\":\"ostersund\",\"reason\":\"Patienten bor i Östersund\"}");

        assertEquals("ostersund", forwarded.getString("routedToPrincipalId"));
        assertEquals("SUBMITTED", forwarded.getString("status"));
        step("handler.ostersund", id, "acknowledgement", null);
        List<String> events =
                Api.get("/api/cases/" + id + "/history", Realm.tokenFor("reporter.region"))
                        .array()
                        .stream()
                        .map(e -> e.asJsonObject().getString("event"))
                        .toList();
        assertEquals(List.of("SUBMITTED", "FORWARDED", "ACKNOWLEDGED"), events);
    }

    @Test
    void aRetriedFilingWithTheSameKeyMakesNoSecondCase() {
        String key = UUID.randomUUID().toString();
        String body = deviation(REGION, 1, false, "Nätet föll bort");
        HttpRequest.Builder first =
                Api.request("/api/cases", Realm.tokenFor("reporter.ostersund"))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body));
        HttpRequest.Builder again =
                Api.request("/api/cases", Realm.tokenFor("reporter.ostersund"))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body));
        HttpRequest.Builder other =
                Api.request("/api/cases", Realm.tokenFor("reporter.ostersund"))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", key)
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        deviation(REGION, 1, false, "Annat")));

        Api.Reply created = Api.send(first);
        Api.Reply repeated = Api.send(again);

        assertEquals(201, created.status(), created::toString);
        assertEquals(200, repeated.status(), repeated::toString);
        assertEquals(id(created.object()), id(repeated.object()));
        assertProblem(Api.send(other), 422, "/unprocessable");
    }

    @Test
    void badInputIsA400NamingTheFieldAndSavesNothing() {
        String token = Realm.tokenFor("reporter.ostersund");
        String tooLong = "x".repeat(201);

        JsonObject problem =
                assertProblem(
                        Api.post("/api/cases", token, deviation(REGION, 5, false, tooLong)),
                        400,
                        "/validation");
        Set<String> fields = new HashSet<>();
        problem.getJsonArray("errors")
                .forEach(e -> fields.add(e.asJsonObject().getString("field")));
        assertEquals(Set.of("summary", "consequence"), fields);

        assertProblem(
                Api.post("/api/cases", token, deviation(REGION, 1, false, "Styr\\u0007tecken")),
                400,
                "/validation");
        assertProblem(Api.post("/api/cases", token, "{\"type\":"), 400, "/malformed-json");
        assertProblem(
                Api.post("/api/cases", token, "{\"type\":\"DEVIATION\",\"consequence\":\"tre\"}"),
                400,
                "/malformed-json");
        assertProblem(
                Api.post(
                        "/api/cases",
                        token,
                        deviation(REGION, 1, false, "Framtid")
                                .replace("2026-03-14T21:30:00+01:00", "2999-01-01T00:00:00+01:00")),
                400,
                "/validation");
        assertProblem(
                Api.post(
                        "/api/cases",
                        token,
                        deviation(REGION, 1, false, "Okänt område")
                                .replace("MEDICATION", "NO_SUCH_AREA")),
                422,
                "/unprocessable");
        assertProblem(
                Api.send(
                        Api.request("/api/cases", token)
                                .header("Content-Type", "text/plain")
                                .POST(HttpRequest.BodyPublishers.ofString("hej"))),
                415,
                "/unsupported-media-type");
        assertProblem(Api.get("/api/cases?limit=100000", token), 400, "/validation");
        assertProblem(Api.get("/api/cases?cursor=%25%25%25", token), 400, "/bad-request");
        assertProblem(Api.get("/api/cases?status=OPEN", token), 400, "/bad-request");
    }

    @Test
    void aSeriousCaseOpensOneEscalationToTheRoutedToPrincipalsChefslakare() {
        JsonObject c =
                file("reporter.ostersund", deviation(REGION, 3, false, "Allvarlig händelse"));
        assertTrue(c.getBoolean("serious"));

        List<JsonObject> mine =
                Api.get("/api/escalations", Realm.tokenFor("chefslakare.region")).array().stream()
                        .map(JsonValue::asJsonObject)
                        .filter(e -> e.getJsonNumber("caseId").longValue() == id(c))
                        .toList();
        assertEquals(1, mine.size());
        assertEquals(c.getString("caseNumber"), mine.get(0).getString("caseNumber"));
        assertEquals(JsonValue.NULL, mine.get(0).get("acknowledgedAt"));
        assertTrue(
                Api.get("/api/escalations", Realm.tokenFor("mas.krokom")).array().stream()
                        .noneMatch(
                                e ->
                                        e.asJsonObject().getJsonNumber("caseId").longValue()
                                                == id(c)));
        assertProblem(
                Api.get("/api/escalations", Realm.tokenFor("reporter.ostersund")),
                403,
                "/forbidden");

        long escalation = mine.get(0).getJsonNumber("id").longValue();
        Api.Reply acknowledged =
                Api.post(
                        "/api/escalations/" + escalation + "/acknowledgement",
                        Realm.tokenFor("chefslakare.region"),
                        "{\"decision\":\"LEX_MARIA\",\"ivoReference\":\"IVO 2026-123\"}");
        assertEquals(200, acknowledged.status(), acknowledged::toString);
        assertEquals("LEX_MARIA", acknowledged.object().getString("decision"));
        assertProblem(
                Api.post(
                        "/api/escalations/" + escalation + "/acknowledgement",
                        Realm.tokenFor("mas.ostersund"),
                        "{\"decision\":\"NOT_REPORTABLE\"}"),
                404,
                "/not-found");
    }

    @Test
    void theOutgoingBoxPagesByKeysetWithoutSkipsOrRepeats() {
        String token = Realm.tokenFor("reporter.krokom");
        for (int i = 0; i < 5; i++) {
            file("reporter.krokom", deviation(REGION, 1, false, "Sida " + i));
        }

        List<Long> seen = everyPage("/api/cases?box=outgoing&limit=2", token);

        assertTrue(seen.size() >= 5, seen::toString);
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no case twice");
        List<Long> sorted = new ArrayList<>(seen);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, seen, "newest first");
        assertTrue(
                Api.get("/api/cases?box=incoming", Realm.tokenFor("handler.region"))
                                .object()
                                .getJsonArray("items")
                                .size()
                        > 0);
    }

    @Test
    void theIncomingBoxMergesRoutedAndInformedCasesByKeysetWithoutSkipsOrRepeats() {
        // Krokom receives the region's cases about it, and is informed of purchased-service ones.
        String marker = "Blandad inkorg " + System.nanoTime();
        List<Long> filed = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            filed.add(
                    id(
                            file(
                                    "reporter.region",
                                    deviation("krokom", 1, i % 3 == 0, marker + " " + i))));
        }
        String token = Realm.tokenFor("handler.krokom");

        List<Long> seen =
                everyPage(
                        "/api/cases?box=incoming&limit=2&q="
                                + java.net.URLEncoder.encode(
                                        marker, java.nio.charset.StandardCharsets.UTF_8),
                        token);

        List<Long> newestFirst = new ArrayList<>(filed);
        newestFirst.sort(java.util.Comparator.reverseOrder());
        assertEquals(
                newestFirst, seen, "every case once, newest first, routed and informed merged");
    }

    @Test
    void aCaseTheReceiverAssessesAsSeriousEscalatesThenAndOnlyOnce() {
        JsonObject c = file("reporter.region", deviation("krokom", 1, false, "Bedöms allvarlig"));
        assertFalse(c.getBoolean("serious"));

        JsonObject assessed =
                step("mas.krokom", id(c), "assessment", "{\"consequence\":3,\"likelihood\":2}");
        step("handler.krokom", id(c), "assessment", "{\"consequence\":4,\"likelihood\":2}");

        assertTrue(assessed.getBoolean("serious"));
        assertEquals(1, assessed.getInt("consequence"), "the reporter's consequence stays");
        assertEquals(3, assessed.getInt("assessedConsequence"));
        long escalations =
                Api.get("/api/escalations", Realm.tokenFor("mas.krokom")).array().stream()
                        .filter(e -> e.asJsonObject().getJsonNumber("caseId").longValue() == id(c))
                        .count();
        assertEquals(1, escalations);
        assertProblem(
                Api.post(
                        "/api/cases/" + id(c) + "/assessment",
                        Realm.tokenFor("reporter.region"),
                        "{\"consequence\":1,\"likelihood\":1}"),
                403,
                "/forbidden");
    }

    @Test
    void theBoxFiltersByStatusAreaPeriodTextAndOverdue() {
        String marker = "Filter" + UUID.randomUUID().toString().substring(0, 8);
        long received =
                id(file("reporter.ostersund", deviation(REGION, 1, false, marker + " mottaget")));
        long submitted =
                id(file("reporter.ostersund", deviation(REGION, 1, false, marker + " inskickat")));
        step("handler.region", received, "acknowledgement", null);
        String token = Realm.tokenFor("handler.region");

        assertEquals(
                List.of(received),
                ids("/api/cases?box=incoming&status=RECEIVED&q=" + marker, token));
        assertEquals(
                List.of(submitted),
                ids("/api/cases?box=incoming&status=SUBMITTED&q=" + marker, token));
        assertEquals(
                List.of(submitted, received),
                ids("/api/cases?area=MEDICATION&q=" + marker.toLowerCase(), token));
        assertEquals(List.of(), ids("/api/cases?area=PHYSICIAN&q=" + marker, token));
        assertEquals(
                List.of(),
                ids("/api/cases?overdue=true&q=" + marker, token),
                "nothing is late yet");
        assertEquals(
                List.of(submitted, received), ids("/api/cases?overdue=false&q=" + marker, token));
        String now =
                java.net.URLEncoder.encode(
                        OffsetDateTime.now().plusMinutes(5).toString(),
                        java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(List.of(), ids("/api/cases?from=" + now + "&q=" + marker, token));
        assertEquals(
                List.of(submitted, received), ids("/api/cases?to=" + now + "&q=" + marker, token));
        assertEquals(
                List.of(),
                ids("/api/cases?box=outgoing&q=" + marker, token),
                "the region reported none of them");
    }

    /** The ids of every page of a box, following {@code next} until it is null. */
    private static List<Long> everyPage(String path, String token) {
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            Api.Reply page = Api.get(path + (cursor == null ? "" : "&cursor=" + cursor), token);
            assertEquals(200, page.status(), page::toString);
            page.object().getJsonArray("items").forEach(c -> seen.add(id(c.asJsonObject())));
            JsonValue next = page.object().get("next");
            cursor = next == JsonValue.NULL ? null : ((jakarta.json.JsonString) next).getString();
        } while (cursor != null);
        return seen;
    }

    private static List<Long> ids(String path, String token) {
        Api.Reply reply = Api.get(path, token);
        assertEquals(200, reply.status(), reply::toString);
        return reply.object().getJsonArray("items").stream()
                .map(c -> id(c.asJsonObject()))
                .toList();
    }

    @Test
    void aDeadlineExtendedByAgreementMovesAndIsInTheHistory() {
        long id = id(file("reporter.ostersund", deviation(REGION, 1, false, "Förlängd frist")));
        step("handler.region", id, "acknowledgement", null);
        OffsetDateTime until = OffsetDateTime.now().plusMonths(6).withNano(0);
        String untilText = Api.time(until);

        JsonObject extended =
                step(
                        "handler.region",
                        id,
                        "deadline-extensions",
                        "{\"clock\":\"ANSWER\",\"until\":\""
                                + untilText
                                + "\",\"agreement\":\"Överenskommet per telefon\"}");

        assertEquals(
                until.toInstant(),
                OffsetDateTime.parse(extended.getString("answerDue")).toInstant());
        assertProblem(
                Api.post(
                        "/api/cases/" + id + "/deadline-extensions",
                        Realm.tokenFor("handler.region"),
                        "{\"clock\":\"ACKNOWLEDGEMENT\",\"until\":\""
                                + untilText
                                + "\",\"agreement\":\"x\"}"),
                409,
                "/conflict");
        assertTrue(
                Api.get("/api/cases/" + id + "/history", Realm.tokenFor("reporter.ostersund"))
                        .array()
                        .stream()
                        .anyMatch(
                                e ->
                                        e.asJsonObject()
                                                .getString("event")
                                                .equals("DEADLINE_EXTENDED")));
    }

    @Test
    void anOversizedBodyIs413AndSavesNothing() {
        String huge =
                deviation(REGION, 1, false, "Stor")
                        .replace("Jourläkaren kontaktad.", "x".repeat(2 * 1024 * 1024));

        assertProblem(
                Api.post("/api/cases", Realm.tokenFor("reporter.ostersund"), huge),
                413,
                "/payload-too-large");
    }

    @Test
    void aTruncatedBodyIsRefusedAtOnceInsteadOfHangingTheServer() {
        String token = Realm.tokenFor("reporter.ostersund");

        for (String truncated : List.of("{\"x\":{", "{\"summary\":\"a\",\"x\":[", "{\"type\":")) {
            assertProblem(Api.post("/api/cases", token, truncated), 400, "/malformed-json");
        }
    }

    @Test
    void aCaseListsTheActionsOfItsViewerAndItsDialogueAndTheListsCarryNone() {
        JsonObject filed =
                file(
                        "reporter.ostersund",
                        deviation("region-jamtland-harjedalen", 2, false, "Dialog"));
        long id = id(filed);
        assertEquals(
                List.of("COMMENT"),
                filed.getJsonArray("actions").getValuesAs(JsonString::getString));
        JsonObject seen = Api.get("/api/cases/" + id, Realm.tokenFor("handler.region")).object();
        assertEquals(
                List.of(
                        "ACKNOWLEDGE",
                        "FORWARD",
                        "EXTEND_DEADLINE",
                        "ASSESS",
                        "COMMENT",
                        "RAISE_TO_FORUM"),
                seen.getJsonArray("actions").getValuesAs(JsonString::getString));
        assertFalse(seen.containsKey("answerSummary"), "no answer yet: no key");

        Api.Reply comment =
                Api.post(
                        "/api/cases/" + id + "/comments",
                        Realm.tokenFor("handler.region"),
                        "{\"text\":\"Vilken avdelning?\"}");
        assertEquals(201, comment.status(), comment::toString);
        step("handler.region", id, "acknowledgement", null);
        JsonObject answered =
                step(
                        "handler.region",
                        id,
                        "answer",
                        "{\"summary\":\"Utrett\",\"measures\":[{\"description\":\"Rutin\"},"
                                + "{\"description\":\"Utbildning\"}]}");
        assertEquals("Utrett", answered.getString("answerSummary"));
        assertEquals(
                List.of("Rutin", "Utbildning"),
                answered.getJsonArray("measures").getValuesAs(JsonString::getString));
        assertEquals(
                List.of("ASSESS", "COMMENT", "RAISE_TO_FORUM"),
                answered.getJsonArray("actions").getValuesAs(JsonString::getString));
        JsonObject reporterView =
                Api.get("/api/cases/" + id, Realm.tokenFor("reporter.ostersund")).object();
        assertEquals(
                List.of("RETURN", "CLOSE", "COMMENT"),
                reporterView.getJsonArray("actions").getValuesAs(JsonString::getString));

        Api.Reply dialogue =
                Api.get("/api/cases/" + id + "/comments", Realm.tokenFor("reporter.ostersund"));
        assertEquals(200, dialogue.status(), dialogue::toString);
        assertEquals(1, dialogue.array().size());
        JsonObject first = dialogue.array().getJsonObject(0);
        assertEquals("Vilken avdelning?", first.getString("text"));
        assertEquals("region-jamtland-harjedalen", first.getString("principalId"));
        assertEquals(
                404,
                Api.get("/api/cases/" + id + "/comments", Realm.tokenFor("reporter.krokom"))
                        .status(),
                "another municipality does not see the dialogue");

        for (JsonValue item :
                Api.get("/api/cases?box=outgoing&limit=200", Realm.tokenFor("reporter.ostersund"))
                        .object()
                        .getJsonArray("items")) {
            JsonObject listed = item.asJsonObject();
            assertFalse(listed.containsKey("actions"), "a list carries no actions");
            assertFalse(listed.containsKey("measures"), "a list carries no measures");
        }
    }
}
