package se.samverkan.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverkan.testing.ProblemAssert.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.testing.Api;
import se.samverkan.testing.Deployments;
import se.samverkan.testing.Realm;

/** Importing history: good lines go in, bad ones are reported by number, nothing repeats. */
@ExtendWith(ArquillianExtension.class)
class ImportsApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.realEar();
    }

    static String line(
            String externalId,
            String reporting,
            String concerned,
            int consequence,
            String closedAt) {
        return ("{\"externalId\":\"%s\",\"type\":\"DEVIATION\",\"reportingPrincipalId\":\"%s\","
                        + "\"concernedPrincipalId\":\"%s\",\"areaCode\":\"INFORMATION\","
                        + "\"summary\":\"Epikris saknades\",\"description\":\"Historiskt ärende\","
                        + "\"consequence\":%d,\"likelihood\":2,\"seriousEvent\":false,"
                        + "\"purchasedService\":false,\"occurredAt\":\"2025-12-31T22:00:00+01:00\","
                        + "\"submittedAt\":\"2025-12-31T23:30:00+01:00\",\"answerDue\":null,"
                        + "\"acknowledgedAt\":\"2026-01-02T09:00:00+01:00\","
                        + "\"answeredAt\":\"2026-01-20T10:00:00+01:00\",\"closedAt\":%s,"
                        + "\"forwarded\":true}")
                .formatted(
                        externalId,
                        reporting,
                        concerned,
                        consequence,
                        closedAt == null ? "null" : "\"" + closedAt + "\"");
    }

    static Api.Reply importing(String user, String ndjson) {
        return Api.send(
                Api.request("/api/imports", Realm.tokenFor(user))
                        .header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofString(ndjson)));
    }

    @Test
    void goodLinesGoInBadLinesAreReportedByNumberAndARepeatChangesNothing() {
        String run = UUID.randomUUID().toString();
        String file =
                String.join(
                        "\n",
                        line(
                                run + "-1",
                                "ostersund",
                                "region-jamtland-harjedalen",
                                4,
                                "2026-01-25T12:00:00+01:00"),
                        "{\"externalId\":\"cut\",\"x\":{",
                        line(run + "-3", "ostersund", "krokom", 1, null),
                        line(run + "-4", "ostersund", "region-jamtland-harjedalen", 9, null),
                        "",
                        line(run + "-6", "region-jamtland-harjedalen", "krokom", 2, null));

        Api.Reply first = importing("admin", file);
        Api.Reply again = importing("admin", file);

        assertEquals(200, first.status(), first::toString);
        assertEquals(2, first.object().getInt("imported"), first::toString);
        List<Integer> rejectedLines =
                first.object().getJsonArray("rejected").stream()
                        .map(r -> r.asJsonObject().getInt("line"))
                        .toList();
        assertEquals(List.of(2, 3, 4), rejectedLines);
        JsonObject consequence =
                first.object()
                        .getJsonArray("rejected")
                        .getJsonObject(2)
                        .getJsonArray("errors")
                        .getJsonObject(0);
        assertEquals("consequence", consequence.getString("field"));
        assertEquals(0, again.object().getInt("imported"), again::toString);
        assertEquals(
                rejectedLines,
                again.object().getJsonArray("rejected").stream()
                        .map(r -> r.asJsonObject().getInt("line"))
                        .toList());
    }

    @Test
    void anImportedCaseIsAnOrdinaryCaseButOpensNoEscalation() {
        String externalId = UUID.randomUUID().toString();
        Api.Reply reply =
                importing(
                        "admin",
                        line(
                                externalId,
                                "krokom",
                                "region-jamtland-harjedalen",
                                4,
                                "2026-01-25T12:00:00+01:00"));
        assertEquals(1, reply.object().getInt("imported"), reply::toString);

        JsonObject found =
                Api.get(
                                "/api/cases?box=outgoing&q=Epikris&limit=200",
                                Realm.tokenFor("reporter.krokom"))
                        .object()
                        .getJsonArray("items")
                        .stream()
                        .map(JsonValue::asJsonObject)
                        .filter(c -> c.getString("submittedAt").startsWith("2025-12-31T23:30"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("CLOSED", found.getString("status"));
        assertTrue(found.getBoolean("serious"));
        assertTrue(found.getString("caseNumber").startsWith("SAM-2025-"), found::toString);
        long id = found.getJsonNumber("id").longValue();
        assertTrue(
                Api.get("/api/escalations", Realm.tokenFor("chefslakare.region")).array().stream()
                        .noneMatch(
                                e -> e.asJsonObject().getJsonNumber("caseId").longValue() == id));
        assertEquals(
                List.of("IMPORTED"),
                Api.get("/api/cases/" + id + "/history", Realm.tokenFor("reporter.krokom"))
                        .array()
                        .stream()
                        .map(e -> e.asJsonObject().getString("event"))
                        .toList());
    }

    @Test
    void onlyAnAdministratorImportsAndOnlyNdjson() {
        assertProblem(
                importing(
                        "handler.region",
                        line("x", "krokom", "region-jamtland-harjedalen", 1, null)),
                403,
                "/forbidden");
        assertProblem(
                Api.post("/api/imports", Realm.tokenFor("admin"), "{}"),
                415,
                "/unsupported-media-type");
    }
}
