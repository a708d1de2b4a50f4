package se.samverkan.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverkan.testing.ProblemAssert.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.testing.Api;
import se.samverkan.testing.Deployments;
import se.samverkan.testing.Realm;

/**
 * The joint forum's register over HTTP: a party's handler raises a case, the case shows it and is
 * not offered for raising again, the forum gives it an owner and status; bad input is refused with
 * a problem and changes nothing. (Who may do what, cell by cell, is in the access matrix.)
 */
@ExtendWith(ArquillianExtension.class)
class ForumRegisterApiIT {

    static final String REGION = "region-jamtland-harjedalen";
    static final String NARRATIVE = "Dosetten till natten innehöll fel läkemedel.";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.realEar();
    }

    private static long fileAboutTheRegion() {
        Api.Reply filed =
                Api.post(
                        "/api/cases",
                        Realm.tokenFor("reporter.ostersund"),
                        """
                        {"type":"DEVIATION","occurredAt":"2026-03-14T21:30:00+01:00",
                         "concernedPrincipalId":"%s","areaCode":"DISCHARGE",
                         "summary":"Läkemedelslistan saknades","description":"%s",
                         "consequence":2,"likelihood":3,"seriousEvent":false,"purchasedService":false}
                        """
                                .formatted(REGION, NARRATIVE));
        assertEquals(201, filed.status(), filed::toString);
        return filed.object().getJsonNumber("id").longValue();
    }

    private static Api.Reply raise(long id, String user, String body) {
        return Api.post("/api/cases/" + id + "/forum-matters", Realm.tokenFor(user), body);
    }

    @Test
    void aHandlerRaisesACaseOnceAndTheForumGivesItAnOwnerAndAStatus() {
        long id = fileAboutTheRegion();
        assertTrue(
                Api.get("/api/cases/" + id, Realm.tokenFor("handler.region"))
                        .object()
                        .getJsonArray("actions")
                        .contains(jakarta.json.Json.createValue("RAISE_TO_FORUM")));

        Api.Reply raised =
                raise(
                        id,
                        "handler.region",
                        "{\"kind\":\"RECURRING_FAULT\",\"subject\":\"  Läkemedelslistan följer inte med vid utskrivning  \"}");
        assertEquals(201, raised.status(), raised::toString);
        JsonObject matter = raised.object();
        long matterId = matter.getJsonNumber("id").longValue();
        assertTrue(raised.header("Location").endsWith("/forum-matters/" + matterId));
        assertEquals("RAISED", matter.getString("status"));
        assertEquals("RECURRING_FAULT", matter.getString("kind"));
        assertEquals(
                "Läkemedelslistan följer inte med vid utskrivning", matter.getString("subject"));
        assertEquals(REGION, matter.getString("raisedByPrincipalId"));
        assertEquals("DISCHARGE", matter.getString("areaCode"));
        assertEquals(JsonValue.NULL, matter.get("ownerPrincipalId"));

        assertProblem(
                raise(id, "handler.ostersund", "{\"kind\":\"PRINCIPLE\",\"subject\":\"Igen\"}"),
                409,
                "/conflict");

        for (String party : new String[] {"handler.region", "handler.ostersund"}) {
            JsonObject c = Api.get("/api/cases/" + id, Realm.tokenFor(party)).object();
            assertFalse(
                    c.getJsonArray("actions").toString().contains("RAISE_TO_FORUM"),
                    party + " is not offered to raise it again");
            assertEquals(matterId, c.getJsonObject("forumMatter").getJsonNumber("id").longValue());
        }
        assertTrue(
                Api.get("/api/cases/" + id + "/history", Realm.tokenFor("reporter.ostersund"))
                        .body()
                        .contains("\"event\":\"RAISED_TO_FORUM\""));

        String forum = Realm.tokenFor("forum");
        Api.Reply register = Api.get("/api/forum-matters", forum);
        assertEquals(200, register.status(), register::toString);
        assertTrue(register.body().contains("\"id\":" + matterId));
        assertFalse(register.body().contains(NARRATIVE), "the forum never reads the narrative");
        assertFalse(register.body().contains("reporter.ostersund"), "nor names");

        Api.Reply changed =
                Api.patch(
                        "/api/forum-matters/" + matterId,
                        forum,
                        "{\"ownerPrincipalId\":\"ostersund\",\"status\":\"IN_PROGRESS\",\"statusNote\":\"Arbetsgrupp tillsatt\"}");
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("ostersund", changed.object().getString("ownerPrincipalId"));
        assertEquals("IN_PROGRESS", changed.object().getString("status"));
        JsonObject seen =
                Api.get("/api/cases/" + id, Realm.tokenFor("handler.ostersund"))
                        .object()
                        .getJsonObject("forumMatter");
        assertEquals("IN_PROGRESS", seen.getString("status"));
        assertEquals("Arbetsgrupp tillsatt", seen.getString("statusNote"));

        // Bad changes are refused and change nothing.
        assertProblem(
                Api.patch(
                        "/api/forum-matters/" + matterId,
                        forum,
                        "{\"ownerPrincipalId\":\"narnia\",\"status\":\"RESOLVED\"}"),
                422,
                "/unprocessable");
        assertProblem(
                Api.patch("/api/forum-matters/" + matterId, forum, "{\"ownerPrincipalId\":null}"),
                400,
                "/validation");
        assertProblem(
                Api.patch(
                        "/api/forum-matters/" + matterId,
                        forum,
                        "{\"status\":\"RESOLVED\",\"statusNote\":\"Gällde 19121212-1212\"}"),
                422,
                "/patient-identifier-in-text");
        assertProblem(
                Api.patch("/api/forum-matters/987654321", forum, "{\"status\":\"RESOLVED\"}"),
                404,
                "/not-found");
        assertEquals(
                "IN_PROGRESS",
                Api.get("/api/cases/" + id, Realm.tokenFor("handler.region"))
                        .object()
                        .getJsonObject("forumMatter")
                        .getString("status"));
    }

    @Test
    void badRaisingIsRefusedAndRaisesNothing() {
        long id = fileAboutTheRegion();
        assertProblem(
                raise(id, "handler.region", "{\"kind\":\"GOSSIP\",\"subject\":\"Något\"}"),
                400,
                "");
        assertProblem(
                raise(id, "handler.region", "{\"kind\":\"PRINCIPLE\",\"subject\":\"  \"}"),
                400,
                "/validation");
        assertProblem(
                raise(
                        id,
                        "handler.region",
                        "{\"kind\":\"PRINCIPLE\",\"subject\":\"" + "x".repeat(201) + "\"}"),
                400,
                "/validation");
        assertProblem(
                raise(
                        id,
                        "handler.region",
                        "{\"kind\":\"PRINCIPLE\",\"subject\":\"Gäller patient 19121212-1212\"}"),
                422,
                "/patient-identifier-in-text");
        assertProblem(raise(id, "handler.region", "{\"kind\":"), 400, "/malformed-json");
        JsonObject c = Api.get("/api/cases/" + id, Realm.tokenFor("handler.region")).object();
        assertFalse(c.containsKey("forumMatter"), "nothing was raised");
        assertTrue(c.getJsonArray("actions").toString().contains("RAISE_TO_FORUM"));
    }
}
