package se.samverkan.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.testing.Api;
import se.samverkan.testing.Deployments;

/** What operations rely on: health on the management port, the API description, the start page. */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    private static final String MANAGEMENT =
            System.getProperty("samverkan.it.management-url", "http://localhost:19990");

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.realEar();
    }

    @Test
    void theServerIsReadyAndAliveWithoutAToken() {
        for (String probe : new String[] {"/health/ready", "/health/live"}) {
            Api.Reply reply = Api.send(HttpRequest.newBuilder(URI.create(MANAGEMENT + probe)));

            assertEquals(200, reply.status(), probe + ": " + reply);
            assertEquals("UP", reply.object().getString("status"), probe);
        }
    }

    @Test
    void readinessMeansTheApplicationIsDeployedAndSoMigratedAndLoaded() {
        Api.Reply reply =
                Api.send(HttpRequest.newBuilder(URI.create(MANAGEMENT + "/health/ready")));

        assertTrue(reply.body().contains("\"samverkan.ear\":\"OK\""), reply::toString);
    }

    /**
     * Issue 18, found 5: /openapi listed 19 phantom operations of EclipseLink's JPA-RS, answered
     * any origin with credentials allowed, and had none of the security headers.
     */
    @Test
    void theApiIsDescribedAtOpenapiWithOnlyItsOwnOperationsAndTheUsualHeaders() {
        Api.Reply reply =
                Api.send(Api.request("/openapi").header("Origin", "https://evil.example").GET());

        assertEquals(200, reply.status());
        assertTrue(reply.contentType().startsWith("application/json"), reply::toString);
        JsonObject description = reply.object();
        assertEquals("3.1.0", description.getString("openapi"));
        assertTrue(description.getJsonObject("paths").containsKey("/api/principals"));
        assertTrue(description.getJsonObject("paths").containsKey("/api/cases/{id}/answer"));
        assertFalse(
                description.getJsonObject("paths").keySet().stream()
                        .anyMatch(p -> p.contains("{version}") || p.contains("{context}")),
                () -> "phantom operations: " + description.getJsonObject("paths").keySet());
        assertEquals(null, reply.header("Access-Control-Allow-Origin"), "no CORS for any origin");
        assertEquals(null, reply.header("Access-Control-Allow-Credentials"));
        assertEquals("nosniff", reply.header("X-Content-Type-Options"), reply::toString);
        assertTrue(reply.header("Content-Security-Policy") != null, reply::toString);
    }

    @Test
    void theStartPageIsServedInSwedish() {
        Api.Reply reply = Api.send(Api.request("/").header("Accept", "text/html").GET());

        assertEquals(200, reply.status());
        assertTrue(reply.body().contains("<html lang=\"sv\">"), reply::toString);
    }
}
