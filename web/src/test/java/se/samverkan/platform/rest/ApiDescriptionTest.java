package se.samverkan.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API description the build makes ({@code META-INF/openapi.json}) is a valid OpenAPI 3.1
 * document, names every operation of the resources and no other, and describes the problem answers
 * of each. Every response the container tests see is held to it as well ({@code Contract} in the
 * ear module).
 */
class ApiDescriptionTest {

    static String text;
    static OpenAPI api;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in =
                ApiDescriptionTest.class.getResourceAsStream(OpenApiServlet.DOCUMENT)) {
            assertNotNull(in, "the build writes " + OpenApiServlet.DOCUMENT);
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
        assertEquals(java.util.List.of(), result.getMessages(), "the OpenAPI parser's findings");
        api = result.getOpenAPI();
    }

    @Test
    void itIsOpenApi31WithTheBearerScheme() {
        assertEquals("3.1.0", api.getOpenapi());
        assertEquals(
                "bearer", api.getComponents().getSecuritySchemes().get("keycloak").getScheme());
        assertTrue(api.getSecurity().get(0).containsKey("keycloak"));
    }

    /** The operations of the description are exactly those of the resources the API lists. */
    @Test
    void everyOperationOfTheResourcesAndNoOther() {
        Set<String> declared = new TreeSet<>();
        for (Class<?> resource : new SamverkanApi().getClasses()) {
            Path root = resource.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method m : resource.getMethods()) {
                String verb = verb(m);
                if (verb == null) {
                    continue;
                }
                Path sub = m.getAnnotation(Path.class);
                String path = "/api/" + root.value() + (sub == null ? "" : "/" + sub.value());
                declared.add(verb + " " + path.replaceAll("/+", "/").replaceAll("/$", ""));
            }
        }
        Set<String> described = new TreeSet<>();
        api.getPaths()
                .forEach(
                        (path, item) ->
                                item.readOperationsMap()
                                        .keySet()
                                        .forEach(method -> described.add(method + " " + path)));
        assertEquals(declared, described);
    }

    @Test
    void everyOperationDescribesItsProblemsAsProblemDocuments() {
        api.getPaths()
                .forEach(
                        (path, item) -> {
                            for (Map.Entry<PathItem.HttpMethod, Operation> op :
                                    item.readOperationsMap().entrySet()) {
                                String name = op.getKey() + " " + path;
                                Map<String, ApiResponse> responses = op.getValue().getResponses();
                                for (String status : new String[] {"401", "403", "500"}) {
                                    assertTrue(responses.containsKey(status), name + " " + status);
                                }
                                if (path.contains("{")) {
                                    assertTrue(responses.containsKey("404"), name + " 404");
                                }
                                if (op.getValue().getRequestBody() != null) {
                                    for (String status : new String[] {"400", "413", "415"}) {
                                        assertTrue(
                                                responses.containsKey(status), name + " " + status);
                                    }
                                }
                                responses.forEach(
                                        (status, response) -> {
                                            if (status.startsWith("4") || status.startsWith("5")) {
                                                assertEquals(
                                                        Set.of("application/problem+json"),
                                                        response.getContent().keySet(),
                                                        name + " " + status);
                                            } else {
                                                assertTrue(
                                                        response.getContent() != null
                                                                && !response.getContent().isEmpty(),
                                                        name + " " + status + " has a body");
                                                for (MediaType type :
                                                        response.getContent().values()) {
                                                    assertNotNull(
                                                            type.getSchema(), name + " " + status);
                                                    boolean empty =
                                                            type.getSchema().get$ref() == null
                                                                    && type.getSchema().getTypes()
                                                                            == null
                                                                    && type.getSchema().getType()
                                                                            == null
                                                                    && type.getSchema().getAnyOf()
                                                                            == null;
                                                    assertTrue(
                                                            !empty,
                                                            name
                                                                    + " "
                                                                    + status
                                                                    + " has an empty schema");
                                                }
                                            }
                                        });
                            }
                        });
    }

    @Test
    void fieldsThatMayBeNullAreTypedSoAndEnumsAreEnums() {
        var caseView = api.getComponents().getSchemas().get("CaseView");
        for (String field :
                new String[] {
                    "acknowledgedAt",
                    "answeredAt",
                    "closedAt",
                    "assessedConsequence",
                    "immediateActions"
                }) {
            var schema =
                    (io.swagger.v3.oas.models.media.Schema<?>) caseView.getProperties().get(field);
            assertTrue(schema.getTypes().contains("null"), field + " may be null");
        }
        var page = api.getComponents().getSchemas().get("CasePage");
        var next = (io.swagger.v3.oas.models.media.Schema<?>) page.getProperties().get("next");
        assertTrue(next.getTypes().contains("null"), "next may be null");
        var box =
                api.getPaths().get("/api/cases").getGet().getParameters().stream()
                        .filter(p -> p.getName().equals("box"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(java.util.List.of("incoming", "outgoing"), box.getSchema().getEnum());
    }

    private static String verb(Method m) {
        for (Class<? extends Annotation> verb :
                java.util.List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class)) {
            if (m.isAnnotationPresent(verb)) {
                return verb.getSimpleName();
            }
        }
        return null;
    }
}
