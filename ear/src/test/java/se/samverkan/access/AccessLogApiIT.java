package se.samverkan.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverkan.testing.ProblemAssert.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samverkan.testing.Api;
import se.samverkan.testing.Deployments;
import se.samverkan.testing.Realm;

/**
 * Patient identity over HTTP: the patient section is validated, a personnummer in free text is
 * refused, and the access log is searchable, samplable, exportable and has no way to change it.
 */
@ExtendWith(ArquillianExtension.class)
class AccessLogApiIT {

    static final String REGION = AccessMatrixIT.REGION;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.realEar();
    }

    private static long file(String body) {
        Api.Reply reply = Api.post("/api/cases", Realm.tokenFor("reporter.ostersund"), body);
        assertEquals(201, reply.status(), reply::toString);
        return reply.object().getJsonNumber("id").longValue();
    }

    private static String withPatient(String patientJson) {
        return """
                {"type":"DEVIATION","occurredAt":"2026-03-14T21:30:00+01:00",
                 "concernedPrincipalId":"%s","areaCode":"MEDICATION","summary":"Fel dos",
                 "description":"Dosetten innehöll fel läkemedel.","consequence":1,"likelihood":2,
                 "seriousEvent":false,"purchasedService":false,"patient":%s}
                """
                .formatted(REGION, patientJson);
    }

    private static String withText(String summary, String description) {
        return """
                {"type":"DEVIATION","occurredAt":"2026-03-14T21:30:00+01:00",
                 "concernedPrincipalId":"%s","areaCode":"MEDICATION","summary":"%s",
                 "description":"%s","consequence":1,"likelihood":2,
                 "seriousEvent":false,"purchasedService":false}
                """
                .formatted(REGION, summary, description);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"personalIdentityNumber\":\"19121212-1213\",\"legalGround\":\"CONSENT\"}",
                "{\"personalIdentityNumber\":\"19121312-1212\",\"legalGround\":\"CONSENT\"}",
                "{\"personalIdentityNumber\":\"1912121212\",\"legalGround\":\"CONSENT\"}",
                "{\"personalIdentityNumber\":\"19121212-1212\"}",
                "{\"personalIdentityNumber\":\"19121212-1212\",\"legalGround\":\"ASKED_NOBODY\"}",
                "{\"legalGround\":\"CONSENT\"}"
            })
    void aPatientWithoutAValidNumberOrALegalGroundIs400AndNothingIsFiled(String patient) {
        String token = Realm.tokenFor("reporter.ostersund");
        int before =
                Api.get("/api/cases?box=outgoing&limit=200", token)
                        .object()
                        .getJsonArray("items")
                        .size();

        Api.Reply reply = Api.post("/api/cases", token, withPatient(patient));

        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertTrue(!reply.body().contains("19121212"), "the number is not echoed: " + reply);
        assertEquals(
                before,
                Api.get("/api/cases?box=outgoing&limit=200", token)
                        .object()
                        .getJsonArray("items")
                        .size());
    }

    @Test
    void aSamordningsnummerIsAValidPatientIdentity() {
        long id =
                file(
                        withPatient(
                                "{\"personalIdentityNumber\":\"701063-2391\",\"legalGround\":\"SECRECY_ASSESSMENT\"}"));
        JsonObject c = Api.get("/api/cases/" + id, Realm.tokenFor("handler.region")).object();
        assertEquals(
                "19701063-2391", c.getJsonObject("patient").getString("personalIdentityNumber"));
        assertEquals("SECRECY_ASSESSMENT", c.getJsonObject("patient").getString("legalGround"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "summary|Patient 19121212-1212 föll",
                "description|Gäller 121212-1212 på avd 5",
                "description|pnr 1212121212",
                "description|Samordningsnummer 701063-2391"
            })
    void aPersonnummerInTheNarrativeIs422WithItsOwnProblemType(String spec) {
        String[] field = spec.split("\\|");
        String body =
                field[0].equals("summary")
                        ? withText(field[1], "Beskrivning")
                        : withText("Sammanfattning", field[1]);
        Api.Reply reply = Api.post("/api/cases", Realm.tokenFor("reporter.ostersund"), body);
        assertProblem(reply, 422, "/patient-identifier-in-text");
        assertTrue(reply.object().getString("detail").contains("patientfältet"), reply::toString);
    }

    @Test
    void phoneAndRoomNumbersInTheNarrativePass() {
        file(withText("Larm rum 1204", "Ring 063-15 30 00 eller 0701234567, säng 3"));
    }

    @Test
    void aPersonnummerInACommentOrAnAnswerIs422() {
        long id = file(withText("Fel dos", "Beskrivning"));
        assertProblem(
                Api.post(
                        "/api/cases/" + id + "/comments",
                        Realm.tokenFor("handler.region"),
                        "{\"text\":\"Gäller 19121212-1212\"}"),
                422,
                "/patient-identifier-in-text");
        assertEquals(
                200,
                Api.post("/api/cases/" + id + "/acknowledgement", Realm.tokenFor("handler.region"))
                        .status());
        assertProblem(
                Api.post(
                        "/api/cases/" + id + "/answer",
                        Realm.tokenFor("handler.region"),
                        "{\"summary\":\"Utrett\",\"measures\":[{\"description\":\"Ring 121212-1212\"}]}"),
                422,
                "/patient-identifier-in-text");
        assertEquals(
                "RECEIVED",
                Api.get("/api/cases/" + id, Realm.tokenFor("handler.region"))
                        .object()
                        .getString("status"),
                "nothing half-written");
    }

    @Test
    void theLogIsSearchableByPeriodCaseAndUserAndSamplable() {
        OffsetDateTime from = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5);
        long id =
                file(
                        withPatient(
                                "{\"personalIdentityNumber\":\"19121212-1212\",\"legalGround\":\"CONSENT\"}"));
        for (int i = 0; i < 5; i++) {
            assertEquals(
                    200, Api.get("/api/cases/" + id, Realm.tokenFor("handler.region")).status());
        }
        String admin = Realm.tokenFor("admin");
        String period =
                "from="
                        + enc(from.toString())
                        + "&to="
                        + enc(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1).toString());

        List<JsonObject> all = objects(Api.get("/api/access-log?caseId=" + id, admin));
        assertEquals(6, all.size(), "one FILE, five READ");
        assertEquals("FILE", all.get(0).getString("action"));
        assertEquals("reporter.ostersund", all.get(0).getString("user"));
        assertEquals("ostersund", all.get(0).getString("principalId"));
        assertEquals(
                5,
                objects(Api.get("/api/access-log?caseId=" + id + "&user=handler.region", admin))
                        .size());
        assertTrue(objects(Api.get("/api/access-log?" + period, admin)).size() >= 6);

        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            List<JsonObject> sample =
                    objects(Api.get("/api/access-log?caseId=" + id + "&sample=2&" + period, admin));
            assertEquals(2, sample.size());
            sample.forEach(e -> drawn.add(e.getString("at") + e.getString("action")));
        }
        assertTrue(drawn.size() > 2, "a sample is random, not the first entries: " + drawn);

        Api.Reply csv =
                Api.send(
                        Api.request("/api/access-log?caseId=" + id, admin)
                                .header("Accept", "text/csv")
                                .GET());
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.contentType().startsWith("text/csv"), csv::toString);
        List<String> lines = csv.body().lines().toList();
        assertEquals("at,user,principalId,caseId,action", lines.get(0));
        assertEquals(7, lines.size());
        assertTrue(lines.get(1).endsWith("," + id + ",FILE"), lines.get(1));
    }

    @Test
    void badSearchParametersAre400() {
        String admin = Realm.tokenFor("admin");
        assertProblem(Api.get("/api/access-log?from=yesterday", admin), 400, "/bad-request");
        assertEquals(400, Api.get("/api/access-log?sample=0", admin).status());
        assertEquals(400, Api.get("/api/access-log?limit=100000", admin).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "PATCH", "DELETE"})
    void noInterfaceChangesOrDeletesAnEntry(String method) {
        Api.Reply reply =
                Api.send(
                        Api.request("/api/access-log", Realm.tokenFor("admin"))
                                .header("Content-Type", "application/json")
                                .method(method, HttpRequest.BodyPublishers.ofString("[]")));
        assertEquals(405, reply.status(), reply::toString);
    }

    private static List<JsonObject> objects(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().stream().map(JsonValue::asJsonObject).toList();
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
