package se.samverkan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverkan.testing.Api;
import se.samverkan.testing.Browser;
import se.samverkan.testing.Deployments;
import se.samverkan.testing.Realm;

/**
 * Staff sign in with their own organisation's account (issue 19, the municipalities' OpenID Connect
 * directories so far): through the provider's button on Samverkan's sign-in page and the provider's
 * own form, back to Samverkan with no form in between. The principal is the one of the provider
 * used, whatever the provider claims (every token of the development directories claims the
 * region); the roles come from the directory's groups, re-read at every sign-in.
 */
@ExtendWith(ArquillianExtension.class)
class FederatedSignInIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.realEar();
    }

    @ParameterizedTest(name = "{1} of {0}")
    @CsvSource({
        "idp-ostersund, sara.ssk, ostersund, reporter",
        "idp-ostersund, olle.handlaggare, ostersund, reporter handler",
        "idp-ostersund, maria.mas, ostersund, reporter mas",
        "idp-krokom, kim.ssk, krokom, reporter"
    })
    void aUserSignsInThroughTheirOwnDirectoryAndIsOfItsPrincipal(
            String provider, String user, String principal, String roles) throws IOException {
        try (Browser browser = Browser.federated(provider, user, "#/")) {
            String token = browser.accessToken();
            JsonObject claims = Realm.claims(token);
            assertEquals(principal, claims.getString("principal"), claims::toString);
            Set<String> granted = roles(token);
            for (String role : roles.split(" ")) {
                assertTrue(granted.contains(role), () -> role + " in " + granted);
            }
            for (String role :
                    List.of("handler", "mas", "chief-medical-officer", "admin", "forum")) {
                assertEquals(
                        roles.contains(role),
                        granted.contains(role),
                        () -> role + " in " + granted);
            }
            assertFalse(browser.find("main").getText().isBlank());

            Api.Reply filed =
                    Api.post(
                            "/api/cases",
                            token,
                            """
                            {"type":"DEVIATION","occurredAt":"2026-03-14T21:30:00+01:00",
                             "concernedPrincipalId":"region-jamtland-harjedalen","areaCode":"OTHER",
                             "summary":"Via egen katalog","description":"Inloggad via kommunen.",
                             "consequence":1,"likelihood":1}
                            """);
            assertEquals(201, filed.status(), filed::toString);
            assertEquals(principal, filed.object().getString("reportingPrincipalId"));
        }
    }

    /**
     * A handler removed from the directory's group is no handler at the next sign-in: the roles are
     * read from the provider every time (and given back afterwards).
     */
    @Test
    void aUserRemovedFromTheDirectorysGroupLosesTheRoleAtTheNextSignIn() throws IOException {
        String user = id("idp-ostersund", "users?exact=true&username=olle.handlaggare");
        String group = id("idp-ostersund", "groups?exact=true&search=samverkan-handlaggare");
        try (Browser before = Browser.federated("idp-ostersund", "olle.handlaggare", "#/")) {
            assertTrue(roles(before.accessToken()).contains("handler"));
        }
        String membership = "idp-ostersund/users/" + user + "/groups/" + group;
        assertEquals(204, Realm.admin("DELETE", membership, null).statusCode());
        try (Browser after = Browser.federated("idp-ostersund", "olle.handlaggare", "#/")) {
            Set<String> roles = roles(after.accessToken());
            assertFalse(roles.contains("handler"), roles::toString);
            assertTrue(roles.contains("reporter"), roles::toString);
            assertEquals("ostersund", Realm.claims(after.accessToken()).getString("principal"));
        } finally {
            assertEquals(204, Realm.admin("PUT", membership, null).statusCode());
        }
    }

    private static Set<String> roles(String token) {
        return Set.copyOf(
                Realm.claims(token)
                        .getJsonObject("realm_access")
                        .getJsonArray("roles")
                        .getValuesAs(JsonString::getString));
    }

    /** The id of the first thing the admin API lists at {@code query} in {@code realm}. */
    private static String id(String realm, String query) {
        var found = Realm.admin("GET", realm + "/" + query, null);
        assertEquals(200, found.statusCode(), found::body);
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(found.body()))) {
            return reader.readArray().getJsonObject(0).getString("id");
        }
    }
}
