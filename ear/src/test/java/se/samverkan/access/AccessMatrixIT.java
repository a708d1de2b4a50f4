package se.samverkan.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.samverkan.testing.Api;
import se.samverkan.testing.Deployments;
import se.samverkan.testing.Realm;

/**
 * The access matrix of {@code docs/access.md}, cell by cell: every endpoint with every demo user
 * (all roles; own, routed-to, informed and other principals) against the real Keycloak, the real
 * EAR and the database. Asserts the exact status, whether the response carries the patient
 * identity, and that exactly the responses that carry it wrote one access-log entry.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    static final String REGION = "region-jamtland-harjedalen";
    static final String PATIENT = "19121212-1212";
    static final Path DOC =
            Path.of(System.getProperty("samverkan.access-doc", "../docs/access.md"));

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.realEar();
    }

    /** One cell: a row of the table and a user's expected answer. */
    record Cell(
            String method, String path, String setup, String user, int status, boolean patient) {
        @Override
        public String toString() {
            return method
                    + " "
                    + path
                    + " ["
                    + setup
                    + "] as "
                    + user
                    + " -> "
                    + status
                    + (patient ? " P" : "");
        }
    }

    static List<Cell> cells() throws IOException {
        String doc = Files.readString(DOC);
        String table =
                doc.substring(
                        doc.indexOf("<!-- access-matrix:start -->"),
                        doc.indexOf("<!-- access-matrix:end -->"));
        List<String[]> rows =
                table.lines()
                        .filter(line -> line.startsWith("|"))
                        .map(
                                line ->
                                        Arrays.stream(line.split("\\|"))
                                                .skip(1)
                                                .map(String::strip)
                                                .toArray(String[]::new))
                        .toList();
        String[] header = rows.get(0);
        List<Cell> cells = new ArrayList<>();
        for (String[] row : rows.subList(2, rows.size())) {
            String[] endpoint = row[0].split(" ", 2);
            for (int column = 2; column < header.length; column++) {
                String[] expected = row[column].split(" ");
                cells.add(
                        new Cell(
                                endpoint[0],
                                endpoint[1],
                                row[1],
                                header[column],
                                Integer.parseInt(expected[0]),
                                expected.length > 1 && expected[1].equals("P")));
            }
        }
        return cells;
    }

    static Stream<Arguments> matrix() throws IOException {
        return cells().stream().map(Arguments::of);
    }

    @Test
    void theMatrixCoversEveryDemoUserAndEveryEndpointOfTheContract() throws IOException {
        List<Cell> cells = cells();
        assertEquals(11, cells.stream().map(Cell::user).distinct().count());
        for (String endpoint :
                List.of(
                        "POST /api/cases",
                        "GET /api/cases?box=incoming",
                        "GET /api/cases/{id}",
                        "GET /api/cases/{id}/history",
                        "GET /api/cases/{id}/comments",
                        "POST /api/cases/{id}/acknowledgement",
                        "POST /api/cases/{id}/forwarding",
                        "POST /api/cases/{id}/answer",
                        "POST /api/cases/{id}/return",
                        "POST /api/cases/{id}/closure",
                        "POST /api/cases/{id}/comments",
                        "POST /api/cases/{id}/assessment",
                        "POST /api/cases/{id}/deadline-extensions",
                        "GET /api/escalations",
                        "POST /api/escalations/{escalation}/acknowledgement",
                        "GET /api/access-log",
                        "POST /api/imports",
                        "GET /api/principals",
                        "GET /api/areas",
                        "GET /api/registry",
                        "GET /api/follow-ups",
                        "POST /api/cases/{id}/forum-matters",
                        "GET /api/forum-matters",
                        "PATCH /api/forum-matters/{matter}")) {
            assertTrue(
                    cells.stream().anyMatch(c -> (c.method() + " " + c.path()).equals(endpoint)),
                    endpoint + " is missing from docs/access.md");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void everyCellOfTheMatrixHolds(Cell cell) {
        long caseId = setUp(cell.setup());
        String path = cell.path().replace("{id}", Long.toString(caseId));
        if (path.contains("{escalation}")) {
            path = path.replace("{escalation}", Long.toString(escalationOf(caseId)));
        }
        if (path.contains("{matter}")) {
            path = path.replace("{matter}", Long.toString(matterOf(caseId)));
        }
        long logBefore = caseId > 0 ? logEntries(caseId, cell.user()) : 0;

        Api.Reply reply = call(cell, path);

        assertEquals(cell.status(), reply.status(), () -> cell + ": " + reply);
        long logged = caseId > 0 ? logEntries(caseId, cell.user()) - logBefore : 0;
        boolean shown = reply.body().contains("personalIdentityNumber");
        if (cell.path().equals("/api/cases") && reply.status() == 201) {
            caseId = reply.object().getJsonNumber("id").longValue();
            logged = logEntries(caseId, cell.user());
        }
        assertEquals(cell.patient(), shown, () -> cell + ": patient shown? " + reply);
        assertEquals(cell.patient() ? 1 : 0, logged, () -> cell + ": access-log entries written");
        if (reply.status() / 100 == 2
                && reply.body().startsWith("{")
                && reply.object().containsKey("routedToPrincipalId")) {
            JsonObject c = reply.object();
            assertTrue(c.getBoolean("hasPatient"), () -> cell + ": hasPatient");
            assertEquals(cell.patient(), c.containsKey("patient"), () -> cell + ": patient key");
            if (cell.patient()) {
                assertEquals(
                        PATIENT, c.getJsonObject("patient").getString("personalIdentityNumber"));
            }
        }
        if (!cell.patient()) {
            assertFalse(
                    reply.body().contains("19121212") || reply.body().contains("121212-1212"),
                    () -> cell + ": no trace of the number");
        }
    }

    private static Api.Reply call(Cell cell, String path) {
        String token = Realm.tokenFor(cell.user());
        if (cell.method().equals("GET")) {
            return Api.get(path, token);
        }
        String body = body(cell);
        if (cell.method().equals("PATCH")) {
            return Api.patch(path, token, body);
        }
        if (cell.path().equals("/api/imports")) {
            return Api.send(
                    Api.request(path, token)
                            .header("Content-Type", "application/x-ndjson")
                            .POST(HttpRequest.BodyPublishers.ofString(body)));
        }
        return body == null ? Api.post(path, token) : Api.post(path, token, body);
    }

    private static String body(Cell cell) {
        String path = cell.path();
        if (path.equals("/api/cases")) {
            boolean municipal =
                    !cell.user().endsWith(".region")
                            && !cell.user().equals("forum")
                            && !cell.user().equals("admin");
            return filing(municipal ? REGION : "ostersund", 2, false);
        }
        if (path.equals("/api/imports")) {
            return """
                    {"externalId":"matrix-%d","type":"DEVIATION","reportingPrincipalId":"krokom","concernedPrincipalId":"%s","areaCode":"OTHER","summary":"Historiskt","description":"Från det gamla systemet","consequence":1,"likelihood":1,"seriousEvent":false,"purchasedService":false,"occurredAt":"2024-01-10T10:00:00+01:00","submittedAt":"2024-01-10T11:00:00+01:00","answerDue":null,"acknowledgedAt":null,"answeredAt":null,"closedAt":null,"forwarded":false}
                    """
                    .formatted(System.nanoTime(), REGION)
                    .strip();
        }
        if (cell.method().equals("PATCH") && path.startsWith("/api/forum-matters/")) {
            return "{\"ownerPrincipalId\":\"ostersund\",\"status\":\"IN_PROGRESS\","
                    + "\"statusNote\":\"Arbetsgrupp tillsatt\"}";
        }
        return switch (path.substring(path.lastIndexOf('/') + 1)) {
            case "forum-matters" ->
                    "{\"kind\":\"RECURRING_FAULT\",\"subject\":\"Läkemedelslistan följer inte med\"}";
            case "forwarding" ->
                    "{\"toPrincipalId\":\"krokom\",\"reason\":\"Gäller Krokoms hemsjukvård\"}";
            case "answer" ->
                    "{\"summary\":\"Utrett\",\"measures\":[{\"description\":\"Rutinen ses över\"}]}";
            case "return" -> "{\"reason\":\"Svaret saknar åtgärd för natten\"}";
            case "comments" -> "{\"text\":\"Vi återkommer i morgon\"}";
            case "assessment" -> "{\"consequence\":4,\"likelihood\":2}";
            case "deadline-extensions" ->
                    "{\"clock\":\"ANSWER\",\"until\":\"2027-12-30T12:00:00+01:00\",\"agreement\":\"Överenskommet per telefon\"}";
            case "acknowledgement" ->
                    path.contains("escalations") ? "{\"decision\":\"UNDER_ASSESSMENT\"}" : null;
            default -> null;
        };
    }

    static String filing(String concerned, int consequence, boolean purchased) {
        return """
                {"type":"DEVIATION","occurredAt":"2026-03-14T21:30:00+01:00",
                 "concernedPrincipalId":"%s","areaCode":"MEDICATION","summary":"Fel dos i dosett",
                 "description":"Dosetten innehöll fel läkemedel.","immediateActions":"Jourläkaren kontaktad.",
                 "consequence":%d,"likelihood":2,"seriousEvent":false,"purchasedService":%b,
                 "patient":{"personalIdentityNumber":"%s","legalGround":"CONSENT","note":"Samtycke muntligt"}}
                """
                .formatted(concerned, consequence, purchased, PATIENT);
    }

    /** A fresh case for the row, in the state it names; 0 where the row needs none. */
    private static long setUp(String setup) {
        return switch (setup) {
            case "-", "file" -> 0;
            case "A" -> file("reporter.ostersund", filing(REGION, 3, false));
            case "A/RECEIVED" -> {
                long id = setUp("A");
                step("handler.region", id, "acknowledgement", null);
                yield id;
            }
            case "A/ANSWERED" -> {
                long id = setUp("A/RECEIVED");
                step(
                        "handler.region",
                        id,
                        "answer",
                        "{\"summary\":\"Utrett\",\"measures\":[{\"description\":\"Ny rutin\"}]}");
                yield id;
            }
            case "B" -> file("reporter.region", filing("krokom", 2, true));
            case "A/RAISED" -> {
                long id = setUp("A");
                Api.Reply raised =
                        Api.post(
                                "/api/cases/" + id + "/forum-matters",
                                Realm.tokenFor("handler.region"),
                                "{\"kind\":\"PRINCIPLE\",\"subject\":\"Vem ansvarar för dosetten\"}");
                assertEquals(201, raised.status(), raised::toString);
                yield id;
            }
            case "C" -> file("reporter.region", filing("ostersund", 2, false));
            default -> throw new IllegalArgumentException("unknown case setup " + setup);
        };
    }

    private static long file(String user, String body) {
        Api.Reply reply = Api.post("/api/cases", Realm.tokenFor(user), body);
        assertEquals(201, reply.status(), reply::toString);
        return reply.object().getJsonNumber("id").longValue();
    }

    private static void step(String user, long id, String step, String body) {
        Api.Reply reply =
                body == null
                        ? Api.post("/api/cases/" + id + "/" + step, Realm.tokenFor(user))
                        : Api.post("/api/cases/" + id + "/" + step, Realm.tokenFor(user), body);
        assertEquals(200, reply.status(), () -> step + ": " + reply);
    }

    private static long escalationOf(long caseId) {
        Api.Reply reply = Api.get("/api/escalations", Realm.tokenFor("chefslakare.region"));
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getJsonNumber("caseId").longValue() == caseId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no escalation for case " + caseId))
                .getJsonNumber("id")
                .longValue();
    }

    /** The forum's register line of a case, as the forum finds it. */
    private static long matterOf(long caseId) {
        Api.Reply reply = Api.get("/api/forum-matters", Realm.tokenFor("forum"));
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().stream()
                .map(JsonValue::asJsonObject)
                .filter(m -> m.getJsonNumber("caseId").longValue() == caseId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no matter for case " + caseId))
                .getJsonNumber("id")
                .longValue();
    }

    /** Access-log entries of a case and user, as the administrator's review finds them. */
    static long logEntries(long caseId, String user) {
        Api.Reply reply =
                Api.get(
                        "/api/access-log?caseId="
                                + caseId
                                + "&user="
                                + URLEncoder.encode(user, StandardCharsets.UTF_8),
                        Realm.tokenFor("admin"));
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().size();
    }
}
