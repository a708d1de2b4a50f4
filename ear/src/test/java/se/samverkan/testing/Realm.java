package se.samverkan.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The development realm in the real Keycloak: tokens for the demo users of the contract. */
public final class Realm {

    public static final String PASSWORD = "demo";

    /** The demo users of the contract's development realm, in the contract's order. */
    public static final List<String> DEMO_USERS =
            List.of(
                    "reporter.ostersund",
                    "handler.ostersund",
                    "mas.ostersund",
                    "reporter.krokom",
                    "handler.krokom",
                    "mas.krokom",
                    "reporter.region",
                    "handler.region",
                    "chefslakare.region",
                    "forum",
                    "admin");

    private static final String KEYCLOAK =
            System.getProperty("samverkan.it.keycloak-url", "http://localhost:8180");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Fetched> TOKENS = new ConcurrentHashMap<>();

    /**
     * The realm's access tokens live five minutes, and one JVM runs all the container tests of a
     * database for longer than that: a cached token is fetched anew after four.
     */
    private static final Duration REUSE = Duration.ofMinutes(4);

    private record Fetched(String token, long at) {
        boolean fresh() {
            return System.nanoTime() - at < REUSE.toNanos();
        }
    }

    private Realm() {}

    /** An access token of {@code samverkan-cli} for a demo user, fetched again when it ages. */
    public static String tokenFor(String username) {
        return TOKENS.compute(
                        username,
                        (user, cached) ->
                                cached != null && cached.fresh()
                                        ? cached
                                        : new Fetched(
                                                token("samverkan-cli", user), System.nanoTime()))
                .token();
    }

    /** A fresh access token of any public client of the realm with the password grant. */
    public static String token(String clientId, String username) {
        return tokenIn("samverkan", clientId, username);
    }

    /**
     * A fresh token of another realm of the same Keycloak ({@code annan-region}): right audience,
     * right claims, wrong issuer and key.
     */
    public static String tokenIn(String realm, String clientId, String username) {
        HttpResponse<String> response =
                tokenEndpoint(
                        realm,
                        Map.of(
                                "grant_type", "password",
                                "client_id", clientId,
                                "username", username,
                                "password", PASSWORD));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "Keycloak refused a token for "
                            + username
                            + " ("
                            + clientId
                            + "): "
                            + response.statusCode()
                            + " "
                            + response.body()
                            + " -- is Keycloak running? ./samverkan test starts it.");
        }
        return json(response.body()).getString("access_token");
    }

    /** The whole answer of a password grant of {@code samverkan-cli}: access and refresh token. */
    public static JsonObject signIn(String username) {
        HttpResponse<String> response =
                tokenEndpoint(
                        "samverkan",
                        Map.of(
                                "grant_type",
                                "password",
                                "client_id",
                                "samverkan-cli",
                                "username",
                                username,
                                "password",
                                PASSWORD));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return json(response.body());
    }

    /** Keycloak's answer to a refresh of {@code samverkan-cli} with {@code refreshToken}. */
    public static HttpResponse<String> refresh(String refreshToken) {
        return tokenEndpoint(
                "samverkan",
                Map.of(
                        "grant_type", "refresh_token",
                        "client_id", "samverkan-cli",
                        "refresh_token", refreshToken));
    }

    private static HttpResponse<String> tokenEndpoint(String realm, Map<String, String> fields) {
        String form =
                fields.entrySet().stream()
                        .map(
                                e ->
                                        e.getKey()
                                                + "="
                                                + URLEncoder.encode(
                                                        e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        HttpRequest request =
                HttpRequest.newBuilder(
                                URI.create(
                                        KEYCLOAK
                                                + "/realms/"
                                                + realm
                                                + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(
                    "Keycloak does not answer at " + KEYCLOAK + " -- ./samverkan test starts it",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Keycloak's admin REST API, as the bootstrap administrator that {@code ./samverkan} made (its
     * password is in {@code ~/.cache/samverkan/keycloak-admin-password}): for tests that change a
     * development directory, as the county's IT would, and change it back.
     */
    public static HttpResponse<String> admin(String method, String path, String json) {
        String password;
        try {
            password =
                    java.nio.file.Files.readString(
                                    java.nio.file.Path.of(
                                            System.getProperty(
                                                    "samverkan.cache.dir",
                                                    System.getProperty("user.home")
                                                            + "/.cache/samverkan"),
                                            "keycloak-admin-password"))
                            .strip();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("no Keycloak admin password: ./samverkan makes it", e);
        }
        HttpResponse<String> signIn =
                tokenEndpoint(
                        "master",
                        Map.of(
                                "grant_type", "password",
                                "client_id", "admin-cli",
                                "username", "admin",
                                "password", password));
        if (signIn.statusCode() != 200) {
            throw new IllegalStateException("Keycloak's admin: " + signIn.body());
        }
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(KEYCLOAK + "/admin/realms/" + path))
                        .header(
                                "Authorization",
                                "Bearer " + json(signIn.body()).getString("access_token"))
                        .header("Content-Type", "application/json")
                        .method(
                                method,
                                json == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(json));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a token, decoded without checking anything. */
    public static JsonObject claims(String token) {
        return json(
                new String(
                        Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                        StandardCharsets.UTF_8));
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
