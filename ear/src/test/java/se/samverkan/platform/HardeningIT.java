package se.samverkan.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverkan.testing.ProblemAssert.assertProblem;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.testing.Api;
import se.samverkan.testing.Deployments;
import se.samverkan.testing.Realm;

/**
 * The edges an outside tester tried (issue 18, found 6): a slow client, the management port, the
 * leftover example datasource, refresh tokens, a malformed path and the TLS versions.
 */
@ExtendWith(ArquillianExtension.class)
class HardeningIT {

    private static final URI HTTP = Api.uri("/");
    private static final String MANAGEMENT =
            System.getProperty("samverkan.it.management-url", "http://localhost:19990");
    private static final int OFFSET = Integer.getInteger("samverkan.it.port-offset", 10000);

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.realEar();
    }

    /** One header line every 2 s: the server closes the connection once 10 s have passed. */
    @Test
    void aClientThatSendsItsHeadersSlowlyIsCutOff() throws IOException {
        long started = System.nanoTime();
        boolean closed = false;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HTTP.getHost(), HTTP.getPort()), 5_000);
            socket.setSoTimeout(3_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write("GET / HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
            for (int line = 0; line < 15 && !closed; line++) {
                try {
                    out.write(("X-Slow-" + line + ": a\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    try {
                        closed = in.read() == -1;
                    } catch (java.net.SocketTimeoutException stillOpen) {
                        // nothing came back within 3 s, as for any request still being sent
                    }
                } catch (SocketException reset) {
                    closed = true;
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        assertTrue(closed, "the connection was still open after " + seconds + " s");
        assertTrue(seconds < 25, "cut off after " + seconds + " s");
    }

    @Test
    void theManagementPortShowsMetricsOnlyToAManagementUserAndHealthToAnyone() {
        Api.Reply metrics = Api.send(HttpRequest.newBuilder(URI.create(MANAGEMENT + "/metrics")));
        assertEquals(401, metrics.status(), metrics::toString);
        assertFalse(metrics.body().contains("datasource"), metrics::toString);
        Api.Reply ready =
                Api.send(HttpRequest.newBuilder(URI.create(MANAGEMENT + "/health/ready")));
        assertEquals(200, ready.status(), ready::toString);
    }

    @Test
    void theExampleDatasourceIsGone() throws IOException {
        Path configuration =
                Path.of(System.getProperty("samverkan.server.dir", "../config/target/server"))
                        .resolve("standalone/configuration/standalone.xml");
        if (!Files.exists(configuration)) {
            throw new AssertionError("the server's configuration is at " + configuration);
        }
        String xml = Files.readString(configuration);
        assertFalse(xml.contains("ExampleDS"), "ExampleDS is configured");
    }

    /** A used refresh token does not work again: the realm rotates them. */
    @Test
    void aRefreshTokenWorksOnce() {
        JsonObject first = Realm.signIn("reporter.ostersund");
        String used = first.getString("refresh_token");

        HttpResponse<String> refreshed = Realm.refresh(used);
        assertEquals(200, refreshed.statusCode(), refreshed::body);
        String next =
                jakarta.json.Json.createReader(new java.io.StringReader(refreshed.body()))
                        .readObject()
                        .getString("refresh_token");
        assertNotEquals(used, next, "a new refresh token with every refresh");

        HttpResponse<String> again = Realm.refresh(used);
        assertEquals(400, again.statusCode(), again::body);
        assertTrue(again.body().contains("invalid_grant"), again::body);
    }

    /**
     * A path the server cannot decode is a problem document, as every other refusal is (it was an
     * empty 400 of Undertow's parser), and a valid encoding still decodes. Sent over a plain
     * socket: no HTTP client sends such a path.
     */
    @Test
    void aPathThatDoesNotDecodeIsAProblemDocument() throws IOException {
        String answer =
                raw(
                        "GET /api/cases/%zz HTTP/1.1\r\nHost: localhost\r\n"
                                + "Authorization: Bearer "
                                + Realm.tokenFor("reporter.ostersund")
                                + "\r\n"
                                + "Accept: application/json\r\nConnection: close\r\n\r\n");
        // Not a case id, as /api/cases/abc is not: "not found", as the contract answers for any
        // case the caller cannot have.
        assertTrue(answer.startsWith("HTTP/1.1 404"), answer);
        assertTrue(
                answer.toLowerCase(java.util.Locale.ROOT)
                        .contains("content-type: application/problem+json"),
                answer);
        assertTrue(answer.contains("\"status\":404"), answer);
    }

    /** A path parameter written with percent-encoding reads as itself (here: a case's id). */
    @Test
    void aValidlyEncodedPathStillDecodes() throws IOException {
        String token = Realm.tokenFor("reporter.ostersund");
        Api.Reply filed =
                Api.post(
                        "/api/cases",
                        token,
                        """
                        {"type":"DEVIATION","occurredAt":"2026-03-14T21:30:00+01:00",
                         "concernedPrincipalId":"region-jamtland-harjedalen","areaCode":"OTHER",
                         "summary":"Kodad adress","description":"x","consequence":1,"likelihood":1}
                        """);
        assertEquals(201, filed.status(), filed::toString);
        String id = filed.object().getJsonNumber("id").toString();
        StringBuilder encoded = new StringBuilder();
        for (char digit : id.toCharArray()) {
            encoded.append('%')
                    .append(Integer.toHexString(digit).toUpperCase(java.util.Locale.ROOT));
        }
        String answer =
                raw(
                        "GET /api/cases/"
                                + encoded
                                + " HTTP/1.1\r\nHost: localhost\r\n"
                                + "Authorization: Bearer "
                                + token
                                + "\r\n"
                                + "Accept: application/json\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertTrue(answer.contains("Kodad adress"), answer);
    }

    /** Headers a client may get wrong: the answer is still the usual one, never a 5xx. */
    @Test
    void oddHeadersAreReadOrRefusedNeverAServerError() {
        String token = Realm.tokenFor("reporter.ostersund");
        for (String language :
                java.util.List.of(
                        "en;q=abc", ";;;", "*", "xx-YY-ZZ-1234567890", "en;q=2", "sv, ,en")) {
            Api.Reply reply =
                    Api.send(
                            Api.request("/api/areas", token)
                                    .header("Accept-Language", language)
                                    .GET());
            // Read (Swedish when nothing usable is asked for), or refused as the header it is
            // (a q-value of 2): a problem document then, never a server error.
            if (reply.status() != 200) {
                assertProblem(reply, 400, "/bad-request");
            }
            Api.Reply problem =
                    Api.send(
                            Api.request("/api/cases/999999999", token)
                                    .header("Accept-Language", language)
                                    .GET());
            if (problem.status() != 400) {
                assertProblem(problem, 404, "/not-found");
            }
        }
        Api.Reply longKey =
                Api.send(
                        Api.request("/api/cases", token)
                                .header("Content-Type", "application/json")
                                .header("Idempotency-Key", "k".repeat(300))
                                .POST(HttpRequest.BodyPublishers.ofString("{}")),
                        "{}");
        assertProblem(longKey, 400, "/validation");
    }

    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HTTP.getHost(), HTTP.getPort()), 5_000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void httpsOffersTls13() throws Exception {
        SSLContext tls = SSLContext.getInstance("TLSv1.3");
        tls.init(null, new TrustManager[] {new TrustingTheTestCertificate()}, null);
        try (SSLSocket socket =
                (SSLSocket) tls.getSocketFactory().createSocket("localhost", 8443 + OFFSET)) {
            socket.setEnabledProtocols(new String[] {"TLSv1.3"});
            socket.startHandshake();
            assertEquals("TLSv1.3", socket.getSession().getProtocol());
        }
    }

    /** The test server's certificate is self-signed; what is tested here is the protocol. */
    private static final class TrustingTheTestCertificate implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
