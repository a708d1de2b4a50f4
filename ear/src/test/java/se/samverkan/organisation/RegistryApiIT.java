package se.samverkan.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.testing.Api;
import se.samverkan.testing.Deployments;
import se.samverkan.testing.ProblemAssert;
import se.samverkan.testing.Realm;

/**
 * Administrators keep the registry: add, rename and retire principals, units and areas, and nothing
 * is deleted. Everyone else is refused every change.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryApiIT {

    static final List<String> NOT_ADMINS =
            Realm.DEMO_USERS.stream().filter(user -> !user.equals("admin")).toList();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.realEar();
    }

    static String admin() {
        return Realm.tokenFor("admin");
    }

    static JsonObject principalIn(JsonObject registry, String id) {
        return registry.getJsonArray("principals").stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> p.getString("id").equals(id))
                .findFirst()
                .orElseThrow();
    }

    static String filing(String area, String concerned) {
        return """
                {"type":"DEVIATION","occurredAt":"2026-03-14T21:30:00+01:00",
                 "concernedPrincipalId":"%s","areaCode":"%s","summary":"Registret",
                 "description":"Prov.","immediateActions":"","consequence":1,"likelihood":1,
                 "seriousEvent":false,"purchasedService":false}
                """
                .formatted(concerned, area);
    }

    @Test
    void theAdministratorReadsTheWholeRegistry() {
        Api.Reply reply = Api.get("/api/registry", admin());
        assertEquals(200, reply.status(), reply::toString);
        JsonObject registry = reply.object();
        assertTrue(registry.getJsonArray("principals").size() >= 9);
        JsonObject region = principalIn(registry, "region-jamtland-harjedalen");
        assertEquals("REGION", region.getString("kind"));
        assertFalse(region.getJsonArray("units").isEmpty(), "the region's units are listed");
        assertTrue(region.getString("medicalOfficerEmail").contains("@"));
        JsonObject medication =
                registry.getJsonArray("areas").stream()
                        .map(JsonValue::asJsonObject)
                        .filter(a -> a.getString("code").equals("MEDICATION"))
                        .findFirst()
                        .orElseThrow();
        assertFalse(medication.getString("nameSv").isBlank());
        assertFalse(medication.getString("nameEn").isBlank());
    }

    @Test
    void anAreaIsAddedRenamedAndRetiredAndARetiredAreaTakesNoNewCase() {
        Api.Reply added =
                Api.post(
                        "/api/registry/areas",
                        admin(),
                        """
                        {"code":"NUTRITION","nameSv":"Nutrition","nameEn":"Nutrition",
                         "descriptionSv":"Kost och vätska.","descriptionEn":"Food and fluids."}
                        """);
        assertEquals(201, added.status(), added::toString);
        assertEquals(
                409,
                Api.post(
                                "/api/registry/areas",
                                admin(),
                                """
                                {"code":"NUTRITION","nameSv":"x","nameEn":"x",
                                 "descriptionSv":"x","descriptionEn":"x"}
                                """)
                        .status(),
                "a code is taken once");
        String nurse = Realm.tokenFor("reporter.ostersund");
        assertEquals(
                201,
                Api.post("/api/cases", nurse, filing("NUTRITION", "region-jamtland-harjedalen"))
                        .status());

        Api.Reply renamed =
                Api.patch(
                        "/api/registry/areas/NUTRITION",
                        admin(),
                        "{\"nameSv\":\"Nutrition och vätska\"}");
        assertEquals(200, renamed.status(), renamed::toString);
        assertEquals("Nutrition och vätska", renamed.object().getString("nameSv"));
        assertEquals("Nutrition", renamed.object().getString("nameEn"), "the rest is kept");

        Api.Reply retired =
                Api.patch("/api/registry/areas/NUTRITION", admin(), "{\"retired\":true}");
        assertEquals(200, retired.status(), retired::toString);
        JsonObject listed =
                Api.get("/api/areas", nurse).array().stream()
                        .map(JsonValue::asJsonObject)
                        .filter(a -> a.getString("code").equals("NUTRITION"))
                        .findFirst()
                        .orElseThrow();
        assertTrue(listed.getBoolean("retired"), "a retired area is still listed, as retired");
        Api.Reply refused =
                Api.post("/api/cases", nurse, filing("NUTRITION", "region-jamtland-harjedalen"));
        assertEquals(422, refused.status(), refused::toString);

        assertEquals(
                404,
                Api.patch("/api/registry/areas/NO_SUCH", admin(), "{\"retired\":true}").status());
        Api.Reply bad =
                Api.post(
                        "/api/registry/areas",
                        admin(),
                        "{\"code\":\"not a code\",\"nameSv\":\"\",\"nameEn\":\"x\","
                                + "\"descriptionSv\":\"x\",\"descriptionEn\":\"x\"}");
        ProblemAssert.assertProblem(bad, 400, "/validation");
        assertTrue(bad.body().contains("\"code\""), bad::toString);
    }

    @Test
    void aUnitIsAddedRenamedAndRetired() {
        Api.Reply added =
                Api.post(
                        "/api/registry/principals/krokom/units",
                        admin(),
                        "{\"code\":\"sabo-test-krokom\",\"name\":\"Särskilt boende Test\","
                                + "\"kind\":\"SPECIAL_HOUSING\"}");
        assertEquals(201, added.status(), added::toString);
        long id = added.object().getJsonNumber("id").longValue();
        Api.Reply renamed =
                Api.patch(
                        "/api/registry/units/" + id,
                        admin(),
                        "{\"name\":\"Särskilt boende Björken\",\"retired\":true}");
        assertEquals(200, renamed.status(), renamed::toString);
        JsonObject unit =
                principalIn(Api.get("/api/registry", admin()).object(), "krokom")
                        .getJsonArray("units")
                        .stream()
                        .map(JsonValue::asJsonObject)
                        .filter(u -> u.getJsonNumber("id").longValue() == id)
                        .findFirst()
                        .orElseThrow();
        assertEquals("Särskilt boende Björken", unit.getString("name"));
        assertTrue(unit.getBoolean("retired"));
        assertEquals(
                404,
                Api.post(
                                "/api/registry/principals/nowhere/units",
                                admin(),
                                "{\"code\":\"x-1\",\"name\":\"X\",\"kind\":\"OTHER\"}")
                        .status());
    }

    @Test
    void aMunicipalityIsAddedRenamedAndRetiredAndARetiredOneIsNoLongerOffered() {
        Api.Reply added =
                Api.post(
                        "/api/registry/principals",
                        admin(),
                        """
                        {"id":"nykommun","name":"Nya kommunen","code":"2399",
                         "handlerEmail":"avvikelser@nykommun.samverkan.example",
                         "medicalOfficerEmail":"mas@nykommun.samverkan.example"}
                        """);
        assertEquals(201, added.status(), added::toString);
        assertEquals("MUNICIPALITY", added.object().getString("kind"));
        assertEquals(
                409,
                Api.post(
                                "/api/registry/principals",
                                admin(),
                                """
                                {"id":"annan","name":"Annan","code":"2399",
                                 "handlerEmail":"a@b.example","medicalOfficerEmail":"c@d.example"}
                                """)
                        .status(),
                "an SCB code is taken once");
        Api.Reply renamed =
                Api.patch(
                        "/api/registry/principals/nykommun",
                        admin(),
                        "{\"name\":\"Nya kommunen i länet\"}");
        assertEquals("Nya kommunen i länet", renamed.object().getString("name"));

        String regionReporter = Realm.tokenFor("reporter.region");
        assertEquals(
                201, Api.post("/api/cases", regionReporter, filing("OTHER", "nykommun")).status());
        Api.Reply retired =
                Api.patch("/api/registry/principals/nykommun", admin(), "{\"retired\":true}");
        assertEquals(200, retired.status(), retired::toString);
        assertTrue(retired.object().getBoolean("retired"));
        assertFalse(
                Api.get("/api/principals", regionReporter).body().contains("nykommun"),
                "a retired principal is no longer offered");
        Api.Reply refused = Api.post("/api/cases", regionReporter, filing("OTHER", "nykommun"));
        assertEquals(422, refused.status(), refused::toString);
        assertTrue(refused.body().contains("Nya kommunen i länet"), refused::toString);

        ProblemAssert.assertProblem(
                Api.patch(
                        "/api/registry/principals/region-jamtland-harjedalen",
                        admin(),
                        "{\"retired\":true}"),
                422,
                "/unprocessable");
    }

    @Test
    void nobodyButTheAdministratorMayReadOrChangeTheRegistry() {
        for (String user : NOT_ADMINS) {
            String token = Realm.tokenFor(user);
            List<Api.Reply> replies =
                    List.of(
                            Api.get("/api/registry", token),
                            Api.post(
                                    "/api/registry/areas",
                                    token,
                                    "{\"code\":\"HACK\",\"nameSv\":\"x\",\"nameEn\":\"x\","
                                            + "\"descriptionSv\":\"x\",\"descriptionEn\":\"x\"}"),
                            Api.patch(
                                    "/api/registry/areas/MEDICATION", token, "{\"retired\":true}"),
                            Api.post(
                                    "/api/registry/principals",
                                    token,
                                    "{\"id\":\"hack\",\"name\":\"x\",\"code\":\"2398\","
                                            + "\"handlerEmail\":\"a@b.example\","
                                            + "\"medicalOfficerEmail\":\"a@b.example\"}"),
                            Api.patch(
                                    "/api/registry/principals/ostersund",
                                    token,
                                    "{\"name\":\"Hackad\"}"),
                            Api.post(
                                    "/api/registry/principals/ostersund/units",
                                    token,
                                    "{\"code\":\"hack\",\"name\":\"x\",\"kind\":\"OTHER\"}"),
                            Api.patch("/api/registry/units/50", token, "{\"retired\":true}"));
            for (Api.Reply reply : replies) {
                ProblemAssert.assertProblem(reply, 403, "/forbidden");
            }
        }
        assertFalse(
                Api.get("/api/principals", Realm.tokenFor("reporter.krokom"))
                        .body()
                        .contains("Hackad"));
    }
}
