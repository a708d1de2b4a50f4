package se.samverkan.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every call the tests make is held to the API description the server publishes at {@code
 * /openapi}: a response whose status, content type or body the description does not describe fails
 * the test that made the call, and so does a request the server accepted (2xx) whose body the
 * description would refuse. An operation the description does not name may only be refused (401,
 * 404, 405) with a problem document.
 *
 * <p>Bodies are checked with networknt's JSON Schema validator (draft 2020-12, the dialect of
 * OpenAPI 3.1), against the description's own schemas, {@code $ref}s resolved within it.
 */
public final class Contract {

    private static final String BASE = "https://samverkan.invalid/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Integer> OUTSIDE_THE_DESCRIPTION = Set.of(401, 404, 405);

    private static volatile Contract served;

    private final JsonNode description;
    private final JsonSchemaFactory schemas;
    private final SchemaValidatorsConfig config =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final List<Template> templates = new ArrayList<>();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    /** A path of the description as a pattern; more literal segments win over fewer. */
    private record Template(String path, Pattern pattern, long literals) {}

    private Contract(String served) throws IOException {
        // Each schema is compiled on its own, so its references are made absolute: to the
        // description, which the factory finds under BASE.
        String text = served.replace("\"#/components/", "\"" + BASE + "#/components/");
        description = JSON.readTree(text);
        schemas =
                JsonSchemaFactory.getInstance(
                        SpecVersion.VersionFlag.V202012,
                        builder -> builder.schemaLoaders(l -> l.schemas(Map.of(BASE, text))));
        for (Iterator<String> paths = description.get("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            String regex = "\\Q" + path.replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "\\E";
            long literals =
                    List.of(path.split("/")).stream().filter(s -> !s.startsWith("{")).count();
            templates.add(new Template(path, Pattern.compile(regex), literals));
        }
        templates.sort(Comparator.comparingLong(Template::literals).reversed());
    }

    /** The description the server under test publishes, read once. */
    public static Contract served() {
        Contract contract = served;
        if (contract == null) {
            synchronized (Contract.class) {
                contract = served;
                if (contract == null) {
                    try {
                        contract = new Contract(fetch());
                    } catch (IOException e) {
                        throw new IllegalStateException("/openapi is not JSON", e);
                    }
                    served = contract;
                }
            }
        }
        return contract;
    }

    /** The description, its references made absolute ({@link #resolve} follows them). */
    public JsonNode description() {
        return description;
    }

    /** {@code schema}, or what its {@code $ref} points to, followed until it is no reference. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode at = schema;
        while (at != null && at.has("$ref")) {
            String ref = at.get("$ref").asText();
            at = description.at(ref.substring(ref.indexOf('#') + 1));
        }
        return at;
    }

    private static String fetch() {
        try {
            HttpResponse<String> response =
                    HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(Api.uri("/openapi"))
                                            .timeout(Duration.ofSeconds(30))
                                            .GET()
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("/openapi answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Holds one call to the description: {@code requestBody} is the JSON sent, or null.
     *
     * @throws AssertionError saying what the description does not describe
     */
    public void check(
            String method,
            URI uri,
            String requestBody,
            int status,
            String contentType,
            String responseBody) {
        String path = uri.getRawPath();
        if (!path.startsWith("/api/") && !path.equals("/api")) {
            return;
        }
        String call = method + " " + path + " → " + status;
        Optional<Template> template =
                templates.stream().filter(t -> t.pattern().matcher(path).matches()).findFirst();
        JsonNode operation =
                template.map(
                                t ->
                                        description
                                                .get("paths")
                                                .get(t.path())
                                                .get(method.toLowerCase(Locale.ROOT)))
                        .orElse(null);
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
        if (operation == null) {
            if (!OUTSIDE_THE_DESCRIPTION.contains(status)) {
                throw new AssertionError(call + ": an operation the description does not name");
            }
            if (!responseBody.isEmpty() && !mediaType.equals("application/problem+json")) {
                throw new AssertionError(call + ": not a problem document but " + contentType);
            }
            return;
        }
        String pointer =
                "/paths/" + escape(template.get().path()) + "/" + method.toLowerCase(Locale.ROOT);
        JsonNode response = operation.path("responses").get(Integer.toString(status));
        if (response == null) {
            throw new AssertionError(
                    call
                            + ": the description gives only "
                            + fieldNames(operation.path("responses")));
        }
        JsonNode content = response.get("content");
        if (responseBody.isEmpty() && content == null) {
            return;
        }
        if (content == null || content.get(mediaType) == null) {
            throw new AssertionError(
                    call
                            + ": content type "
                            + contentType
                            + ", the description gives "
                            + (content == null ? "none" : fieldNames(content)));
        }
        if (isJson(mediaType)) {
            validate(
                    call + " (response)",
                    pointer + "/responses/" + status + "/content/" + escape(mediaType) + "/schema",
                    responseBody);
        }
        if (status >= 200 && status < 300 && requestBody != null) {
            JsonNode requestContent = operation.path("requestBody").path("content");
            if (requestContent.has("application/json")) {
                validate(
                        call + " (the request the server accepted)",
                        pointer + "/requestBody/content/application~1json/schema",
                        requestBody);
            }
        }
    }

    private void validate(String what, String pointer, String body) {
        JsonSchema schema =
                compiled.computeIfAbsent(
                        pointer, p -> schemas.getSchema(description.at(p), config));
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(what + ": not JSON: " + body, e);
        }
        Set<ValidationMessage> faults = schema.validate(value);
        if (!faults.isEmpty()) {
            throw new AssertionError(
                    what
                            + " does not fit the description: "
                            + faults.stream()
                                    .map(ValidationMessage::getMessage)
                                    .limit(5)
                                    .collect(Collectors.joining("; "))
                            + "\n"
                            + (body.length() > 2_000 ? body.substring(0, 2_000) + "…" : body));
        }
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.toString();
    }
}
