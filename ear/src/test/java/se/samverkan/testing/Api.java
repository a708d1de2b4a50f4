package se.samverkan.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The REST API of the server under test, called as an integration would call it. */
public final class Api {

    private static final String BASE =
            System.getProperty("samverkan.it.http-url", "http://localhost:18080");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Api() {}

    private static final java.time.format.DateTimeFormatter RFC_3339 =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    /**
     * A time as the API reads it (RFC 3339, seconds always written: {@code toString()} leaves them
     * out when they are zero, which the API refuses).
     */
    public static String time(java.time.OffsetDateTime at) {
        return RFC_3339.format(at);
    }

    public static URI uri(String path) {
        return URI.create(BASE + path);
    }

    /** A request to {@code path} that asks for JSON, as a script would. */
    public static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
    }

    public static HttpRequest.Builder request(String path, String token) {
        return request(path).header("Authorization", "Bearer " + token);
    }

    public static Reply send(HttpRequest.Builder request) {
        return send(request, null);
    }

    /**
     * Sends {@code request}, whose JSON body is {@code json} (or none), and holds the call to the
     * published API description ({@link Contract}) before the test sees the answer.
     */
    public static Reply send(HttpRequest.Builder request, String json) {
        try {
            HttpRequest built = request.build();
            HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
            Contract.served()
                    .check(
                            built.method(),
                            built.uri(),
                            json,
                            response.statusCode(),
                            response.headers().firstValue("Content-Type").orElse(null),
                            response.body());
            return new Reply(response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response whose body is bytes (a workbook, a PDF). */
    public static HttpResponse<byte[]> bytes(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.build();
            HttpResponse<byte[]> response =
                    HTTP.send(built, HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse(null);
            boolean json = type != null && type.contains("json");
            Contract.served()
                    .check(
                            built.method(),
                            built.uri(),
                            null,
                            response.statusCode(),
                            type,
                            json
                                    ? new String(
                                            response.body(),
                                            java.nio.charset.StandardCharsets.UTF_8)
                                    : "binary");
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    public static Reply post(String path, String token, String json) {
        return send(
                request(path, token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                json);
    }

    public static Reply patch(String path, String token, String json) {
        return send(
                request(path, token)
                        .header("Content-Type", "application/json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString(json)),
                json);
    }

    public static Reply post(String path, String token) {
        return send(request(path, token).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** A response, with its body read as JSON on demand. */
    public record Reply(HttpResponse<String> response) {
        public int status() {
            return response.statusCode();
        }

        public String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String body() {
            return response.body();
        }

        public JsonObject object() {
            return (JsonObject) json();
        }

        public JsonArray array() {
            return (JsonArray) json();
        }

        private JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status() + " " + contentType() + " " + body();
        }
    }
}
