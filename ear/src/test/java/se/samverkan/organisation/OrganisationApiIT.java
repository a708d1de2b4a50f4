package se.samverkan.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static se.samverkan.testing.ProblemAssert.assertProblem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The organisation endpoints over HTTP, on the real EAR, with real tokens from the development
 * realm; and every way a request without a good token is turned away.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.realEar();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "reporter.ostersund",
                "handler.region",
                "chefslakare.region",
                "mas.krokom",
                "forum",
                "admin"
            })
    void everySignedInRoleReadsTheNinePrincipalsOfTheContract(String user) {
        Api.Reply reply = Api.get("/api/principals", Realm.tokenFor(user));

        assertEquals(200, reply.status(), reply::toString);
        Map<String, String> codes = new LinkedHashMap<>();
        for (JsonValue value : reply.array()) {
            JsonObject principal = value.asJsonObject();
            assertEquals(Set.of("id", "name", "kind", "code"), principal.keySet());
            codes.put(principal.getString("id"), principal.getString("code"));
        }
        assertEquals(
                Map.of(
                        "region-jamtland-harjedalen",
                        "23",
                        "ragunda",
                        "2303",
                        "bracke",
                        "2305",
                        "krokom",
                        "2309",
                        "stromsund",
                        "2313",
                        "are",
                        "2321",
                        "berg",
                        "2326",
                        "harjedalen",
                        "2361",
                        "ostersund",
                        "2380"),
                codes);
    }

    @Test
    void theRegionIsTheOnlyPrincipalOfKindRegion() {
        JsonArray principals =
                Api.get("/api/principals", Realm.tokenFor("reporter.krokom")).array();

        List<String> regions =
                principals.stream()
                        .map(JsonValue::asJsonObject)
                        .filter(p -> p.getString("kind").equals("REGION"))
                        .map(p -> p.getString("id"))
                        .toList();
        assertEquals(List.of("region-jamtland-harjedalen"), regions);
        assertEquals(8, principals.size() - regions.size());
    }

    @Test
    void areasComeInSwedishByDefaultAndInEnglishWhenAskedFor() {
        String token = Realm.tokenFor("handler.krokom");

        JsonArray swedish = Api.get("/api/areas", token).array();
        JsonArray english =
                Api.send(
                                Api.request("/api/areas", token)
                                        .header("Accept-Language", "en-GB,en;q=0.9"))
                        .array();

        assertEquals(
                List.of(
                        "PHYSICIAN",
                        "MEDICATION",
                        "INFORMATION",
                        "DISCHARGE",
                        "CARE_CONTACT",
                        "DEVICES",
                        "EMERGENCY_SUPPLIES",
                        "LABORATORY",
                        "PURCHASED_SERVICE",
                        "SELF_CARE",
                        "INFECTION_CONTROL",
                        "TREATMENT",
                        "OTHER"),
                // The contract's areas in their order; areas an administrator adds come after.
                swedish.stream()
                        .map(a -> a.asJsonObject().getString("code"))
                        .toList()
                        .subList(0, 13));
        assertEquals(Set.of("code", "name", "retired"), swedish.getJsonObject(1).keySet());
        assertEquals("Läkemedelshantering", swedish.getJsonObject(1).getString("name"));
        assertEquals("Medication handling", english.getJsonObject(1).getString("name"));
        assertEquals(JsonValue.FALSE, swedish.getJsonObject(1).get("retired"));
    }

    @Test
    void withoutATokenTheAnswerIs401AsAProblemDocument() {
        Api.Reply reply = Api.send(Api.request("/api/principals").GET());

        assertProblem(reply, 401, "/unauthorized");
        assertEquals("Inloggning krävs", reply.object().getString("title"));
    }

    @Test
    void aGarbageTokenIs401() {
        assertProblem(Api.get("/api/areas", "not.a.token"), 401, "/unauthorized");
        assertProblem(Api.get("/api/areas", "garbage"), 401, "/unauthorized");
    }

    @Test
    void anExpiredTokenIs401() throws InterruptedException {
        // This development-realm client issues tokens that live two seconds.
        String token = Realm.token("samverkan-test-short-lived", "reporter.ostersund");
        long expires = Realm.claims(token).getJsonNumber("exp").longValue();
        assertEquals(200, Api.get("/api/areas", token).status(), "fresh, it is accepted");

        while (System.currentTimeMillis() / 1000 <= expires + 1) {
            Thread.sleep(250);
        }

        assertProblem(Api.get("/api/areas", token), 401, "/unauthorized");
    }

    @Test
    void aTokenOfTheRealmIssuedForAnotherAudienceIs401() {
        // admin-cli exists in every realm and issues valid tokens without our audience.
        String token = Realm.token("admin-cli", "admin");
        assertFalse(
                Realm.claims(token).toString().contains("samverkan-api"),
                "the token must lack the API's audience for this test to mean anything");

        assertProblem(Api.get("/api/principals", token), 401, "/unauthorized");
    }

    @Test
    void aTokenOfAnotherRealmWithTheRightAudienceAndClaimsIs401() {
        // annan-region (config/keycloak/annan-region-realm.json) has a handler.region of its own
        // whose token carries our audience, the region's principal and the admin role.
        String token = Realm.tokenIn("annan-region", "samverkan-cli", "handler.region");
        JsonObject claims = Realm.claims(token);
        assertEquals("region-jamtland-harjedalen", claims.getString("principal"));
        assertEquals(
                true,
                claims.toString().contains("samverkan-api"),
                "the token must carry the API's audience for this test to mean anything");

        assertProblem(Api.get("/api/principals", token), 401, "/unauthorized");
        assertProblem(Api.get("/api/access-log", token), 401, "/unauthorized");
    }

    @Test
    void aStateChangeThatCarriesCookiesButNoBearerTokenIs401() {
        // The API never authenticates by cookie, so a cross-site form or script that rides on a
        // browser's cookies changes nothing (no CSRF surface); the web pages send the token.
        Api.Reply signedIn = Api.get("/api/principals", Realm.tokenFor("reporter.ostersund"));
        String cookies =
                signedIn.response().headers().allValues("Set-Cookie").stream()
                        .map(c -> c.split(";", 2)[0])
                        .reduce("KEYCLOAK_SESSION=x", (a, b) -> a + "; " + b);

        Api.Reply reply =
                Api.send(
                        Api.request("/api/cases")
                                .header("Cookie", cookies)
                                .header("Origin", "https://elak.example")
                                .header("Content-Type", "application/json")
                                .POST(
                                        java.net.http.HttpRequest.BodyPublishers.ofString(
                                                "{\"type\":\"DEVIATION\"}")));

        assertProblem(reply, 401, "/unauthorized");
    }

    @Test
    void aTokenWithATamperedSignatureIs401() {
        String[] parts = Realm.tokenFor("reporter.ostersund").split("\\.");
        char last = parts[2].charAt(10);
        String tampered =
                parts[0]
                        + "."
                        + parts[1]
                        + "."
                        + parts[2].substring(0, 10)
                        + (last == 'A' ? 'B' : 'A')
                        + parts[2].substring(11);

        assertProblem(Api.get("/api/principals", tampered), 401, "/unauthorized");
    }

    @Test
    void aTokenWithTheClaimsOfAnotherUserButTheSignatureOfTheFirstIs401() {
        String[] reporter = Realm.tokenFor("reporter.ostersund").split("\\.");
        String[] admin = Realm.tokenFor("admin").split("\\.");

        assertProblem(
                Api.get("/api/principals", reporter[0] + "." + admin[1] + "." + reporter[2]),
                401,
                "/unauthorized");
    }

    @Test
    void anUnsignedTokenWithAlgNoneIs401() {
        String[] parts = Realm.tokenFor("admin").split("\\.");
        String header =
                Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(
                                "{\"alg\":\"none\",\"typ\":\"JWT\"}"
                                        .getBytes(StandardCharsets.UTF_8));

        assertProblem(
                Api.get("/api/principals", header + "." + parts[1] + "."), 401, "/unauthorized");
    }

    @Test
    void anUnknownPathIs404AsAProblemDocument() {
        assertProblem(
                Api.get("/api/no-such-thing", Realm.tokenFor("reporter.ostersund")),
                404,
                "/not-found");
    }

    @Test
    void aMethodTheResourceLacksIs405WithAllow() {
        Api.Reply reply =
                Api.send(Api.request("/api/principals", Realm.tokenFor("admin")).DELETE());

        assertProblem(reply, 405, "/method-not-allowed");
        assertEquals(
                Set.of("GET", "HEAD", "OPTIONS"),
                Set.of(reply.header("Allow").replace(" ", "").split(",")));
    }
}
